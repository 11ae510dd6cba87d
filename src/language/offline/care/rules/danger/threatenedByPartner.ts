import type { ClassRule } from '../../distressRule.js';
import { DENIED_OR_ON_SCREEN } from '../sharedWords.js';

/**
 * Danger from someone else: a partner threatening to kill the writer over the debt, the writer
 * hiding. Not suicidal, but the same crisis reply.
 */

/** Someone threatening to kill the writer (and himself), or both dying. */
const THREAT =
  /同归于尽|(?:要|说要|话要)(?:跟|和|同)我[^。!?]{0,4}(?:一起|一齐)死|(?:要|说要|话要)(?:杀了我|弄死我|砍死我|打死我)|\b(?:kill (?:me|us) (?:and|then) (?:then )?(?:himself|herself|themselves)|(?:going to|gonna|wants? to|threaten\w* to|says (?:he|she)(?:'s| is| will|'ll)(?: going to)?|said (?:he|she)(?:'d| would| was going to)) kill me(?!,? (?:when|if|once|for)\b)|we (?:both|all) die|taking me (?:with (?:him|her)|down with (?:him|her))|take (?:me|us) (?:with (?:him|her)|down with (?:him|her)))\b/;

/** Hiding, a weapon, or a call for help. */
const HIDING =
  /躲|锁在|反锁|藏在|匿|救命|救救我|帮帮我|报警|刀|枪|\b(?:hiding|hid|locked (?:in|myself)|barricaded|help|pls|please|911|police|knife|gun|bat|weapon)\b/;

/** The threat as an idiom: "will kill me when he sees the bill". */
const THREAT_IDIOM =
  /知道了?(?:会|非)|看到(?:账单)?(?:会|非)|\b(?:when|if|once) (?:he|she|they) (?:sees?|finds? out|hears?|gets?)\b/;

export const THREATENED_BY_PARTNER_RULES: readonly ClassRule[] = [
  // Threatened by a partner over the debt, hiding: "他拿着刀说要跟我同归于尽，我躲在厕所里，救命".
  {
    id: 'partnerThreatHiding',
    family: 'direct',
    cue: /同归于尽|死|杀|kill|die|taking|take/,
    pattern: THREAT,
    needs: HIDING,
    unless: new RegExp(`${THREAT_IDIOM.source}|${DENIED_OR_ON_SCREEN.source}`),
  },
];
