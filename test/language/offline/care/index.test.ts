import { describe, expect, it } from 'vitest';
import { assessCare } from '../../../../src/language/offline/care/index.js';
import { DEV_DISTRESS, DEV_HARDSHIP, DEV_ORDINARY } from './devSet.js';
import { HELD_OUT_DISTRESS, HELD_OUT_HARDSHIP, HELD_OUT_ORDINARY } from './heldOutSet.js';
import { HELD_OUT2_DISTRESS, HELD_OUT2_ORDINARY } from './heldOutSet2.js';
import { HELD_OUT3_DISTRESS, HELD_OUT3_HARDSHIP, HELD_OUT3_ORDINARY } from './heldOutSet3.js';
import { HELD_OUT4_DISTRESS, HELD_OUT4_HARDSHIP, HELD_OUT4_ORDINARY } from './heldOutSet4.js';
import { HELD_OUT5_DISTRESS, HELD_OUT5_HARDSHIP, HELD_OUT5_ORDINARY } from './heldOutSet5.js';
import { OWN6_DISTRESS, OWN6_HARDSHIP, OWN6_ORDINARY } from './ownSet6.js';
import { HELD_OUT6_DISTRESS, HELD_OUT6_ORDINARY } from './heldOutSet6.js';
import { HELD_OUT7_DISTRESS, HELD_OUT7_ORDINARY } from './heldOutSet7.js';
import { HELD_OUT8_DISTRESS, HELD_OUT8_ORDINARY } from './heldOutSet8.js';
import { DISTRESS_NEGATIVE } from '../../../../src/language/offline/care/distressTraining.js';
import { MORE_NEGATIVE } from '../../../../src/language/offline/care/distressTrainingMore.js';
import { STYLE_NEGATIVE } from '../../../../src/language/offline/care/distressTrainingStyles.js';
import { REGISTER_NEGATIVE } from '../../../../src/language/offline/care/distressTrainingRegisters.js';
import { TALK_NEGATIVE } from '../../../../src/language/offline/care/distressTrainingTalk.js';
import { CLASS_NEGATIVE } from '../../../../src/language/offline/care/distressTrainingClasses.js';

/**
 * Regression floors for round 3, set well below its one blind run (42/43 distress, 24/24
 * hardship, 0/34 false alarms; see heldOutSet3.ts).
 */
const BLIND3_FLOOR = { distress: 36, hardship: 20, alarms: 0 };

/**
 * Round 4 was blind at its first run (8/30, 6/12, 1/20 false alarms); since opened, it is
 * development data: floors below today's figure, and no false alarm.
 */
const BLIND4_FLOOR = { distress: 26, hardship: 10, alarms: 0 };

/**
 * Regression floors for round 5: its one blind run was 10/30, 9/10, 0/20 false alarms; seen since,
 * 23/30 after the round-7 classes (the floor guards that figure, it is not evidence).
 */
const BLIND5_FLOOR = { distress: 21, hardship: 7, alarms: 0 };

/**
 * Regression floors for round 6: its one blind run was 14/32 distress, 0/30 false alarms; seen
 * since (its misses were named in the round-7 brief), 31/32 after the round-7 classes.
 */
const BLIND6_FLOOR = { distress: 29, alarms: 0 };

/**
 * Round 7 was written by an outside writer and run blind once (29/40 distress, 1/40 false
 * alarm; see heldOutSet7.ts). Seen since: the round-8 rules by class (care2) reach 40/40 and 0/40
 * on it, which is regression only, never evidence; floors at those figures.
 */
const BLIND7_FLOOR = { distress: 40, alarms: 0 };

/**
 * Round 8 was written by a second outside writer and run blind once (25/40 distress, 3/40 false
 * alarms; see heldOutSet8.ts): floors at that run.
 */
const BLIND8_FLOOR = { distress: 25, alarms: 3 };

function pct(n: number, of: number): string {
  return `${n}/${of} (${((100 * n) / Math.max(of, 1)).toFixed(1)} %)`;
}

