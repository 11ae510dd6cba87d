/**
 * The key under which a channel puts the person's session id in a turn's state. A session is
 * one chat-link exchange (Direct Line token) or, on channels without one, one channel address
 * in one conversation. Verification holds for the session it was given in (issue 12).
 *
 *   context.turnState.set(TURN_SESSION_KEY, scope.sessionId);
 */
export const TURN_SESSION_KEY: unique symbol = Symbol('collections.session');
