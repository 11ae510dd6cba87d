import { calculateChangeHash, ConversationState, type Storage, type TurnContext } from 'botbuilder';
import { noteStateJson, takeStateJson } from '../store/stateJson.js';

/** What BotState keeps in the turn state under its key (the same shape, so get/clear/delete still work). */
interface Cached {
  state: Record<string, unknown>;
  hash: string;
}

/**
 * The state's change snapshot: its JSON without the eTag (as the storage read it, when it says),
 * as it stands (no copy with a prefix: a state object's JSON always opens with "{"), or, for a
 * value JSON cannot write (a cycle), botbuilder's own change hash after a NUL, which no JSON
 * text opens with. Only ever compared with another snapshot of this class.
 */
function snapshotOf(state: Record<string, unknown>, json = jsonOf(state)): string {
  return json === undefined ? `\u0000${calculateChangeHash(state)}` : json;
}

function jsonOf(state: Record<string, unknown>): string | undefined {
  const { eTag: _eTag, ...rest } = state;
  try {
    return JSON.stringify(rest);
  } catch {
    return undefined;
  }
}

/**
 * botbuilder's ConversationState with a cheaper change check (issue 19 item 5). BotState hashes
 * the state with botbuilder's stringify (a replacer on every value) and SHA-256 three times a
 * turn: when loaded, when saved, and again after the write. This one keeps the state's plain
 * JSON as the snapshot (native JSON.stringify, no hash) when loaded and when saved, and takes the
 * snapshot made just before the write as the saved one. Behaviour is BotState's: read once per
 * turn and cached, written only when changed (or forced), with eTag "*", and the turn-state entry
 * has BotState's shape, so `get`, `clear` and `delete` work unchanged. A change made while the
 * write was in flight is not taken as saved: the next `saveChanges` writes it.
 *
 *   const conversationState = new LeanConversationState(storage);
 */
export class LeanConversationState extends ConversationState {
  /** BotState's own turn-state key (a symbol it makes per instance). */
  private readonly cacheKey: symbol | undefined;

  constructor(storage: Storage, namespace = '') {
    super(storage, namespace);
    const key = (this as unknown as { stateKey?: unknown }).stateKey;
    this.cacheKey = typeof key === 'symbol' ? key : undefined;
  }

  override async load(context: TurnContext, force = false): Promise<Record<string, unknown>> {
    const cacheKey = this.cacheKey;
    if (cacheKey === undefined) return super.load(context, force) as Promise<Record<string, unknown>>;
    const cached = context.turnState.get<Cached | undefined>(cacheKey);
    if (!force && cached?.state) return cached.state;
    const key = await this.storageKey(context);
    const items = await this.storage.read([key]);
    const state = (items[key] ?? {}) as Record<string, unknown>;
    const hash = snapshotOf(state, takeStateJson('read', state) ?? jsonOf(state));
    context.turnState.set(cacheKey, { state, hash } satisfies Cached);
    return state;
  }

  override async saveChanges(context: TurnContext, force = false): Promise<void> {
    const cacheKey = this.cacheKey;
    if (cacheKey === undefined) return super.saveChanges(context, force);
    const cached = context.turnState.get<Cached | undefined>(cacheKey);
    const json = cached ? jsonOf(cached.state) : undefined;
    const snapshot = cached ? snapshotOf(cached.state, json) : undefined;
    if (!force && (!cached || cached.hash === snapshot)) return;
    const key = await this.storageKey(context);
    const entry: Cached = cached ?? { state: {}, hash: '' };
    entry.state.eTag = '*';
    // The storage writes the JSON judged here (SqliteStorage), not a later serialisation.
    if (json !== undefined) noteStateJson('judged', entry.state, json);
    await this.storage.write({ [key]: entry.state });
    entry.hash = snapshot ?? snapshotOf(entry.state);
    context.turnState.set(cacheKey, entry);
  }
}
