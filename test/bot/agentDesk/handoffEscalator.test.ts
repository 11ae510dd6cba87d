import type { Activity, TurnContext } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import {
  HANDOFF_INITIATE,
  HandoffEscalator,
  TRANSCRIPT_CONTENT_TYPE,
} from '../../../src/bot/agentDesk/handoffEscalator.js';
import type { TranscriptReader } from '../../../src/bot/agentDesk/transcriptReader.js';
import type { HandoffReason } from '../../../src/core/act.js';
import { beginTurn, newCaseState, type CaseState } from '../../../src/dialogs/index.js';
import { HandoffHarness, type HandoffHarnessOptions } from '../../support/handoffHarness.js';

const earlier: Partial<Activity>[] = [{ type: 'message', text: '我这个月实在还不上' }];

/** The escalator: from a dialog's decision to a queued conversation the person is told about. */
describe('HandoffEscalator', () => {
  function setUp(options: HandoffHarnessOptions & { readTranscript?: TranscriptReader } = {}) {
    const h = new HandoffHarness(options);
    const escalator = new HandoffEscalator({
      desk: h.desk,
      services: () => h.dialogs.services,
      readTranscript: options.readTranscript ?? (async () => earlier),
    });
    const escalate = (id: string, text: string, reason: HandoffReason, state: CaseState) =>
      h.turn(id, text, async (ctx: TurnContext) => {
        beginTurn(ctx, { case: state, account: await h.dialogs.account, startedAt: 0, deadlineMs: 1000 });
        await escalator.escalate(ctx, state, reason, 'note for the agent');
      });
    return { h, escalate };
  }

  it('queues the conversation with its priority, records the escalation, tells the person and sends handoff.initiate', async () => {
    const { h, escalate } = setUp();
    const state = newCaseState('zh-CN');
    const sent = await escalate('c1', '我不想活了', 'distress', state);
    expect(await h.entry('c1')).toMatchObject({
      reason: 'distress',
      priority: 0,
      status: 'queued',
      verified: false,
    });
    expect(state.escalated).toEqual(['distress']);
    expect(await h.dialogs.stores.escalations.listFor('c1')).toMatchObject([
      { reason: 'distress', priority: 0 },
    ]);
    expect(sent.map((a) => a.type)).toEqual(['message', 'event']);
    expect(sent[0]?.text).toContain('排队');
    expect(sent[1]).toMatchObject({
      name: HANDOFF_INITIATE,
      value: { reason: 'distress', priority: 0 },
      attachments: [{ contentType: TRANSCRIPT_CONTENT_TYPE, content: earlier }],
    });
    const recorded = h.transcript.records.find((a) => a.name === HANDOFF_INITIATE);
    expect(recorded?.attachments).toEqual([
      { contentType: TRANSCRIPT_CONTENT_TYPE, content: { activities: 1 } },
    ]);
    expect((await h.messages(await h.entry('c1')))[0]).toEqual({ from: 'person', text: '我不想活了' });
    expect(h.steps('c1')).toEqual(['handoff.queued']);
  });

  it('announces once: a second escalation of a waiting conversation is only noted on the case', async () => {
    const { h, escalate } = setUp();
    const state = newCaseState('zh-CN');
    await escalate('c1', '转人工', 'requested', state);
    const again = await escalate('c1', '还是要人工', 'impasse', state);
    expect(again).toEqual([]);
    expect(state.escalated).toEqual(['requested', 'impasse']);
    expect(await h.store.queued()).toHaveLength(1);
  });

  it('offers the callback at once outside agent hours, with no waiting time promised', async () => {
    const { h, escalate } = setUp({ agentHours: '00:00-00:01 Asia/Shanghai' });
    const sent = await escalate('c1', '转人工', 'requested', newCaseState('zh-CN'));
    expect(sent.filter((a) => a.type === 'message')).toHaveLength(2);
    expect((await h.entry('c1')).callback).toBe('offered');
    expect(h.steps('c1')).toEqual(['handoff.queued', 'handoff.callback_offered']);
    const queued = h.transcript.records.find((a) => a.name === 'handoff.queued');
    expect(queued?.value).toMatchObject({ onDuty: false, etaMinutes: 0 });
  });

  it("gives the agent the verified person's account facts to speak within, and none before verification", async () => {
    const { h, escalate } = setUp();
    const verified = { ...newCaseState('zh-CN'), verified: true };
    await escalate('v', '转人工', 'requested', verified);
    await escalate('u', '转人工', 'requested', newCaseState('zh-CN'));
    const guard = (await h.entry('v')).guard;
    expect(guard?.facts.balanceCents).toBe((await h.dialogs.account)?.balanceCents);
    expect(guard?.facts.amountsCents?.length).toBeGreaterThan(0);
    expect((await h.entry('u')).guard).toBeUndefined();
    expect((await h.entry('v')).summary).not.toContain((await h.dialogs.account)?.cardLast4 ?? '----');
  });

  it('still hands over when the transcript cannot be read (the event goes with an empty transcript)', async () => {
    const { h, escalate } = setUp({
      readTranscript: async () => {
        throw new Error('disk gone');
      },
    });
    const sent = await escalate('c1', '转人工', 'requested', newCaseState('zh-CN'));
    expect(sent[1]?.attachments).toEqual([{ contentType: TRANSCRIPT_CONTENT_TYPE, content: [] }]);
    expect((await h.entry('c1')).status).toBe('queued');
  });
});
