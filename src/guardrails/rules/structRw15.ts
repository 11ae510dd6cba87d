import { YOU, zh, type PatternRuleSpec } from './ruleTypes.js';

/**
 * Classes that recur across the real-world sets (guardrw15, issue 16), written by structure (who
 * speaks, who is addressed, what is asked or claimed) from the helper's own check lines
 * (test/guardrails/labelled/check-rw15.zh.jsonl), not from a real message:
 * - a consequence the sender leaves vague after a condition ("没有…我就不是这么简单", "你给我等着",
 *   "叫人来整你", "大家都别营业"): intimidation (threat);
 * - the family made to carry the debt ("让他们想办法帮你处理", "家里人得替你扛") and a third person
 *   told that "he/she" borrowed or asked to chase "her" about the money (privacy);
 * - a named or masked person's debt announced to others ("某某欠钱不还", "〇〇不要再欠别人钱",
 *   a name followed by 欠钱还钱): public exposure (privacy);
 * - someone branded a serial swindler ("四处行骗"): defamation.
 * 信用卡业务监督管理办法 Art. 69; 互联网金融逾期债务催收自律公约 Art. 20-22; 治安管理处罚法 Art. 42.
 */
// Within one clause, and within one sentence.
const CLAUSE = (n: number): string => `[^,;:!?。、\\n]{0,${n}}?`;
const SENTENCE = (n: number): string => `[^;!?。\\n]{0,${n}}?`;
// Without a "you" in between: "某某先生，您的欠款" addresses the reader.
const NOT_YOU = (n: number): string => `(?:(?![你您])[^,;:!?。、\\n]){0,${n}}?`;
const KIN = '(?:家人|家里人|家里|父母|爸妈|你爸|你妈|老人|亲戚|他们|老婆|老公|兄弟姐妹|孩子)';
// "欠款XXX元", "逾期XX天" (guardrw15b): a template's blank amount or count, not a masked name.
const BLANK_UNIT = '(?![x×元块天日月年个万千百%号期次笔])';
const MASKED = `(?:某某某?|[\\u4e00-\\u9fa5]某某?|〇〇|○○|xx+${BLANK_UNIT}|××+${BLANK_UNIT}|[\\u4e00-\\u9fa5]××${BLANK_UNIT})`;
const OWES = '(?:欠(?:钱|债|款|账)(?:不还|还钱|拒还)?|不要再欠|还钱|拒还|不还钱)';
// Who is not a person named: a group, a condition, the reader, an adverb.
const NOT_NAME =
  '(?!你|您|我|他|她|请|若|如|客户|借款|债务|持卡|有人|别人|他人|大家|赶紧|尽快|马上|立即|按时|记得|必须|务必|早点|如果|已经|没有|不要)';

export const STRUCT_RW15_ZH: PatternRuleSpec[] = [
  {
    // "下个月没有钱我就不是这么简单", "再不还，事情就没那么好说了", "你给我等着", "叫人来整你",
    // "若要提告，大家都别营业", "鱼死网破".
    id: 'threat.intimidation',
    lang: 'zh',
    negatable: true,
    triggers: [
      '简单',
      '容易',
      '好说',
      '客气',
      '等着',
      '整你',
      '整死',
      '大家',
      '鱼死网破',
      '同归于尽',
      '两散',
    ],
    patterns: zh(
      `(?:没有|没钱|不还|不给|不交|不处理|再不|还不上|拖|不到位|不接)${SENTENCE(20)}就(?:不是|没有?)(?:这么|那么)(?:简单|容易|好说|客气)`,
      `${YOU}(?:就)?给我等着|(?<![请稍])${YOU}(?:就)?等着(?:瞧|吧)?(?=[!,]|$)(?![,]?我(?:帮|给|替|来)?(?:您|你)?(?:查|看|问|处理|核实))`,
      `(?:叫|找|喊|让)(?:人|我|兄弟|他们|我们)?(?:来|过来|上门|黎|嚟)*(?:整|整死|收拾|修理)${YOU}`,
      `大家(?:都|就)?(?:别|不要|甭)(?:营业|开门|做生意|过了|活了|好过|想好过|想活|安生)`,
      `鱼死网破|同归于尽|一拍两散`,
    ),
  },
  {
    // "让他们想办法帮你把这件事处理到位", "家里人得替你扛": the sender makes them, or says they must.
    id: 'privacy.third_party',
    lang: 'zh',
    negatable: true,
    personMayAct: true,
    triggers: ['替', '帮', '扛', '兜底', '买单'],
    patterns: zh(
      `(?<!不会|不要|不能|不可能|无权|不得)让${KIN}${CLAUSE(8)}(?:替|帮)${YOU}${CLAUSE(10)}(?:扛|还|承担|处理|兜底|买单)`,
      `${KIN}(?:就)?(?:得|必须|只能|只好|就要)${CLAUSE(2)}(?:替|帮)?${YOU}?${CLAUSE(2)}(?:扛|还钱|承担|兜底|买单)`,
    ),
  },
  {
    // To a third person: "他在我们这里借了钱", "@她，问她这个钱什么时候还".
    id: 'privacy.relay_request',
    lang: 'zh',
    negatable: true,
    triggers: ['借了', '欠了', '欠下', '拖欠', '还'],
    patterns: zh(
      `(?<![其如若果是])(?:他|她)(?:在我们(?:这里?|平台|公司|银行|这边)|在我们)?(?:借了|欠了|欠下|拖欠)${CLAUSE(8)}(?:钱|款|贷|账|债)`,
      `(?:问|催|提醒|告诉|转告|叫)(?:一下)?(?:她|他)${CLAUSE(10)}(?:钱|欠款|借款|贷款|账)${CLAUSE(10)}还`,
    ),
  },
  {
    // "某某欠钱不还", "〇〇不要再欠别人钱", "狗日王××，欠债还钱" (×× is dropped when normalised),
    // a name followed by 欠钱还钱.
    id: 'privacy.public_exposure',
    lang: 'zh',
    negatable: true,
    triggers: ['欠', '还钱', '拒还'],
    patterns: zh(
      `${MASKED}${NOT_YOU(8)}${OWES}`,
      `${MASKED}[,!]${NOT_YOU(8)}${OWES}`,
      `^${NOT_NAME}[\\u4e00-\\u9fa5]{1,4}[,!]?欠(?:钱|债|款)(?:还钱|不还)`,
    ),
  },
  {
    // "四处行骗、受害者中招", "专门骗人钱财": not a warning about fraudsters.
    id: 'defamation.criminal_label',
    lang: 'zh',
    negatable: true,
    triggers: ['骗'],
    patterns: zh(
      `(?<!分子|骗子|团伙|冒充[^,。]{0,8})(?:四处|到处|专门|一直|经常|长期|多次)(?:行骗|骗人|骗钱|诈骗|坑蒙拐骗|招摇撞骗)`,
    ),
  },
];
