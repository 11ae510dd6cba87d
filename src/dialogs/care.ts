import type { DialogContext } from 'botbuilder-dialogs';
import type { TurnContext } from 'botbuilder';
import type { HardshipKind } from '../core/act.js';
import { assessCare, type CareAssessment } from '../language/offline/care/index.js';
import type { Understanding } from '../language/understanding.js';
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
  const care = assessCare(context.activity.type === 'message' ? (context.activity.text ?? '') : '', {
    bereaved,
  });
  if (turn) turn.care = care;
  return care;
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
    await say(dc.context, s, { kind: 'crisis_followup', hotline: s.settings.crisisLine[state.locale] });
    return true;
  }
  const kind: HardshipKind | undefined = care.hardship ?? (u?.intent === 'hardship' ? 'other' : undefined);
  if (kind === undefined || state.thirdParty || u?.intent === 'not_holder') return false;
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

async function crisis(
  dc: DialogContext,
  s: DialogServices,
  open: () => Promise<void>,
  care: CareAssessment,
): Promise<void> {
  const state = turnCase(dc.context);
  const account = turnAccount(dc.context);
  state.crisis = true;
  await say(dc.context, s, { kind: 'distress_support', hotline: s.settings.crisisLine[state.locale] });
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
