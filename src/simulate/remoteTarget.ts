import { DEMO_ACCOUNTS } from '../store/demoAccounts.js';
import type { Scenario } from './scenario.js';
import { postMessage, type AccountView, type Target } from './target.js';

/**
 * A running service (`--url`). Scenarios talk as the demo channel users themselves, so state
 * (disputes, plans, locks) carries over between scenarios of the same account: run such
 * scenarios against a fresh service. Only replies are seen, so trace- and store-based checks
 * fall back to what the replies say.
 */
export class RemoteTarget implements Target {
  readonly mode = 'remote' as const;
  constructor(private readonly url: string) {}

  async prepare(scenario: Scenario): Promise<{ userId: string; account: AccountView | undefined }> {
    const spec = scenario.account;
    const userId = typeof spec === 'string' ? spec : spec.base;
    const demo = DEMO_ACCOUNTS.find((a) => a.channelUserId === userId);
    return { userId, account: demo ? { ...demo } : undefined };
  }

  send(conversationId: string, userId: string, locale: string, text: string, attachment?: string) {
    return postMessage(this.url, conversationId, userId, locale, text, attachment);
  }

  async traces(): Promise<undefined> {
    return undefined;
  }

  async stores(): Promise<undefined> {
    return undefined;
  }

  async close(): Promise<void> {}
}
