import { calculateChangeHash, ConversationState, type Storage, type TurnContext } from 'botbuilder';

/** What BotState keeps in the turn state under its key (the same shape, so get/clear/delete still work). */
interface Cached {
  state: Record<string, unknown>;
  hash: string;
}

/**
 * The state's change snapshot: its JSON without the eTag, or, for a value JSON cannot write (a
 * cycle), botbuilder's own change hash. Only ever compared with another snapshot of this class.
 */
function snapshotOf(state: Record<string, unknown>): string {
  const { eTag: _eTag, ...rest } = state;
  try {
    return `j${JSON.stringify(rest)}`;
  } catch {
    return `h${calculateChangeHash(state)}`;
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
    context.turnState.set(cacheKey, { state, hash: snapshotOf(state) } satisfies Cached);
    return state;
  }

  override async saveChanges(context: TurnContext, force = false): Promise<void> {
    const cacheKey = this.cacheKey;
    if (cacheKey === undefined) return super.saveChanges(context, force);
    const cached = context.turnState.get<Cached | undefined>(cacheKey);
    const snapshot = cached ? snapshotOf(cached.state) : undefined;
    if (!force && (!cached || cached.hash === snapshot)) return;
    const key = await this.storageKey(context);
    const entry: Cached = cached ?? { state: {}, hash: '' };
    entry.state.eTag = '*';
    await this.storage.write({ [key]: entry.state });
    entry.hash = snapshot ?? snapshotOf(entry.state);
    context.turnState.set(cacheKey, entry);
  }
}
