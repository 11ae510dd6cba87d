import { describe, expect, it } from 'vitest';
import { saysOnlyYes, yesToPlanOnTable } from '../../src/dialogs/agreement.js';
import { newCaseState, type CaseState } from '../../src/dialogs/caseState.js';
import { understandOffline } from '../../src/language/offline/index.js';
import { ctx } from '../language/offline/fixtures.js';

function withPlan(stage: CaseState['negotiation']['stage']): CaseState {
  const state = newCaseState('zh-CN');
  state.verified = true;
  state.summaryShown = true;
  state.negotiation.stage = stage;
  return state;
}

describe('saysOnlyYes', () => {
  it.each([
    '行 就这样吧 确认',
    '嗯 就这样 确认吧',
    '那就这样吧',
    '好吧 就这么定了',
    "ok fine, let's just go with that",
    'yeah lock it in',
  ])('"%s" is only a yes', (text) => {
    expect(saysOnlyYes(text)).toBe(true);
  });

  it.each([
    '就这样吧 我不想活了',
    '行 就这样吧 反正也活不长了',
    '唉 就这样吧 活着没意思',
    "that's it i'm done",
    'ok but i want 12 months',
    '吧',
    '那就',
  ])('"%s" says more, or no yes at all', (text) => {
    expect(saysOnlyYes(text)).toBe(false);
  });
});

describe('yesToPlanOnTable', () => {
  const read = (text: string) => understandOffline(text, ctx);

  it('reads "那就这样吧" with a plan offered as a yes, with no distress or concern', () => {
    const text = '那就这样吧';
    const yes = yesToPlanOnTable(withPlan('offered'), text, read(text));
    expect(yes?.understanding).toMatchObject({ intent: 'accept', distress: false });
    expect(yes?.care).toMatchObject({ distress: false, concern: false });
  });

  it('reads "行 就这样吧 确认" with a plan being confirmed as a yes', () => {
    const text = '行 就这样吧 确认';
    expect(yesToPlanOnTable(withPlan('confirming'), text, read(text))?.care.concern).toBe(false);
  });

  it('leaves the reading alone with no plan on the table, after a crisis, or unverified', () => {
    const text = '那就这样吧';
    expect(yesToPlanOnTable(withPlan('asked'), text, read(text))).toBeUndefined();
    const crisis = withPlan('offered');
    crisis.crisis = true;
    expect(yesToPlanOnTable(crisis, text, read(text))).toBeUndefined();
    const unverified = withPlan('offered');
    unverified.verified = false;
    expect(yesToPlanOnTable(unverified, text, read(text))).toBeUndefined();
  });
});
