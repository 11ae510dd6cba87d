import type { DialogContext } from 'botbuilder-dialogs';
import type { TurnContext } from 'botbuilder';
import type { HardshipKind } from '../core/act.js';
import { assessCare, type CareAssessment } from '../language/offline/care/index.js';
import { careReadingOf } from '../language/offline/care/careReading.js';
import { crisisCue } from '../language/offline/crisisCue.js';
import { WHAT_NOW } from '../language/offline/intentPatterns.js';
import { normalise } from '../language/offline/normalise.js';
import type { Intent, Understanding } from '../language/understanding.js';
import type { DialogServices } from './services.js';
import { findTurn, say, turnAccount, turnCase, turnUnderstanding } from './turn.js';

/**
 * The care detectors' reading of this turn's message, computed once per turn from the raw text
 * (offline and model mode alike: the deterministic detectors run whatever understood the message)
 * and kept on the Turn.
 */
export function turnCare(context: TurnContext): CareAssessment {
  const turn = findTurn(context);
  if (turn?.care) return turn.care;
  // A relative's death told earlier in the conversation makes "想去找我妈了" read as distress.
  const bereaved = (turn?.case.hardships ?? []).includes('bereavement');
  const text = context.activity.type === 'message' ? (context.activity.text ?? '') : '';
  // Without that context the offline understanding's reading of the same text is this reading:
  // taken, not made again (issue 19 item 5).
  const read = !bereaved && turn?.understanding ? careReadingOf(turn.understanding, text) : undefined;
  const care = read ?? assessCare(text, { bereaved });
  if (turn) turn.care = care;
  return care;
}

/**
 * Intents whose reply would move towards money (an offer, a plan, "how much can you pay?"):
 * with a faint sign of distress in the same message, the bot checks in instead.
 */
const CHECK_IN_INTENTS: ReadonlySet<Intent> = new Set<Intent>([
  'unknown',
  'offer_payment',
  'decline',
  'accept',
  'choose_option',
  'greeting',
  'goodbye',
  'request_waiver',
  'distress',
]);

/**
 * Words close to distress, below the crisis bar (the scorer's concern band, distress words said
 * negated, a laugh over words of ending): a gentle check-in with the crisis line and no payment
 * talk, and a person is told. A care flag of kind `concern` goes on the account (on the
 * conversation, `conversation:<id>`, while the person is not verified: we do not know yet it is
 * the holder; reminders are not paused), and an escalation at the care priority (after distress,
 * before every other reason) carries a note with what was said, masked. Once per conversation
 * the flag and the escalation; the check-in whenever the words come back. If the person then
 * says they are fine, the conversation carries on (an open question, never a money request).
 * True when the turn is answered.
 */
export async function checkIn(dc: DialogContext, s: DialogServices): Promise<boolean> {
  const u = turnUnderstanding(dc.context);
  const state = turnCase(dc.context);
  if (!u || state.thirdParty || state.crisis || !CHECK_IN_INTENTS.has(u.intent)) return false;
  const care = turnCare(dc.context);
  if (!care.concern) return false;
  // "would you take 1500 to settle the whole thing": a faint likeness the scorer saw in a message
  // that names an offer is not a reason to stop the negotiation (words of distress said negated,
  // "I won't kill myself, I can do 200", still get the check-in).
  if (!care.negated && namesAnOffer(u)) return false;
  state.lastFallback = CHECKED_IN;
  await say(dc.context, s, { kind: 'listen', hotline: s.settings.crisisLine[state.locale] });
  await notifyConcern(dc, s, care);
  return true;
}

/** `lastFallback` after a check-in, until the next reply of the negotiation. */
const CHECKED_IN = 'check_in';

