import { en, zh, type PatternRuleSpec } from './ruleTypes.js';

/**
 * Classes round 18 showed uncovered (guard18, ninth session), written by class, each with
 * wordings of its own (the round's items are seen regression, check-s9 is measured, neither is
 * fitted): a workplace (manager, HR, front desk) told that one of its people owes; an invented
 * one-off penalty on the principal or a fee per call, text or visit; a relative's credit said to
 * suffer; a regulator impersonated (a CFPB or FTC "desk", a 金融监管总局 header); a guaranteed
 * deletion of true credit records for a payment; a smear about the holder told to a landlord,
 * a property manager or a group. DOMAIN.md; FDCPA §1692c(b), §1692e(1), (2), (8), §1692f(1);
 * 《个人信用信息基础数据库管理暂行办法》 (the record is the holder's own and states the truth).
 */
// A gap inside one clause (or one message, for SPAN) that holds no negation: the engine reads
// negations before a match, not inside it ("房东您好，我们不会说他是骗子").
const NEG = '不无没未别勿';
const ZH_GAP = (n: number): string => `[^,;:!?。、\\n${NEG}]{0,${n}}?`;
const ZH_SPAN = (n: number): string => `[^。\\n${NEG}]{0,${n}}?`;
const EN_GAP = (n: number): string =>
  String.raw`(?:(?!\b(?:not|never|no|won't|isn't|aren't|doesn't|don't|can't|cannot|told|said|says|claim\w*|accus\w*|report\w*)\b|n't\b)[^.!?\n]){0,${n}}?`;

const WORKPLACE = '(?:贵司|贵公司|贵单位|你们公司|你们单位|人事部|人事|hr|前台|主管|经理|领导|老板|财务部)';
const ABOUT_THEM = '(?:他|她|员工|同事|职员|此人)';
const DEBT = '(?:账单|欠款|欠账|卡账|逾期|拖欠|欠(?:我们|我行|银行|了)|没还|未还|未处理|还款)';
const KIN =
  '(?:子女|儿子|女儿|孩子|家人|家里人|全家人?|一家人|父母|爸妈|老婆|老公|爱人|配偶|妻子|丈夫|亲属|亲戚)';
const REG =
  '(?:中国)?(?:银保监会|银保监局|银监会|国家金融监督管理总局|金融监管总局|金融监管局|人民银行|人行|央行|证监会|金融办|消费者权益保护局)';
const ZH_LABEL =
  '(?:诈骗犯|诈骗分子|骗子|骗贷|惯犯|老赖|无赖|小偷|人渣|挂了号|人品(?:极差|很差|太差|差劲|低劣|差)|满嘴谎话|借钱不还|欠钱不还|欠债不还|到处骗|骗钱|跑路|玩失踪)';
const EN_LABEL = String.raw`(?:con artist|con man|fraudster|fraud|scammer|scam artist|thief|crook|cheat|liar|deadbeat|swindler|criminal)`;
const EN_REG = String.raw`(?:consumer financial protection bureau|cfpb|federal trade commission|ftc|attorney general'?s?|comptroller of the currency|federal reserve|fdic|department of justice)`;

