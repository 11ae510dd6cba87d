import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { careText } from '../../../../src/language/offline/care/careNormalise.js';
import { assessCare } from '../../../../src/language/offline/care/index.js';
import { DISTRESS_THRESHOLD } from '../../../../src/language/offline/care/distressModel.js';
import {
  careTrainingItems,
  readCareTsv,
  TRAINING_DIR,
} from '../../../../src/language/offline/care/learnedData.js';
import {
  LEARNED_BIN,
  LEARNED_JSON,
  LearnedScorer,
  learnedScorer,
} from '../../../../src/language/offline/care/learnedModel.js';
import { trainFinal } from '../../../../src/language/offline/care/learnedTrainCli.js';
import { quantise, vectorise } from '../../../../src/language/offline/care/learnedTrain.js';
import { CARE_SETS } from './careSets.js';
import { OWN_CHECK10_DISTRESS, OWN_CHECK10_ORDINARY } from './ownCheck10.js';
import { OWN_CHECK11_DISTRESS, OWN_CHECK11_ORDINARY } from './ownCheck11.js';
import { OWN_BLIND12_DISTRESS, OWN_BLIND12_HARDSHIP, OWN_BLIND12_ORDINARY } from './ownBlind12.js';
import { OWN_CHECK12_DISTRESS, OWN_CHECK12_HARDSHIP, OWN_CHECK12_ORDINARY } from './ownCheck12.js';
import { OWN13_DISTRESS, OWN13_ORDINARY } from './ownSet13.js';
import { OWN_CHECK13_DISTRESS, OWN_CHECK13_ORDINARY } from './ownCheck13.js';
import { OWN_BLIND13_DISTRESS, OWN_BLIND13_ORDINARY } from './ownBlind13.js';
import { HELD_OUT10_DISTRESS, HELD_OUT10_ORDINARY } from './heldOutSet10.js';
import { HELD_OUT11_DISTRESS, HELD_OUT11_ORDINARY } from './heldOutSet11.js';
import { HELD_OUT12_DISTRESS, HELD_OUT12_ORDINARY } from './heldOutSet12.js';
import { HELD_OUT14_DISTRESS, HELD_OUT14_ORDINARY } from './heldOutSet14.js';
import { likeness, trigrams } from './trigramLikeness.js';

const score = (text: string): number => learnedScorer()?.score(careText(text).compact) ?? Number.NaN;