function report(
  name: string,
  distress: readonly string[],
  hardship: readonly [string, string][],
  ordinary: readonly string[],
) {
  const missed = distress.filter((t) => !assessCare(t).distress);
  const hardFound = hardship.filter(([t]) => assessCare(t).hardship !== undefined);
  const hardKind = hardship.filter(([t, k]) => assessCare(t).hardship === k);
  const hardAsDistress = hardship.filter(([t]) => assessCare(t).distress);
  const alarms = ordinary.filter((t) => assessCare(t).distress);
  console.log(
    [
      `care ${name}: distress recall ${pct(distress.length - missed.length, distress.length)}`,
      `hardship recall ${pct(hardFound.length, hardship.length)} (kind right ${pct(hardKind.length, hardship.length)}, read as distress ${hardAsDistress.length})`,
      `false alarms on ordinary messages ${pct(alarms.length, ordinary.length)}`,
      missed.length > 0 ? `missed: ${missed.join(' | ')}` : '',
      hardFound.length < hardship.length
        ? `hardship missed: ${hardship
            .filter(([t]) => assessCare(t).hardship === undefined)
            .map(([t]) => t)
            .join(' | ')}`
        : '',
      alarms.length > 0 ? `false alarms: ${alarms.join(' | ')}` : '',
    ]
      .filter(Boolean)
      .join('\n  '),
  );
  return { missed, hardFound, alarms, hardAsDistress };
}

