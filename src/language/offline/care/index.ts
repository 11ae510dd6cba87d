import { careText, compactOf } from './careNormalise.js';
import { lexiconHits, type LexiconHit } from './distressLexicon.js';
import {
  CONCERN_MIN_FEATURES,
  CONCERN_THRESHOLD,
  DISTRESS_THRESHOLD,
  distressScore,
} from './distressModel.js';
import { hasFeatures } from './learnedFeatures.js';
import { isHyperbole, ordinaryInContext } from './distressThemes.js';
import { hardshipOf, type HardshipKind } from './hardship.js';
import { isDigitCorrection } from './ordinaryAnswers.js';
import { JOKE, joinsWithoutLoss } from './distressOrdinaryUse.js';
import { endingIsOrdinary, SERIOUS } from './distressEndings.js';
import { classHitIsOrdinary, classHitLacksOnlyNeeds } from './classReading.js';
import { mixedReadings } from './codeSwitch.js';
import { EVERYDAY, withoutDeniedReasons } from './rules/everyday/reasons.js';
import {
  ANNOYANCE,
  EVERYDAY_ASK,
  OPTIONS_ASK,
  OTHERS_OR_PLAN,
  PLAIN_SLEEP,
  STOP_NOISE,
  UNDONE_JOKE,
} from './rules/everyday/scorerContext.js';
import { SLEEP_AND_SPARE } from './rules/veiled/burden.js';

/** Laughter and joke markers, removed when the message says it is serious. */
const LAUGHTER =
  /\blo+l\b|\blmf?ao\b|\bha(?:ha)+\w*|😂|🤣|哈+|(?<!不是|没|没有|不)开(?:个)?玩笑|\bjk\b|\b(?:just )?kidding\b|\bjoking\b|😅|🙃/gu;

export { HARDSHIP_KINDS, type HardshipKind } from './hardship.js';

/** What the care detectors found in one message. */
export interface CareAssessment {
  distress: boolean;
  /** Why: a rule family, or 'model' when only the learned scorer saw it. */
  distressBy?: LexiconHit['family'] | 'model';
  /** The learned scorer's length-normalised log-odds (for traces and tuning reports). */
  score: number;
  hardship?: HardshipKind;
  /**
   * Not distress, but close to it: words of distress said negated ("我不会想不开的，就是没钱"),
   * or the scorer saw some likeness to distress (the concern band) and no rule explained it away.
   * The reply then checks in, gently, and asks for nothing.
   */
  concern: boolean;
  /** Words of distress were said only negated ("I'm not going to kill myself"). */
  negated: boolean;
}

/**
 * Runs on every inbound message before anything else (offline and model mode alike): curated
 * rules first (negation-aware), then the learned scorer for paraphrases. A statement the rules
 * found only in negated form ("我不会自杀的") counts as distress only when the scorer is sure.
 *
 *   assessCare('还不上我就只能从楼上跳下去了').distress // true
 *   assessCare('累死了').distress                       // false
 */
export function assessCare(raw: string, known: CareContext = {}): CareAssessment {
  return assessCareWith(raw, distressScore, known);
}

/** What the conversation already told: a relative who died ("我妈去年走了"). */
export interface CareContext {
  bereaved?: boolean;
}