export const STRUCT_ROUND18_RULES: PatternRuleSpec[] = [
  {
    // A workplace asked whether someone still works there and told that she owes.
    id: 'privacy.third_party',
    lang: 'zh',
    negatable: true,
    triggers: [
      '贵司',
      '贵公司',
      '贵单位',
      '你们公司',
      '你们单位',
      '人事',
      'hr',
      '前台',
      '主管',
      '经理',
      '领导',
      '老板',
      '财务部',
    ],
    patterns: zh(`${WORKPLACE}${ZH_SPAN(40)}${ABOUT_THEM}${ZH_SPAN(30)}${DEBT}`),
  },
  {
    // An invented one-off penalty on the principal; a fee for each call, text or visit.
    id: 'misrepresentation.false_consequence',
    lang: 'zh',
    negatable: true,
    triggers: ['违约金', '罚金', '罚款', '费'],
    patterns: zh(
      `(?:本金|欠款总额|全部欠款|总欠款|欠款的?总额|全额)的?(?:[1-9]\\d%|百分之[二三四五六七八九]?十|[一二两三四五六七八九]成)${ZH_GAP(8)}(?:违约金|罚金|罚款)`,
      `(?:违约金|罚金|罚款)${ZH_GAP(4)}(?:为|按)${ZH_GAP(4)}(?:本金|欠款总额|全部欠款|全额)的?(?:[1-9]\\d%|百分之[二三四五六七八九]?十|[一二两三四五六七八九]成)`,
      `每${ZH_GAP(8)}(?:电话|来电|短信|催收|外访|上门|联系|提醒)${ZH_GAP(14)}(?:催收费|服务费|手续费|上门费|外访费|通话费|联系费|(?<!免|收)费用)`,
    ),
  },
  {
    // A relative's credit said to suffer from the holder's debt.
    id: 'misrepresentation.false_consequence',
    lang: 'zh',
    negatable: true,
    triggers: ['征信', '信用'],
    patterns: zh(
      `${KIN}的?(?:征信|信用记录|信用报告|信用)${ZH_GAP(10)}(?:受影响|影响|牵连|拉黑|黑名单|污点|都会|也会)`,
      `(?:征信|逾期记录|不良记录)${ZH_GAP(6)}(?:同步|连带|牵连|转到|记到|上报到)${ZH_GAP(4)}${KIN}`,
    ),
  },
  {
    // A regulator's name as the sender, or the account "handed to" a regulator's office.
    id: 'misrepresentation.authority',
    lang: 'zh',
    negatable: true,
    triggers: [
      '银保监',
      '银监会',
      '金融监管',
      '人民银行',
      '人行',
      '央行',
      '证监会',
      '金融办',
      '消费者权益保护局',
      '我局',
      '本局',
    ],
    patterns: zh(`(?:这里是|我是|我们是|【)${REG}`, `(?:移交|转入|转交|转到|交由|交给)(?:给)?(?:我局|本局)`),
  },
  {
    // Paying "guarantees" that true late records are deleted.
    id: 'misrepresentation.false_consequence',
    lang: 'zh',
    negatable: true,
    triggers: ['征信', '逾期记录', '不良记录', '逾期'],
    patterns: zh(
      `(?:保证|包|一定|肯定|百分百|确保|可以帮${'(?:您|你)'})${ZH_GAP(6)}(?:把|将)${ZH_GAP(8)}(?:征信|逾期记录|不良记录|逾期)${ZH_GAP(10)}(?:删|消除|抹|清除|清掉|洗白)`,
    ),
  },
  {
    // A smear about someone told to a landlord or property manager, or broadcast to a group.
    id: 'defamation.label',
    lang: 'zh',
    negatable: true,
    triggers: ['房东', '物业', '业主', '大家', '各位', '群友', '朋友们', '同事们', '邻居们', '扩散'],
    patterns: zh(
      `(?:房东|物业|业主)(?:您好|你好|你们好|先生|女士|[,:])${ZH_SPAN(60)}${ZH_LABEL}`,
      `(?:(?:提醒|告诉|通知)(?:一下)?(?:大家|各位)|(?:大家|各位|群友们?|朋友们|同事们|邻居们)(?:都)?(?:注意|小心|提防|留意|当心|看清|千万)|扩散)${ZH_SPAN(60)}${ZH_LABEL}`,
    ),
  },
  {
    // A regulator's name as the caller: "This is the CFPB enforcement desk".
    id: 'misrepresentation.authority',
    lang: 'en',
    negatable: true,
    triggers: [
      'consumer financial protection bureau',
      'cfpb',
      'federal trade commission',
      'ftc',
      'attorney general',
      'comptroller of the currency',
      'federal reserve',
      'fdic',
      'department of justice',
    ],
    patterns: en(
      String.raw`\b(?:this is|you're speaking (?:with|to)|you are speaking (?:with|to)|calling (?:you )?from|message from|i'm|i am|we're|we are|officer \w+|agent \w+|investigator \w+)\b(?: \w+){0,3}? (?:with |from |at |of )?(?:the )?(?:state |federal )?${EN_REG}`,
    ),
  },
  {
    // An invented penalty on the principal, or a fee for each call, text or visit.
    id: 'misrepresentation.false_consequence',
    lang: 'en',
    negatable: true,
    triggers: ['fee', 'charge', 'penalty', 'surcharge'],
    patterns: en(
      String.raw`\b(?:every|each|per)\b(?: \w+){0,3}? (?:call|text|letter|reminder|visit|contact|message|email|voicemail|time (?:an? |we |our )?\w+)s?\b${EN_GAP(50)}\b(?:fee|charge|surcharge|penalty)\b`,
      String.raw`\b[1-9]\d\s?% (?:\w+ ){0,3}?(?:penalty|fee|charge|surcharge)\b${EN_GAP(30)}\b(?:principal|balance|full amount|what you owe)\b`,
      String.raw`\b(?:penalty|fee|charge|surcharge) (?:of |equal to )?[1-9]\d\s?% of (?:the |your )?(?:full |entire |whole |total |outstanding )?(?:principal|balance|debt|amount)\b`,
    ),
  },
  {
    // A relative's credit said to suffer; true late records "guaranteed" to go.
    id: 'misrepresentation.false_consequence',
    lang: 'en',
    negatable: true,
    triggers: ['credit'],
    patterns: en(
      String.raw`\b(?:wife|husband|spouse|partner|kids|children|parents|family|mum|mom|dad|son|daughter)(?:'s|s'|s)?\b${EN_GAP(30)}\bcredit(?: scores?| ratings?| reports?| files?| history)?\b${EN_GAP(30)}\b(?:hit|drop|suffer|affected|damaged|tank|ruined|go down|take)\w*`,
      String.raw`\b(?:remove|delete|erase|wipe|scrub|purge|clear)\w*\b${EN_GAP(40)}\b(?:from|off) (?:all (?:three )?|every )?(?:the |your )?(?:credit (?:bureaus?|agencies|reports?|files?|history|records?))`,
    ),
  },
  {
    // A smear about someone told to a landlord, a manager or a group.
    id: 'defamation.label',
    lang: 'en',
    negatable: true,
    triggers: [
      'landlord',
      'landlady',
      'property manager',
      'tenant',
      'everyone',
      'everybody',
      'stay away',
      'watch out',
      'beware',
      'psa',
      'heads up',
      'posting',
    ],
    patterns: en(
      String.raw`\b(?:landlord|landlady|property manager|tenant|everyone|everybody|stay away|watch out|beware|psa|heads up|posting)\b${EN_GAP(60)}\b(?:is|he's|she's|they're|are) (?:a |an )?(?:\w+ )?${EN_LABEL}\b`,
    ),
  },
];
