export {
  Auth,
  CONSOLE_HEADER,
  createAuth,
  principalOf,
  SESSION_COOKIE,
  type AuthOptions,
  type AuthResult,
} from './auth.js';
export { checkCsrf, type CsrfVerdict } from './csrf.js';
export {
  Credentials,
  parseBasic,
  ROLES,
  type CredentialOptions,
  type Principal,
  type Role,
} from './credentials.js';
export { cookieValue, overTls, peerAddress } from './requestFacts.js';
export { SessionStore, type Session } from './sessions.js';
export {
  DigestedThrottle,
  LoginThrottle,
  type SignInThrottle,
  type ThrottleOptions,
  type ThrottleVerdict,
} from './throttle.js';
