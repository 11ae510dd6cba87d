import type { CareAssessment } from '../language/offline/care/index.js';
import { assessCare } from '../language/offline/care/index.js';
import { careReadingOf } from '../language/offline/care/careReading.js';
import { normalise } from '../language/offline/normalise.js';
import type { Understanding } from '../language/understanding.js';
import type { CaseState } from './caseState.js';

/** Longer than this, a message says more than yes. */
const SHORT = 60;

/** Words that agree, and the little words around them ("行 就这样吧 确认", "ok fine, let's just go with that"). */
const AGREEING =
  /没问题|就这么(?:办|定|着)(?:了|吧)?|就这样|(?:就)?按(?:这个|你说的)(?:来|办)?|就(?:这个|它)|(?:也)?只能这样|这么(?:办|定|着)|定了|确认|确定|同意|接受|可以|好的|好吧|好啊|行吧|来吧|办吧|那就|这样|方案|一下|行|好|嗯|对|是|成|中|那|就|吧|了|的|啊|呀|哈|呢|唉|哎|\b(?:ok(?:ay)?|k|fine|yes|yeah|yep|yup|sure|alright|all right|deal|agreed?|confirm(?:ed)?|sounds good|that works|works|let'?s|lets|do|it|that'?s?|this|go|ahead|with|just|then|lock|in|good|great|perfect|please|pls|one|plan|the|i guess|whatever|set|up|sign|me)\b/gu;

/** At least one word of agreement proper, not only the little words. */
const AGREES =
  /没问题|这么(?:办|定|着)|就这样|只能这样|按(?:这个|你说的)|就(?:这个|它)|定了|确认|确定|同意|接受|可以|好|行|嗯|对|是|成|\b(?:ok(?:ay)?|k|fine|yes|yeah|yep|yup|sure|alright|all right|deal|agreed?|confirm(?:ed)?|sounds good|(?:that )?works|lock it in|go (?:with|ahead)|that'?s it|set it up|sign me up)\b/u;

/** The whole message is agreement: nothing is left once its words of agreement are taken out. */
export function saysOnlyYes(text: string): boolean {
  if (text.length > SHORT) return false;
  const norm = normalise(text);
  return AGREES.test(norm) && norm.replace(AGREEING, ' ').replace(/[\s\p{P}\p{S}]+/gu, '') === '';
}

/**
 * "行 就这样吧 确认", "嗯 就这样 确认吧", "ok fine, let's just go with that" right after a plan was
 * offered or restated for confirmation: a yes to it (conv16). Out of that context "就这样吧" can be
 * resignation, and the learned scorer, which knows it mostly from "就这样吧，不想活了", reads it close
 * to distress; with a plan on the table and nothing else said, that reading is not evidence. A rule
 * of the care detectors (never the scorer alone) still stands. Returns the understanding and care
 * reading the turn goes on with, or undefined when the context or the words do not fit.
 */
export function yesToPlanOnTable(
  state: CaseState,
  text: string,
  u: Understanding,
): { understanding: Understanding; care: CareAssessment } | undefined {
  const stage = state.negotiation.stage;
  if (!state.verified || state.crisis || state.thirdParty) return undefined;
  if (stage !== 'offered' && stage !== 'confirming') return undefined;
  if (u.intent !== 'accept' && u.intent !== 'distress') return undefined;
  if (!saysOnlyYes(text)) return undefined;
  const read = careReadingOf(u, text) ?? assessCare(text);
  if (read.distress && read.distressBy !== 'model') return undefined;
  const { distressBy: _scorer, ...rest } = read;
  return {
    understanding: { ...u, intent: 'accept', distress: false, slots: { ...u.slots, yesNo: 'yes' } },
    care: { ...rest, distress: false, concern: false, negated: false },
  };
}
