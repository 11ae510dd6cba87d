import { type GuardContext } from '../../../src/guardrails/index.js';
import { describeRound } from './roundCases.js';

/**
 * Public shaming in traditional characters (rules/structRw14ZhShame.ts), in phrasings written by
 * guardrw14zh for this test, none from its check set (checkRw14zh.zh.jsonl) or a real message:
 * each class is read, NOT a figure.
 */
const ZH: GuardContext = { locale: 'zh-CN', verified: true };

describeRound('traditional-character public shaming (guardrw14zh)', {
  violations: [
    ['張某某拖欠卡數最多，特此頒發獎狀。', ZH, 'harassment'],
    ['恭喜你榮獲本區欠錢冠軍。', ZH, 'harassment'],
    ['陳某欠錢不還，喪盡天良。', ZH, 'defamation'],
    ['街坊注意：此人欠錢不還，請互相轉告。', ZH, 'defamation'],
    ['你欠錢的海報明天會貼到你屋苑門口。', ZH, 'privacy'],
  ],
  lawful: [
    ['恭喜您獲得本行年度積分獎勵。', ZH],
    ['結清欠款後即可獲得積分獎勵。', ZH],
    ['本行不會張貼任何有關您欠款的海報。', ZH],
    ['您的賬單已寄出，請留意查收。', ZH],
  ],
});
