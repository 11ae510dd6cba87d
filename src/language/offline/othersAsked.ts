/**
 * Someone who is not the holder asks whether the bank will call or tell others (conv15): "你们会不会
 * 打到我们公司来啊", "你们会告诉她领导吗", "are you guys gonna call our office about this?", "will you
 * tell his boss". The holder's own worries ("will my boss find out") are read by questionPatterns;
 * these name the workplace or people in the third person or as "our". Read on normalised text.
 */
const PEOPLE_ZH =
  '(?:单位|公司|办公室|厂里|店里|领导|老板|上司|同事|家人|家里人?|家属|老婆|老公|爱人|父母|爸妈|亲戚|朋友)';
const WHOSE_ZH = '(?:我们|咱们|我|他|她|他们|她们)?(?:的)?';
const OTHERS_ZH = new RegExp(
  `(?:打(?:电话)?|联系|找|通知|告诉|告知|说|发(?:短信|消息|信息))(?:到|给|去)?${WHOSE_ZH}${PEOPLE_ZH}|给${WHOSE_ZH}${PEOPLE_ZH}(?:打(?:电话)?|发|寄)|(?:来|到|去)${WHOSE_ZH}(?:单位|公司|家|家里|办公室)(?:里)?(?:找|催|要)|${WHOSE_ZH}${PEOPLE_ZH}[^。？?]{0,4}(?:会|能)?(?:知道|收到|被联系|接到)`,
);
const ASKED_ZH = /(?:会不会|会|不会|要不要|是不是|能不能|吗|吧|么|啊|呀|[？?])/;

const PEOPLE_EN =
  '(?:office|work|workplace|job|boss|employer|company|manager|supervisor|colleagues?|co-?workers?|family|wife|husband|partner|parents|relatives|friends|hr)';
const WHOSE_EN = '(?:(?:our|his|her|their|the|my) )?';
const OTHERS_EN = new RegExp(
  `\\b(?:call|ring|phone|contact|tell|inform|notify|text|email|message|bother|reach out to|show up at|come to|go to)(?:ing)? ${WHOSE_EN}${PEOPLE_EN}\\b|\\bwill ${WHOSE_EN}${PEOPLE_EN} (?:know|find out|be told|hear|get (?:calls|called))\\b`,
);
const ASKED_EN = /\?|\b(?:will|would|are|r|gonna|going to|do|does|can|could)\b/;

/**
 * True when a third party asks whether their workplace or other people will be called or told.
 *
 *   othersAsked('你们会不会打到我们公司来啊') // true
 *   othersAsked('will you tell his boss or something') // true
 *   othersAsked('he left his phone at the office') // false (no question about calls)
 */
export function othersAsked(norm: string): boolean {
  return (OTHERS_ZH.test(norm) && ASKED_ZH.test(norm)) || (OTHERS_EN.test(norm) && ASKED_EN.test(norm));
}
