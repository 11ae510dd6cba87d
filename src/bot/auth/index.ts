export {
  Auth,
  CONSOLE_HEADER,
  createAuth,
  principalOf,
  SESSION_COOKIE,
  type AuthOptions,
  type AuthResult,
} from './auth.js';
export {
  Credentials,
  parseBasic,
  ROLES,
  type CredentialOptions,
  type Principal,
  type Role,
} from './credentials.js';
export { SessionStore, type Session } from './sessions.js';
