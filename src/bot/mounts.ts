import { registerWeChat } from '../channels/wechat/index.js';
import type { Mount } from './server.js';

/** The channels and consoles the service mounts, in order. Each does nothing when it is off. */
export const mounts: Mount[] = [
  (server, app) => {
    registerWeChat(server, app);
  },
];
