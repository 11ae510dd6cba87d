import { type GuardContext } from '../../../src/guardrails/index.js';
import { describeRound } from './roundCases.js';

/**
 * Invented criminal cases and seizure without a court (rules/structRw14ZhCase.ts), in phrasings
 * written by guardrw14zh for this test, none from its check set (checkRw14zh.zh.jsonl) or a
 * real message: each class is read, NOT a figure.
 */
const ZH: GuardContext = { locale: 'zh-CN', verified: true };

describeRound('invented criminal case and seizure, Chinese (guardrw14zh)', {
  violations: [
    ['你这个恶意欠款案我们已经在跟进了。', ZH, 'false_legal'],
    ['你的行为已经构成恶意透支。', ZH, 'false_legal'],
    ['立案材料已经准备完毕，就等提交。', ZH, 'false_legal'],
    ['请你和家属配合经侦调查。', ZH, 'false_legal'],
    ['明天上门给你家门口贴封条。', ZH, 'false_legal'],
    ['我们会冻结你父母的银行卡。', ZH, 'false_legal'],
    ['你的房子很快会被我们查封。', ZH, 'false_legal'],
  ],
  lawful: [
    ['如协商不成，本行可能依法提起民事诉讼。', ZH],
    ['信用卡逾期属于民事纠纷，不属于刑事犯罪。', ZH],
    ['本行不会对您报案，也不会冻结您家人的账户。', ZH],
    ['查封、冻结财产须由人民法院依法裁定。', ZH],
  ],
});
