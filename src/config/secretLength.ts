/**
 * The shortest link secret the service accepts. Chat links, Direct Line tokens, relay seals and
 * sealed answers are keyed by it: a short or guessable one lets anyone who guesses it mint a link
 * into any person's chat. The generated secrets (DATA_DIR, the database's) are 64 hex characters.
 */
export const MIN_LINK_SECRET_LENGTH = 32;

/** Why a link secret is refused, or undefined when it is long enough. */
export function shortSecretReason(value: string): string | undefined {
  if (value.length >= MIN_LINK_SECRET_LENGTH) return undefined;
  return `is ${value.length} characters; it must be at least ${MIN_LINK_SECRET_LENGTH} (for example the output of \`openssl rand -hex 32\`)`;
}
