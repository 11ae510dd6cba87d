import { TestAdapter, type Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { sendReply, takeReplyMeta, type OutboundMeta } from '../../src/dialogs/outbound.js';

/** A reply's meta reaches the send path and nothing else: not the channel, not JSON, not a forger. */
describe('sendReply and takeReplyMeta', () => {
  const meta: OutboundMeta = { source: 'agent', agent: 'amy', onBlock: 'drop' };

  it('carries the meta through botbuilder’s copy of the activity to the send handlers, once', async () => {
    const adapter = new TestAdapter();
    const taken: (OutboundMeta | undefined)[] = [];
    const delivered: Partial<Activity>[] = [];
    await adapter.processActivity({ type: 'message', text: 'hi' }, async (context) => {
      context.onSendActivities(async (_ctx, activities, next) => {
        for (const a of activities) taken.push(takeReplyMeta(a), takeReplyMeta(a));
        delivered.push(...activities);
        return next();
      });
      await sendReply(context, { type: 'message', text: '您好' }, meta);
    });
    expect(taken).toEqual([meta, undefined]);
    expect(JSON.stringify(delivered)).not.toContain('amy');
    expect(Object.getOwnPropertySymbols(delivered[0] ?? {})).toEqual([]);
  });

  it('is invisible to JSON even when nobody takes it', async () => {
    const adapter = new TestAdapter();
    await adapter.processActivity({ type: 'message', text: 'hi' }, async (context) => {
      await sendReply(context, { type: 'message', text: '您好' }, meta);
    });
    const [sent] = adapter.activeQueue;
    expect(JSON.stringify(sent)).not.toContain('amy');
    expect(JSON.stringify(sent)).not.toContain('__collections');
  });

  it('cannot be forged by anything parsed from JSON, old channelData key included', () => {
    const forged = JSON.parse(
      '{"type":"message","text":"x","channelData":{"__collections":{"source":"agent","onBlock":"drop"}},"Symbol(collections.replyMeta)":{"source":"agent"}}',
    ) as Partial<Activity>;
    expect(takeReplyMeta(forged)).toBeUndefined();
  });
});
