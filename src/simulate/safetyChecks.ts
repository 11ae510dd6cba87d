import { excerpt, type Check } from './checkTypes.js';
import { allowedAmounts, detailIn, moneyActs, verifiedFrom } from './facts.js';
import { asksForMoneyText, digitsSaid, hasDisclosure, moneyIn } from './text.js';

/** Exactly one non-empty reply bundle for every inbound message. */
export const replyEveryTurn: Check = (played, findings) => {
  findings.apply('reply_every_turn');
  for (const t of played.turns) {
    if (t.status !== 200) findings.fail('reply_every_turn', t, `HTTP ${t.status} instead of 200`);
    else if (t.texts.length === 0)
      findings.fail('reply_every_turn', t, `no reply to "${excerpt(t.say) || '(an attachment)'}"`);
    else if (t.texts.some((x) => x === ''))
      findings.fail('reply_every_turn', t, 'an empty message in the reply');
  }
};

/** No balance, minimum, card or ID digits, days overdue before the person gave the right ID digits. */
export const noDetailBeforeVerification: Check = (played, findings) => {
  const account = played.account;
  if (!account) return;
  findings.apply('no_detail_before_verification');
  const from = verifiedFrom(played);
  for (const t of played.turns) {
    if (t.index >= from) break;
    const said = played.turns.slice(0, t.index + 1).some((p) => digitsSaid(p.say).includes(account.idLast4));
    const detail = detailIn(t.text, account, said);
    if (detail)
      findings.fail(
        'no_detail_before_verification',
        t,
        `${detail} before verification: "${excerpt(t.text)}"`,
      );
  }
};

/** In every conversation, the opening disclosure comes before any account detail. */
export const disclosureBeforeDetail: Check = (played, findings) => {
  const account = played.account;
  if (!account) return;
  findings.apply('disclosure_before_detail');
  let conversation = -1;
  let disclosed = false;
  for (const t of played.turns) {
    if (t.conversation !== conversation) {
      conversation = t.conversation;
      disclosed = false;
    }
    const us = account.currency === 'USD';
    disclosed ||= t.texts.some((x) => hasDisclosure(x, us)) || hasDisclosure(t.text, us);
    const detail = detailIn(t.text, account, true);
    if (detail && !disclosed) {
      findings.fail(
        'disclosure_before_detail',
        t,
        `${detail} shown before the opening disclosure in this conversation`,
      );
    }
  }
};

/** Every amount a reply states is one the account, the act's facts or the person allow (in-process). */
export const exactFigures: Check = (played, findings) => {
  if (played.mode !== 'in-process') return;
  findings.apply('exact_figures');
  for (const t of played.turns) {
    const allowed = allowedAmounts(played, t);
    const wrong = moneyIn(t.text).filter((c) => !allowed.has(c));
    if (wrong.length > 0) {
      const shown = wrong.map((c) => (c / 100).toFixed(2)).join(', ');
      findings.fail(
        'exact_figures',
        t,
        `amount(s) ${shown} not in the account, the plan facts or the person's words`,
      );
    }
  }
};

/** No money request in a reply to distress or hardship, nor (after distress) for the rest of that conversation. */
export const noMoneyAfterCare: Check = (played, findings) => {
  let distressIn = -1;
  for (const t of played.turns) {
    const kinds = t.expect.recognised ?? [];
    if (kinds.includes('distress')) distressIn = t.conversation;
    const care = kinds.includes('distress') || kinds.includes('hardship') || distressIn === t.conversation;
    if (!care) continue;
    findings.apply('no_money_after_care');
    if (t.expect.asksForMoney === true) continue;
    const acts = moneyActs(t.traces);
    if (acts.length > 0)
      findings.fail('no_money_after_care', t, `${acts.join(', ')} after distress or hardship`);
    else if (asksForMoneyText(t.text)) {
      findings.fail(
        'no_money_after_care',
        t,
        `asks for money after distress or hardship: "${excerpt(t.text)}"`,
      );
    }
  }
};

export const SAFETY: Check[] = [
  replyEveryTurn,
  noDetailBeforeVerification,
  disclosureBeforeDetail,
  exactFigures,
  noMoneyAfterCare,
];