/** `assessCare` with a given learned scorer (the k-fold run trains one per fold). */
export function assessCareWith(
  raw: string,
  scorer: (compact: string) => number,
  known: CareContext = {},
): CareAssessment {
  const { text: said, compact } = careText(raw);
  // "绳子都挂好了，不是开玩笑😂": said seriously, a laugh does not explain the words away.
  const text =
    SERIOUS.test(said) || UNDONE_JOKE.test(said) || SLEEP_AND_SPARE.test(said)
      ? said.replace(LAUGHTER, ' ')
      : said;
  // "I want to 死", "我真的不想live了": a mixed message is also read in each language alone.
  const readings = mixedReadings(text);
  const found = distinctHits<LexiconHit & { within?: string }>([
    ...lexiconHits(text),
    ...(compact !== text ? lexiconHits(compact) : []),
    ...readings.flatMap((within) => lexiconHits(within).map((h) => ({ ...h, within }))),
  ]);
  // "I'm not going to kill myself, just broke": not distress, but said in words of it, so the
  // reply checks in kindly (concern) instead of carrying on with payments.
  const saidNegated = found.some((h) => h.negated);
  const hardship = hardshipOf(text) ?? readings.map(hardshipOf).find((k) => k !== undefined);
  // "我想去找我妈": going to a parent is distress only when the parent is known to have died (in
  // this message or earlier in the conversation); otherwise it gets a gentle check-in.
  const lossKnown = known.bereaved === true || hardship === 'bereavement';
  /** A hit set aside for now (a parent not known to have died, a laugh): the reply checks in. */
  let waitsForLoss = false;
  const hits = found.map((h): LexiconHit & { bare?: true } => {
    if (h.negated) return h;
    const seen = withoutDeniedReasons(h.within ?? text);
    const inContext = ordinaryInContext(h.family, h.match, seen) || endingIsOrdinary(h.match, seen);
    if (inContext || classHitIsOrdinary(h.match, seen, h.byClass === true)) {
      // Words of ending said with a laugh ("不想再睁眼看这个账单了哈哈"): not the crisis reply, but
      // a laugh can hide distress, so the reply checks in.
      if (JOKE.test(text)) waitsForLoss = true;
      // A class's words without what the class needs ("东西我都分给朋友了", no one typing for
      // anyone) say nothing either way: set aside, but not counted as words said negated.
      const bare = !inContext && h.byClass === true && classHitLacksOnlyNeeds(h.match, seen);
      return { ...h, negated: true, ...(bare ? { bare: true as const } : {}) };
    }
    if (!lossKnown && joinsWithoutLoss(h.family, h.match, seen)) {
      waitsForLoss = true;
      return { ...h, negated: true };
    }
    return h;
  });
  // "I'd rather die than pay that lol": a joke about a fee reads as negated, so only a sure
  // learned score (three times the bar) can still raise it.
  const joking = isHyperbole(text) || readings.some(isHyperbole);
  // "1235 不对不对 是1234": digits corrected, nothing else said; the scorer's reading of "不对" is
  // not evidence (a rule's live match, were there one, still counts).
  const answering = isDigitCorrection(text);
  const live = joking ? undefined : hits.find((h) => !h.negated);
  const score = scorer(compact);
  const onlyNegated = (hits.some((h) => h.bare !== true) && live === undefined) || joking;
  // Hardship words alone read close to distress for a small model, and so does an everyday reason
  // said with words of giving away or leaving ("猫送给朋友养了，新房东不让养宠物"): it then needs
  // to be surer (below that bar the concern band still checks in and tells a person).
  // A human agent asked for, a phone or battery dying ("给我找个真人 活人", "phone's about to die"):
  // words of living and dying about an agent or a device; the scorer alone must be surer.
  const asking = EVERYDAY_ASK.test(text) || OPTIONS_ASK.test(text);
  const bar =
    DISTRESS_THRESHOLD *
    (onlyNegated
      ? 3
      : hardship ||
          EVERYDAY.test(text) ||
          PLAIN_SLEEP.test(text) ||
          STOP_NOISE.test(text) ||
          asking ||
          OTHERS_OR_PLAN.test(text)
        ? 2
        : 1);
  // The scorer alone does not judge a message too short to read ("maybe", "maybe 500?"): rules
  // still do, and a longer message is judged as before.
  const judgeable = longEnough(compact);
  // One sentence of ending in a long message is not averaged away by the rest (the check-in band
  // still reads the whole message).
  const byModel = !answering && judgeable && (score >= bar || bestSentence(said, scorer) >= bar);
  const distress = live !== undefined || byModel;
  const concern =
    !distress &&
    !joking &&
    !answering &&
    (saidNegated ||
      waitsForLoss ||
      (judgeable &&
        !ANNOYANCE.test(text) &&
        !PLAIN_SLEEP.test(text) &&
        score >= CONCERN_THRESHOLD * (asking ? 2 : 1) &&
        hasFeatures(compact, CONCERN_MIN_FEATURES)));
  return {
    distress,
    concern,
    negated: saidNegated && live === undefined,
    ...(live ? { distressBy: live.family } : byModel ? { distressBy: 'model' as const } : {}),
    score,
    ...(hardship ? { hardship } : {}),
  };
}

/**
 * The hits with repeats left out: the same words found again (a long message saying one thing
 * hundreds of times) get the same verdict, so each is judged once.
 */
function distinctHits<T extends LexiconHit & { within?: string }>(hits: readonly T[]): T[] {
  const seen = new Set<string>();
  return hits.filter((h) => {
    const key = `${h.family}\u0000${h.match}\u0000${h.negated ? 1 : 0}\u0000${h.byClass ? 1 : 0}\u0000${h.within ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Enough words for the learned scorer to judge alone: a Han character counts as three Latin
 * letters, and ten are needed ("I want to 死" is judged; "maybe", "whatever", 随便吧 are not).
 */
function longEnough(compact: string): boolean {
  let weight = 0;
  for (const ch of compact) {
    if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z')) weight += 1;
    else if (/\p{Script=Han}/u.test(ch)) weight += 3;
    if (weight >= 10) return true;
  }
  return false;
}

/** How much surer one sentence read alone must be than the bar (its context is lost). */
const SENTENCE_MARGIN = 0.5;
/** At most this many sentences are read alone: the first 12 and the last 4 of a longer message. */
const MAX_SENTENCES = 16;

/**
 * The scorer's reading of the surest sentence of a message read alone, less SENTENCE_MARGIN
 * ("I can pay 50 now. By Friday I won't be here."); -Infinity for a message of one sentence.
 * Sentences too short to judge alone are not read. The margin was chosen on the 5-fold run
 * (learnedKfold.ts: 0, 0.5, 1, 1.5) as the one adding no out-of-fold false alarm.
 */
function bestSentence(said: string, scorer: (compact: string) => number): number {
  const all = said.split(/[。！？!?.;；\n]+/u).filter((p) => longEnough(p));
  if (all.length < 2) return -Infinity;
  // A message of hundreds of sentences is read at its first and last few (bounded cost).
  const parts = all.length > MAX_SENTENCES ? [...all.slice(0, 12), ...all.slice(-4)] : all;
  let best = -Infinity;
  for (const part of parts) best = Math.max(best, scorer(compactOf(part.trim())) - SENTENCE_MARGIN);
  return best;
}
