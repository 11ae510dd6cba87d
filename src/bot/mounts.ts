import type { Mount } from './server.js';

/** The channels and consoles the service mounts, in order. */
export const mounts: Mount[] = [];
