import { describe, expect, it } from 'vitest';
import { postActivity, startServer } from '../support/http.js';
import { bindDemoAccountsOnTestChannel, createTestApp, tempDir } from '../support/testApp.js';

describe('restart in the middle of a conversation', () => {
  it('continues where it was: still verified, and the next message gets offers', async () => {
    const dataDir = tempDir();
    const first = createTestApp({ DATA_DIR: dataDir });
    await bindDemoAccountsOnTestChannel(first);
    const a = await startServer(first);
    await postActivity(a.url, 'restart-1', 'demo-zh', '你好');
    const summary = await postActivity(a.url, 'restart-1', 'demo-zh', '1234');
    expect(summary.replies.map((r) => r.text).join()).toContain('12,345.67');
    await a.stop();
    await first.close();

    const second = createTestApp({ DATA_DIR: dataDir });
    const b = await startServer(second);
    const offers = await postActivity(b.url, 'restart-1', 'demo-zh', '每个月只能还2000');
    const text = offers.replies.map((r) => r.text).join('\n');
    expect(text).not.toMatch(/后四位/);
    expect(text).toMatch(/方案|期/);
    expect(await second.stores.accounts.list()).toHaveLength(3);
    await b.stop();
    await second.close();
  });
});
