import { describe, expect, it } from 'vitest';
import { COMMITMENT_CREDIT_RECORD_EN } from '../../../../src/guardrails/rules/commitment/creditRecordEn.js';
import { corpusTexts } from '../../corpusTexts.js';

/**
 * The credit record promise patterns read "no error word anywhere in the text" (in error, by
 * mistake, disputed…, both ways over the whole text) at the end of the match, not after the
 * first-person subject: read there it ran at every "i" and "we" of a reply (about 10x the cost
 * of the rest of the pattern on the bench replies). No error word can run across either place,
 * so the reading gives one answer for the whole text and both places match the same spans.
 */
const patterns = COMMITMENT_CREDIT_RECORD_EN.flatMap((r) => r.patterns).filter((re) =>
  re.source.includes('(?<!\\b(?:in error'),
);
const NO_ERROR = (patterns[0]?.source ?? '').slice(patterns[0]?.source.indexOf('(?<!\\b(?:in error'));
const SUBJECT = /^\\b(?:\(\?:[^)]*\)\\b|will)/;

/** The pattern as written before: the error reading right after its subject ("we", "will"). */
function subjectFirst(re: RegExp): RegExp {
  const body = re.source.slice(0, re.source.length - NO_ERROR.length);
  const head = SUBJECT.exec(body)?.[0] ?? '';
  return new RegExp(body.slice(0, head.length) + NO_ERROR + body.slice(head.length), re.flags);
}

function spans(re: RegExp, text: string): string {
  return [...text.matchAll(new RegExp(re.source, re.flags))].map((m) => `${m.index}:${m[0]}`).join(',');
}

// Promises each pattern matches, and error words before, inside, after and against them.
const PROMISES = [
  "i'll have the late payment deleted from all three bureaus",
  'we will get the bureaus to wipe it',
  'this account will be removed from equifax, experian and transunion',
  "we'll erase the delinquency from ur file",
  "i'm going to make sure it's gone from your credit report",
];
const ERRORS = [
  'in error',
  'by mistake',
  'incorrectly',
  'inaccurate',
  'wrongly',
  'mistakenly',
  'disputed',
  'fraudulent',
  'identity theft',
];
const awkward = PROMISES.flatMap((p) => [
  p,
  `${p}.`,
  ...ERRORS.flatMap((e) => [
    `${e} ${p}`,
    `${p} ${e}`,
    `${p}${e}`,
    `${e}${p}`,
    `if it was reported ${e}, ${p}`,
    `${p}; it was ${e}. ${p}`,
    p.replace(' ', ` ${e} `),
    p.replace(/ (\S+)$/, ` ${e} $1`),
    p.replace(/(\w)(\W*)$/, `$1${e}$2`),
  ]),
]);

describe('credit record promises: the error reading last', () => {
  it('reads the error words at the end of each of the four promise patterns', () => {
    expect(patterns).toHaveLength(4);
    for (const re of patterns) expect(re.source.endsWith(NO_ERROR)).toBe(true);
    expect(NO_ERROR).toMatch(/^\(\?<!\\b\(\?:in error.*\)\(\?!\[\^\]\*\\b\(\?:in error.*\)$/);
  });

  it(
    'matches what the subject-first patterns match on awkward and project texts',
    { timeout: 120_000 },
    () => {
      const texts = [...awkward, ...corpusTexts()];
      let found = 0;
      const wrong: string[] = [];
      for (const re of patterns) {
        const old = subjectFirst(re);
        expect(old.source).not.toBe(re.source);
        for (const text of texts) {
          const now = spans(re, text);
          if (now !== spans(old, text)) wrong.push(`${re.source.slice(0, 40)} on ${text.slice(0, 60)}`);
          if (now !== '') found++;
        }
      }
      expect(wrong).toEqual([]);
      expect(found).toBeGreaterThan(20);
    },
  );
});