describe('the learned distress scorer', () => {
  it('is rebuilt byte for byte from the committed data by npm run care:train', () => {
    const committed = LearnedScorer.load().file;
    const { file, bin } = quantise(
      trainFinal(vectorise(careTrainingItems())),
      committed.mix,
      committed.report,
    );
    expect(Buffer.from(bin).equals(readFileSync(LEARNED_BIN))).toBe(true);
    expect(file.lr).toEqual(committed.lr);
    expect(file.nb).toEqual(committed.nb);
    // A full fit: 5-6 s on a loaded machine, past the 5 s default.
  }, 60_000);

  it('is trained on at least 600 distress and 600 ordinary items per language, each with a class', () => {
    const items = readCareTsv();
    for (const lang of ['zh', 'en'] as const)
      for (const y of [0, 1] as const)
        expect(items.filter((it) => it.lang === lang && it.y === y).length).toBeGreaterThanOrEqual(600);
    expect(items.every((it) => it.cls.length > 0 && it.text.length > 0)).toBe(true);
  });

  it('copies no item of the outside rounds, and trains on nothing close to rounds 7 and 8', () => {
    const own = readCareTsv().map((it) => careText(it.text).compact);
    const outside = CARE_SETS.filter((s) => s.seen).flatMap((s) => [...s.distress, ...s.ordinary]);
    const outsideCompact = new Set(outside.map((t) => careText(t).compact));
    expect(own.filter((t) => outsideCompact.has(t))).toEqual([]);
    const spent = CARE_SETS.filter((s) => /round [78]/.test(s.name))
      .flatMap((s) => [...s.distress, ...s.ordinary])
      .map((t) => trigrams(careText(t).compact));
    const close = careTrainingItems()
      .map((it) => it.text)
      .filter((t) => {
        const g = trigrams(careText(t).compact);
        return spent.some((s) => likeness(g, s) >= 0.6);
      });
    expect(close).toEqual([]);
  }, 60_000);

  it('adds nothing close to round 9 or own checks 10 and 11 in the data of this round (*-r3.tsv)', () => {
    // Four older items (written before both) resemble an everyday item of round 9 or own check 10:
    // training/care/DATA.md lists them.
    const spent = [
      ...CARE_SETS.filter((s) => /round 9/.test(s.name)).flatMap((s) => [...s.distress, ...s.ordinary]),
      ...OWN_CHECK10_DISTRESS,
      ...OWN_CHECK10_ORDINARY,
      ...OWN_CHECK11_DISTRESS,
      ...OWN_CHECK11_ORDINARY,
    ].map((t) => trigrams(careText(t).compact));
    const fresh = readdirSync(TRAINING_DIR)
      .filter((name) => name.endsWith('-r3.tsv'))
      .flatMap((name) => readFileSync(join(TRAINING_DIR, name), 'utf8').split('\n'))
      .filter((line) => line.trim() !== '')
      .map((line) => line.split('\t').slice(3).join('\t'));
    expect(fresh.length).toBeGreaterThan(600);
    const close = fresh.filter((t) => {
      const g = trigrams(careText(t).compact);
      return spent.some((s) => likeness(g, s) >= 0.5);
    });
    expect(close).toEqual([]);
  });

  it('adds nothing close to own check 12, own blind 12 or own checks 10 and 11 in the data of round 12 (*-r12.tsv)', () => {
    // Closeness is counted, never listed against the blind set's items.
    const spent = [
      ...OWN_CHECK10_DISTRESS,
      ...OWN_CHECK10_ORDINARY,
      ...OWN_CHECK11_DISTRESS,
      ...OWN_CHECK11_ORDINARY,
      ...OWN_CHECK12_DISTRESS,
      ...OWN_CHECK12_ORDINARY,
      ...OWN_CHECK12_HARDSHIP.map(([t]) => t),
      ...OWN_BLIND12_DISTRESS,
      ...OWN_BLIND12_ORDINARY,
      ...OWN_BLIND12_HARDSHIP.map(([t]) => t),
    ].map((t) => trigrams(careText(t).compact));
    const fresh = readdirSync(TRAINING_DIR)
      .filter((name) => name.endsWith('-r12.tsv'))
      .flatMap((name) => readFileSync(join(TRAINING_DIR, name), 'utf8').split('\n'))
      .filter((line) => line.trim() !== '')
      .map((line) => line.split('\t').slice(3).join('\t'));
    expect(fresh.length).toBeGreaterThan(80);
    const close = fresh.filter((t) => {
      const g = trigrams(careText(t).compact);
      return spent.some((s) => likeness(g, s) >= 0.5);
    });
    expect(close.length).toBe(0);
  });

  it('adds nothing close to own set 13, own check 13, own blind 13 or rounds 10-12 in the data of round 13 (*-r13.tsv)', () => {
    const spent = [
      ...OWN13_DISTRESS,
      ...OWN13_ORDINARY,
      ...OWN_CHECK13_DISTRESS,
      ...OWN_CHECK13_ORDINARY,
      ...OWN_BLIND13_DISTRESS,
      ...OWN_BLIND13_ORDINARY,
      ...HELD_OUT10_DISTRESS,
      ...HELD_OUT10_ORDINARY,
      ...HELD_OUT11_DISTRESS,
      ...HELD_OUT11_ORDINARY,
      ...HELD_OUT12_DISTRESS,
      ...HELD_OUT12_ORDINARY,
      ...HELD_OUT14_DISTRESS,
      ...HELD_OUT14_ORDINARY,
    ].map((t) => trigrams(careText(t).compact));
    const fresh = readdirSync(TRAINING_DIR)
      .filter((name) => name.endsWith('-r13.tsv'))
      .flatMap((name) => readFileSync(join(TRAINING_DIR, name), 'utf8').split('\n'))
      .filter((line) => line.trim() !== '' && !line.startsWith('#'))
      .map((line) => line.split('\t').slice(3).join('\t'));
    expect(fresh.length).toBeGreaterThan(120);
    const close = fresh.filter((t) => {
      const g = trigrams(careText(t).compact);
      return spent.some((s) => likeness(g, s) >= 0.5);
    });
    expect(close).toEqual([]);
  });

  it('scores endings said with no telling word above the bar', () => {
    for (const text of [
      '后天以后这个号码就不会再有人接了，东西我都分给朋友了',
      "I've been putting aside my tablets for weeks, there's plenty now",
      "my family won't have to carry me much longer",
    ])
      expect(score(text), text).toBeGreaterThanOrEqual(DISTRESS_THRESHOLD);
  });

  it('scores idioms, trips, closing a card and a relative’s estate far below the bar', () => {
    for (const text of [
      '累死了，明天再还',
      'this bill is killing me lol',
      '这张卡我不想要了，还完就销户',
      "I'm going away for a few weeks, back on the 20th",
      'my grandad died, what happens to his card',
      '我下周出差，账单寄到公司',
    ])
      expect(score(text), text).toBeLessThan(0);
  });

  it('is what the care check reads: a paraphrase no rule lists is distress by the model', () => {
    const a = assessCare("I've been putting aside my tablets for weeks, there's plenty now");
    expect(a).toMatchObject({ distress: true, distressBy: 'model' });
  });

  it('gives a message with nothing it knows no score (an emoji, an empty message)', () => {
    expect(score('🙂')).toBe(-Infinity);
    expect(score('')).toBe(-Infinity);
  });

  it('refuses weights of another size, saying how to rebuild them', () => {
    expect(() => LearnedScorer.load(LEARNED_JSON, LEARNED_JSON)).toThrow(/npm run care:train/);
  });
});
