/**
 * The JSON text (without its eTag) a state object had when the storage read it or when
 * LeanConversationState last looked at it, handed between the two so neither serialises the same
 * state again (issue 19 item 5). Keyed by the object; each entry is taken once.
 */
const known = new WeakMap<object, string>();

/** Notes the state's JSON as of now. */
export function noteStateJson(state: object, json: string): void {
  known.set(state, json);
}

/** The JSON noted for this state object, once; undefined when none was noted. */
export function takeStateJson(state: object): string | undefined {
  const json = known.get(state);
  if (json !== undefined) known.delete(state);
  return json;
}