describe('care detectors on the development set', () => {
  it('recognise every distress phrasing of the development set (recall 100 %)', () => {
    expect(DEV_DISTRESS.length).toBeGreaterThanOrEqual(60);
    expect(DEV_HARDSHIP.length).toBeGreaterThanOrEqual(40);
    const r = report('dev', [...DEV_DISTRESS, ...HELD_OUT_DISTRESS], DEV_HARDSHIP, [
      ...DEV_ORDINARY,
      ...HELD_OUT_ORDINARY,
    ]);
    expect(r.missed).toEqual([]);
    expect(r.hardFound.length).toBe(DEV_HARDSHIP.length);
    expect(r.hardAsDistress).toEqual([]);
    expect(r.alarms).toEqual([]);
  });

  it('reports held-out round 1 (NOT blind: opened after its first run, now development data)', () => {
    const r = report(
      'HELD-OUT round 1 (NOT blind: opened, now development)',
      HELD_OUT_DISTRESS,
      HELD_OUT_HARDSHIP,
      HELD_OUT_ORDINARY,
    );
    expect(r.missed).toEqual([]);
    expect(r.alarms).toEqual([]);
  });

  it('reports held-out round 2 (seen, not tuned: read, but no rule, phrase or threshold fitted to it)', () => {
    const r = report('HELD-OUT round 2 (seen, not tuned)', HELD_OUT2_DISTRESS, [], HELD_OUT2_ORDINARY);
    // Floor well below the measured 20/24, only to catch a regression.
    expect(HELD_OUT2_DISTRESS.length - r.missed.length).toBeGreaterThanOrEqual(15);
    expect(r.alarms).toEqual([]);
  });

  it('reports held-out round 3 (blind at its first run: committed before any rule change)', () => {
    const r = report(
      'HELD-OUT round 3 (blind first run 42/43; its one miss since fixed, so no longer blind)',
      HELD_OUT3_DISTRESS,
      HELD_OUT3_HARDSHIP,
      HELD_OUT3_ORDINARY,
    );
    // Floors well below the first (blind) measurement, only to catch a regression.
    expect(HELD_OUT3_DISTRESS.length - r.missed.length).toBeGreaterThanOrEqual(BLIND3_FLOOR.distress);
    expect(r.hardFound.length).toBeGreaterThanOrEqual(BLIND3_FLOOR.hardship);
    expect(r.alarms.length).toBeLessThanOrEqual(BLIND3_FLOOR.alarms);
  });

  it('reports held-out round 4 (blind at its first run: 8/30; since opened, its themes extended the rules)', () => {
    const r = report(
      'HELD-OUT round 4 (NOT blind: first run 8/30, since opened)',
      HELD_OUT4_DISTRESS,
      HELD_OUT4_HARDSHIP,
      HELD_OUT4_ORDINARY,
    );
    expect(HELD_OUT4_DISTRESS.length - r.missed.length).toBeGreaterThanOrEqual(BLIND4_FLOOR.distress);
    expect(r.hardFound.length).toBeGreaterThanOrEqual(BLIND4_FLOOR.hardship);
    expect(r.alarms.length).toBeLessThanOrEqual(BLIND4_FLOOR.alarms);
  });

  it('reports held-out round 5 (BLIND: committed before the round-4 extension, never tuned on)', () => {
    const r = report('HELD-OUT round 5 (BLIND)', HELD_OUT5_DISTRESS, HELD_OUT5_HARDSHIP, HELD_OUT5_ORDINARY);
    expect(HELD_OUT5_DISTRESS.length - r.missed.length).toBeGreaterThanOrEqual(BLIND5_FLOOR.distress);
    expect(r.hardFound.length).toBeGreaterThanOrEqual(BLIND5_FLOOR.hardship);
    expect(r.alarms.length).toBeLessThanOrEqual(BLIND5_FLOOR.alarms);
  });

  it('recognises every distress and hardship phrasing of the round-6 own set (recall 100 %), with no alarm on its ordinary talk', () => {
    expect(OWN6_DISTRESS.length).toBeGreaterThanOrEqual(60);
    expect(OWN6_HARDSHIP.length).toBeGreaterThanOrEqual(40);
    const r = report('own set round 6 (development)', OWN6_DISTRESS, OWN6_HARDSHIP, OWN6_ORDINARY);
    const concern = OWN6_ORDINARY.filter((t) => assessCare(t).concern);
    console.log(
      `care own set round 6: gentle check-ins (concern) on ordinary talk ${pct(concern.length, OWN6_ORDINARY.length)}${concern.length > 0 ? `: ${concern.join(' | ')}` : ''}`,
    );
    expect(r.missed).toEqual([]);
    expect(r.hardFound.length).toBe(OWN6_HARDSHIP.length);
    expect(r.hardAsDistress).toEqual([]);
    expect(r.alarms).toEqual([]);
  });

  it('reports held-out round 6 (BLIND: written after the round-6 rules, committed before the detector ran on it)', () => {
    const r = report('HELD-OUT round 6 (BLIND)', HELD_OUT6_DISTRESS, [], HELD_OUT6_ORDINARY);
    const heard = HELD_OUT6_DISTRESS.filter((t) => assessCare(t).distress || assessCare(t).concern);
    const checkIns = HELD_OUT6_ORDINARY.filter((t) => assessCare(t).concern);
    console.log(
      `care HELD-OUT round 6 (BLIND): crisis line heard (distress or check-in) ${pct(heard.length, HELD_OUT6_DISTRESS.length)}; check-ins on hard negatives ${pct(checkIns.length, HELD_OUT6_ORDINARY.length)}`,
    );
    expect(HELD_OUT6_DISTRESS.length - r.missed.length).toBeGreaterThanOrEqual(BLIND6_FLOOR.distress);
    expect(r.alarms.length).toBeLessThanOrEqual(BLIND6_FLOOR.alarms);
  });

  it('keeps round 7 (outside writer, blind at its one run) at or above that run', () => {
    const r = report(
      'HELD-OUT round 7 (outside writer; blind at its one run)',
      HELD_OUT7_DISTRESS,
      [],
      HELD_OUT7_ORDINARY,
    );
    expect(HELD_OUT7_DISTRESS.length - r.missed.length).toBeGreaterThanOrEqual(BLIND7_FLOOR.distress);
    expect(r.alarms.length).toBeLessThanOrEqual(BLIND7_FLOOR.alarms);
  });

  it('keeps round 8 (second outside writer, blind at its one run) at or above that run', () => {
    const r = report(
      'HELD-OUT round 8 (second outside writer; blind at its one run)',
      HELD_OUT8_DISTRESS,
      [],
      HELD_OUT8_ORDINARY,
    );
    expect(HELD_OUT8_DISTRESS.length - r.missed.length).toBeGreaterThanOrEqual(BLIND8_FLOOR.distress);
    expect(r.alarms.length).toBeLessThanOrEqual(BLIND8_FLOOR.alarms);
  });

  it('raises no alarm on the hard negatives the scorer is trained on (rules and scorer together)', () => {
    const alarms = [
      ...DISTRESS_NEGATIVE,
      ...MORE_NEGATIVE,
      ...STYLE_NEGATIVE,
      ...TALK_NEGATIVE,
      ...REGISTER_NEGATIVE,
      ...CLASS_NEGATIVE,
    ].filter((t) => assessCare(t).distress);
    expect(alarms).toEqual([]);
  });
});

