import { excerpt, type Check } from './checkTypes.js';
import { detailIn, moneyActs } from './facts.js';
import type { PlayedTurn } from './play.js';
import { answersIn, recognisedIn } from './signals.js';
import { asksForMoneyText, DISMISSIVE, hasDisclosure, languageOf, moneyIn } from './text.js';

/** The first reply of every conversation (and any marked turn) carries the opening disclosure. */
export const disclosureFirst: Check = (played, findings) => {
  findings.apply('disclosure_first');
  let conversation = -1;
  for (const t of played.turns) {
    const first = t.conversation !== conversation;
    conversation = t.conversation;
    if ((first || t.expect.disclosure) && !hasDisclosure(t.text, played.account?.currency === 'USD')) {
      findings.fail('disclosure_first', t, `no opening disclosure in "${excerpt(t.text)}"`);
    }
  }
};

export const recognised: Check = (played, findings) => {
  for (const t of played.turns) {
    for (const kind of t.expect.recognised ?? []) {
      findings.apply('recognised');
      const stores = { before: t.storesBefore, after: t.storesAfter };
      if (!recognisedIn(kind, t.text, t.traces, stores)) {
        findings.fail('recognised', t, `${kind} not recognised: "${excerpt(t.text)}"`);
      } else if ((kind === 'distress' || kind === 'hardship') && DISMISSIVE.test(t.text)) {
        findings.fail('recognised', t, `${kind} answered as if it were nothing: "${excerpt(t.text)}"`);
      } else if ((kind === 'distress' || kind === 'hardship') && moneyActs(t.traces).length > 0) {
        findings.fail('recognised', t, `${kind} answered with ${moneyActs(t.traces).join(', ')}`);
      }
    }
  }
};

export const answers: Check = (played, findings) => {
  for (const t of played.turns) {
    for (const topic of t.expect.answers ?? []) {
      findings.apply('answers');
      if (!answersIn(topic, t.text)) {
        findings.fail('answers', t, `no answer about ${topic}: "${excerpt(t.text)}"`);
      }
    }
  }
};

export const mentions: Check = (played, findings) => {
  for (const t of played.turns) {
    const { mentions: all, mentionsAny, notMentions } = t.expect;
    if (!all && !mentionsAny && !notMentions) continue;
    findings.apply('mentions');
    const lower = t.text.toLowerCase();
    const missing = (all ?? []).filter((m) => !lower.includes(m.toLowerCase()));
    if (missing.length > 0) findings.fail('mentions', t, `does not mention ${missing.join(', ')}`);
    if (mentionsAny && !mentionsAny.some((m) => lower.includes(m.toLowerCase()))) {
      findings.fail('mentions', t, `mentions none of ${mentionsAny.join(', ')}`);
    }
    const present = (notMentions ?? []).filter((m) => lower.includes(m.toLowerCase()));
    if (present.length > 0) findings.fail('mentions', t, `mentions ${present.join(', ')}`);
  }
};

export const asksForMoney: Check = (played, findings) => {
  for (const t of played.turns) {
    if (t.expect.asksForMoney === undefined) continue;
    findings.apply('asks_for_money');
    const asks = moneyActs(t.traces).length > 0 || asksForMoneyText(t.text);
    if (asks !== t.expect.asksForMoney) {
      findings.fail('asks_for_money', t, `${asks ? 'asks' : 'does not ask'} for money: "${excerpt(t.text)}"`);
    }
  }
};

function offersPlanIn(t: PlayedTurn): boolean {
  if (t.traces) return t.traces.some((x) => x.act?.kind === 'plan_offers');
  return moneyIn(t.text).length >= 2 && /(期|个月|month)/i.test(t.text);
}

export const offersPlan: Check = (played, findings) => {
  for (const t of played.turns) {
    if (t.expect.offersPlan === undefined) continue;
    findings.apply('offers_plan');
    const offers = offersPlanIn(t);
    if (offers !== t.expect.offersPlan)
      findings.fail('offers_plan', t, offers ? 'offers plans' : 'offers no plan');
  }
};

/** After the turn, is the person verified: the send path says so, or (remote) the balance was shown. */
export const verified: Check = (played, findings) => {
  for (const t of played.turns) {
    if (t.expect.verified === undefined) continue;
    findings.apply('verified');
    const sofar = played.turns.slice(0, t.index + 1).filter((p) => p.conversation === t.conversation);
    const last = t.traces?.at(-1);
    const now = t.traces
      ? (last?.verified ?? false) || sofar.some((p) => p.traces?.some((x) => x.act?.kind === 'verified'))
      : played.account !== undefined &&
        sofar.some((p) => detailIn(p.text, played.account!, true) !== undefined);
    if (now !== t.expect.verified)
      findings.fail('verified', t, now ? 'verified when it should not be' : 'not verified');
  }
};

/** Replies that state a standing condition (a lock, a stop, a queue) may rightly repeat. */
const STANDING = ['verification_locked', 'cease_contact_confirmed', 'handoff_queued', 'handoff_message_left'];
const standing = (t: PlayedTurn): boolean =>
  (t.traces ?? []).length > 0 && (t.traces ?? []).every((x) => STANDING.includes(x.act?.kind ?? ''));

/** The same reply twice in a row to two different messages is a loop. */
export const noFallbackLoop: Check = (played, findings) => {
  findings.apply('no_fallback_loop');
  played.turns.forEach((t, i) => {
    const before = played.turns[i - 1];
    if (!before || before.conversation !== t.conversation || t.text === '') return;
    if (before.text === t.text && before.say.trim() !== t.say.trim() && !standing(before) && !standing(t)) {
      findings.fail('no_fallback_loop', t, `the same reply twice in a row: "${excerpt(t.text)}"`);
    }
  });
};

export const language: Check = (played, findings) => {
  findings.apply('language');
  for (const t of played.turns) {
    const expected = t.expect.replyLanguage ?? played.scenario.locale;
    const got = languageOf(t.text);
    if (expected === 'any' || got === undefined) continue;
    if (got !== expected) findings.fail('language', t, `reply in ${got}, expected ${expected}`);
  }
};

export const BEHAVIOUR: Check[] = [
  disclosureFirst,
  recognised,
  answers,
  mentions,
  asksForMoney,
  offersPlan,
  verified,
  noFallbackLoop,
  language,
];