/** "我没事 / I'm ok really": after a check-in, the person says they are fine. */
const SAYS_FINE =
  /(?:我|俺)?(?:真的|其实)?(?:没事|还好|挺好|好多了|没那么严重|不用担心|放心|说说而已|随口一说|发发牢骚)|\b(?:i'?m|i am|im|all) (?:ok|okay|fine|alright|all right|good|better)\b|\bdon'?t worry\b|\bno worries\b|\bjust venting\b/i;

/**
 * Said fine right after a check-in: glad to hear it, the line stays there, and the conversation
 * carries on when the person is ready (no money request in this reply). True when answered.
 */
export async function saidFine(dc: DialogContext, s: DialogServices): Promise<boolean> {
  const state = turnCase(dc.context);
  if (state.lastFallback !== CHECKED_IN || turnCare(dc.context).concern) return false;
  if (!SAYS_FINE.test((dc.context.activity.text ?? '').slice(0, 500))) return false;
  state.lastFallback = undefined;
  await say(dc.context, s, { kind: 'listen', hotline: s.settings.crisisLine[state.locale], fine: true });
  return true;
}

/** The care flag and the escalation behind a check-in (see `checkIn`). */
export async function notifyConcern(
  dc: DialogContext,
  s: DialogServices,
  care: CareAssessment,
): Promise<void> {
  const state = turnCase(dc.context);
  if (state.escalated.includes('concern')) return;
  const account = turnAccount(dc.context);
  const conversationId = dc.context.activity.conversation?.id;
  const onAccount = state.verified && account !== undefined;
  const subject = onAccount ? account.accountId : `conversation:${conversationId ?? 'unknown'}`;
  if (!onAccount) state.concernBeforeVerified = true;
  await s.stores.care.flag({
    accountId: subject,
    kind: 'concern',
    pausesReminders: false,
    conversationId,
    createdAt: s.clock.now().toISOString(),
  });
  const why = care.negated
    ? 'words of distress said negated'
    : `close to distress, below the crisis bar (score ${care.score.toFixed(2)})`;
  await s.escalator.escalate(
    dc.context,
    state,
    'concern',
    `check-in sent with the crisis line: ${why}; not a crisis, reminders not paused; please look in on the person, no payment talk until they are fine`,
  );
}

/**
 * The person just verified: a check-in given before (flagged on the conversation, since we did not
 * know it was the holder) now goes on the account too, where agents and reviewers look.
 */
export async function carryConcernToAccount(dc: DialogContext, s: DialogServices): Promise<void> {
  const state = turnCase(dc.context);
  const account = turnAccount(dc.context);
  if (!state.concernBeforeVerified || !state.verified || !account) return;
  state.concernBeforeVerified = undefined;
  await s.stores.care.flag({
    accountId: account.accountId,
    kind: 'concern',
    pausesReminders: false,
    conversationId: dc.context.activity.conversation?.id,
    createdAt: s.clock.now().toISOString(),
  });
}

/** True when the person named an amount, a number of months, a date or an offered option. */
export function namesAnOffer(u: Understanding): boolean {
  const s = u.slots;
  return (
    s.amountCents !== undefined ||
    s.months !== undefined ||
    s.date !== undefined ||
    s.optionIndex !== undefined ||
    s.downPaymentCents !== undefined
  );
}

/** The whole (short) message asks what happens next: "那现在怎么办", "so what happens now?". */
function asksWhatNow(dc: DialogContext): boolean {
  const text = dc.context.activity.text ?? '';
  return text.length <= 120 && WHAT_NOW.some((r) => r.test(normalise(text)));
}

/**
 * Care comes before anything else in a turn: distress gets the crisis reply (and the rest of the
 * conversation stays free of payment talk), hardship gets an acknowledgement that names it.
 * Returns true when the turn is answered. `open` sends the opening disclosure if still due.
 */
export async function careInterrupt(
  dc: DialogContext,
  s: DialogServices,
  open: () => Promise<void>,
): Promise<boolean> {
  const u = turnUnderstanding(dc.context);
  const state = turnCase(dc.context);
  const care = turnCare(dc.context);
  // The offline rules' own word list is not negation-aware: when the care detectors read the words
  // as negated ("I'm not going to kill myself, just broke"), their reading stands.
  const understoodDistress = u?.distress === true || u?.intent === 'distress';
  const overruled = u?.source === 'rules' && care.negated;
  if (care.distress || (understoodDistress && !overruled)) {
    await crisis(dc, s, open, care);
    return true;
  }
  if (state.crisis) {
    if (u?.intent === 'stop_contact' || u?.intent === 'request_human') return false;
    // "sorry. my last 4 is 4321 if u need it": the digits are checked (verification), and the
    // reply after them is still this follow-up, never the account (`crisisAfterVerified`).
    if (u?.intent === 'provide_id' && !state.verified && !state.thirdParty && turnAccount(dc.context)) {
      return false;
    }
    await crisisFollowup(dc, s);
    return true;
  }
  const kind: HardshipKind | undefined = care.hardship ?? (u?.intent === 'hardship' ? 'other' : undefined);
  const told = (state.hardships ?? []).at(-1);
  // "So what happens now?" after a hardship: the way forward, not the cost of not paying.
  if (kind === undefined && told !== undefined && state.verified && !state.thirdParty && asksWhatNow(dc)) {
    await say(dc.context, s, { kind: 'hardship_ack', hardship: told, verified: true, next: true });
    return true;
  }
  if (kind === undefined && !state.verified && (await checkInFirst(dc, s, open))) return true;
  if (kind === undefined || state.thirdParty || u?.intent === 'not_holder') return false;
  // A charge disputed with a hospital or lost work as the alibi ("那天晚上我在医院陪床 这笔我不认"):
  // the dispute answers (recorded, collection paused); words close to distress still reach a person.
  if (u?.intent === 'dispute') {
    if (care.concern) await notifyConcern(dc, s, care);
    return false;
  }
  // Hardship and words close to distress together: the acknowledgement answers, a person is told.
  if (care.concern && !state.thirdParty) await notifyConcern(dc, s, care);
  if ((state.hardships ?? []).includes(kind)) {
    // Told again: a short acknowledgement, still no payment request, unless the person names an
    // offer themselves (then the negotiation answers it) or has yet to verify (then the ID question).
    if (!state.verified || (u !== undefined && namesAnOffer(u))) return false;
    await say(dc.context, s, { kind: 'hardship_ack', hardship: kind, verified: true, again: true });
    return true;
  }
  await open();
  await hardship(dc, s, kind);
  return true;
}

/**
 * Before verification, words close to distress get the check-in, and "我没事 / I'm ok really"
 * right after it the same gentle reply as after verification (no account detail, no money talk);
 * then the opening if due. Verification carries on at the person's next message.
 */
async function checkInFirst(
  dc: DialogContext,
  s: DialogServices,
  open: () => Promise<void>,
): Promise<boolean> {
  // "我没事，后四位1234": the digits are answered (verification), not only the "fine".
  const answersId = turnUnderstanding(dc.context)?.intent === 'provide_id';
  if (!(!answersId && (await saidFine(dc, s))) && !(await checkIn(dc, s))) return false;
  await open();
  return true;
}

/** `lastFallback` after a crisis follow-up: the next one is said shorter, in other words. */
const FOLLOWED_UP = 'crisis_followup';

/**
 * After a crisis reply, every later message gets the follow-up (safety first, no payment talk);
 * twice in a row it is said shorter and in other words, so "ok", "yeah" never get the same text
 * twice (conv15). `verified`: the person has just given the right ID digits.
 */
export async function crisisFollowup(dc: DialogContext, s: DialogServices, verified = false): Promise<void> {
  const state = turnCase(dc.context);
  const again = !verified && state.lastFallback === FOLLOWED_UP;
  state.lastFallback = again ? undefined : FOLLOWED_UP;
  await say(dc.context, s, {
    kind: 'crisis_followup',
    hotline: s.settings.crisisLine[state.locale],
    ...(verified ? { verified } : {}),
    ...(again ? { again } : {}),
  });
}

async function crisis(
  dc: DialogContext,
  s: DialogServices,
  open: () => Promise<void>,
  care: CareAssessment,
): Promise<void> {
  const state = turnCase(dc.context);
  const account = turnAccount(dc.context);
  // Written again after the crisis reply (conv19): this message is answered (what it named, are you
  // safe now, a person, the line in brief), in one of two forms that alternate, never the same twice.
  const repeats = state.crisis ? (state.crisisRepeats ?? 0) : undefined;
  const again = repeats === undefined ? undefined : repeats % 2 === 0 ? 1 : 2;
  const cue = again ? crisisCue(dc.context.activity.text ?? '') : undefined;
  if (repeats !== undefined) state.crisisRepeats = repeats + 1;
  state.crisis = true;
  state.lastFallback = undefined;
  await say(dc.context, s, {
    kind: 'distress_support',
    hotline: s.settings.crisisLine[state.locale],
    ...(again ? { again } : {}),
    ...(cue ? { cue } : {}),
  });
  await open();
  if (account) {
    await s.stores.care.flag({
      accountId: account.accountId,
      kind: 'distress',
      pausesReminders: true,
      conversationId: dc.context.activity.conversation?.id,
      createdAt: s.clock.now().toISOString(),
    });
  }
  await s.escalator.escalate(
    dc.context,
    state,
    'distress',
    `the person wrote words of hopelessness or self-harm (${care.distressBy ?? 'model understanding'}); reminders paused; no payment talk`,
  );
}

async function hardship(dc: DialogContext, s: DialogServices, kind: HardshipKind): Promise<void> {
  const state = turnCase(dc.context);
  const account = turnAccount(dc.context);
  state.hardships = [...(state.hardships ?? []), kind];
  if (account) {
    await s.stores.care.flag({
      accountId: account.accountId,
      kind,
      pausesReminders: false,
      conversationId: dc.context.activity.conversation?.id,
      createdAt: s.clock.now().toISOString(),
    });
  }
  await say(dc.context, s, {
    kind: 'hardship_ack',
    hardship: kind,
    verified: state.verified && account !== undefined,
  });
}
