import { describe, expect, it } from 'vitest';
import { assessCare } from '../../../../src/language/offline/care/index.js';
import { CLASS_RULES_IN_ORDER } from '../../../../src/language/offline/care/rules/index.js';

const ROUND25 = CLASS_RULES_IN_ORDER.filter((r) => r.id === 'wantItAllToStop');

describe('care round 25 (outside round S15 half b, read after its blind run; lead, new phrasings)', () => {
  it.each([
    "i'm so tired of everything. nobody checks on me anymore, i just want it to stop",
    'worn out. the kids wont talk to me and i just want everything to stop',
    'cansado de todo, i just want it all to end',
    '好累 没人理我 只想这一切都停下来',
  ])('reads %s as distress', (text) => {
    expect(assessCare(text).distress).toBe(true);
  });

  it.each([
    // The calls, a noise, a fee: a complaint, not a wish to die.
    'so tired of this, i just want the calls to stop',
    "i'm exhausted, i just want it to stop ringing every morning",
    'tired of everything about these fees, i just want the interest to stop',
    // A prescription paid for each month: "都" said of the bill, not a handful of pills.
    '医生给我开了安眠药和胃药，每个月药费都要好几百，这个月能不能少还一点',
  ])('does not read %s as distress', (text) => {
    expect(assessCare(text).distress).toBe(false);
  });

  it('still reads prescribed pills taken or kept in a handful as distress', () => {
    expect(assessCare('医生开的安眠药我都吃了').distress).toBe(true);
    expect(assessCare('医生开的安眠药，我攒了一个月的').distress).toBe(true);
  });

  it('every rule names a cue its pattern needs', () => {
    for (const rule of ROUND25) expect(rule.cue.source.length).toBeGreaterThan(0);
  });
});
