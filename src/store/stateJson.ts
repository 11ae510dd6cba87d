/**
 * The JSON text (without its eTag) of a state object, handed between the storage and
 * LeanConversationState so neither serialises the same state again (issue 19 item 5). Two
 * separate hand-overs, each keyed by the object and taken once:
 * - `read`: the text SqliteStorage read the item from (LeanConversationState's snapshot at load);
 * - `judged`: the text LeanConversationState compared when it decided to save, which the storage
 *   then writes. A read text is never written: whoever writes an item it read and changed gets
 *   it serialised anew.
 */
export type StateJsonKind = 'read' | 'judged';

const handed: Record<StateJsonKind, WeakMap<object, string>> = {
  read: new WeakMap(),
  judged: new WeakMap(),
};

/** Notes the state's JSON as of now. */
export function noteStateJson(kind: StateJsonKind, state: object, json: string): void {
  handed[kind].set(state, json);
}

/** The JSON noted for this state object, once; undefined when none was noted. */
export function takeStateJson(kind: StateJsonKind, state: object): string | undefined {
  const json = handed[kind].get(state);
  if (json !== undefined) handed[kind].delete(state);
  return json;
}