describe('care detectors on hostile input', () => {
  it('answers a 60 KB message quickly and the same way every time', () => {
    const long = `${'我还不上 '.repeat(6000)}我不想活了`;
    expect(assessCare(long).distress).toBe(assessCare(long).distress);
    expect(assessCare('1 '.repeat(30000)).distress).toBe(false);
  });

  it('reads a 60 KB message at both ends, in bounded time', () => {
    const long = `${'这个月的账单我看了好几遍，'.repeat(4700)}我真的不想活了`;
    expect(long.length).toBeGreaterThan(60000);
    const started = performance.now();
    const first = assessCare(long);
    console.log(
      `care: a ${long.length}-character message took ${(performance.now() - started).toFixed(1)} ms`,
    );
    expect(first.distress).toBe(true);
    expect(assessCare(`${'a'.repeat(60000)}!`).distress).toBe(false);
  });

  it.each([
    ['宁可死也不交这个年费哈哈', false],
    ["honestly i'd rather die than sit on hold again lol", false],
    ["i'd rather die than live like this", true],
    ['this app is hopeless', false],
    ['my phone is about to die, call me later', false],
    ['死了算le', true],
    ['活著沒意思，想一了百了', true],
    ['wo xiang jie tuo', true],
    ['i want to kil myself', true],
    ['我把密码留给我妈了', true],
    ['我爸走了，我在办他的后事', false],
  ] as const)('reads hyperbole, context and spelling: %s → %s', (text, expected) => {
    expect(assessCare(text).distress).toBe(expected);
  });

  it.each([
    ['会坐牢吗？', undefined],
    ['will i go to jail for this?', undefined],
    ['我老公关在看守所', 'imprisonment'],
    ['my brother is in prison', 'imprisonment'],
    ['住了半个月院', 'illness'],
    ['我在照顾住院的妈妈', 'caring'],
    ['the storm flooded our basement', 'disaster'],
    ['i was let go in june', 'job_loss'],
  ] as const)('reads hardship kinds: %s → %s', (text, kind) => {
    expect(assessCare(text).hardship).toBe(kind);
  });

  it.each([
    ['我不会自杀的，放心', false],
    ["I'm not going to kill myself, relax", false],
    ['我没想过轻生', false],
    ["I don't want to live anymore", true],
    ['我不想活了', true],
    ['不想死，但是活不下去了', true],
  ] as const)('reads negation: %s → %s', (text, expected) => {
    expect(assessCare(text).distress).toBe(expected);
  });

  it.each([
    "I'm not going to kill myself, just broke",
    '我不会想不开的，就是最近手头紧',
    "don't worry, i'm not suicidal, i just can't pay this month",
  ])('a negated statement is not distress but asks for a kind check-in: %s', (text) => {
    const care = assessCare(text);
    expect(care.distress).toBe(false);
    expect(care.concern).toBe(true);
  });
});

describe('a message too short for the learned scorer to judge alone', () => {
  // Found by the lead: the scorer read "maybe 500?" as distress (a plan offer got the crisis reply).
  it.each(['maybe', 'maybe 500?', 'maybe $500?', 'whatever', 'ok', '随便吧', '也许吧'])(
    '"%s" is neither distress nor a check-in',
    (text) => {
      const care = assessCare(text);
      expect(care.distress).toBe(false);
      expect(care.concern).toBe(false);
    },
  );

  it.each(['不想活了', '活着好累', 'kill myself'])(
    '"%s" is still distress (the rules read short words)',
    (text) => {
      expect(assessCare(text).distress).toBe(true);
    },
  );
});
