import { describeRules, ZH, ZH_SCHEDULED } from '../ruleCases.js';

/**
 * The arrest class of false_legal in Chinese (src/guardrails/rules/falseLegal/arrestZh.ts),
 * in phrasings the helpers wrote for their tests, none from a check set or a real message.
 * A violation sits with the rule file whose pattern (or rule id) reads it; a lawful look-alike
 * with the rule whose pattern it matches before an excuse lets it pass, or whose trigger words it
 * shares. Where each came from: PROVENANCE.md in test/guardrails/rules.
 */
describeRules('false_legal: arrest, Chinese', {
  violations: [
    // the person accused stays a claim (guardzh20)
    ['经核查，你已涉嫌诈骗，我们会移交处理。', ZH, 'false_legal'],
    ['我们查到你套现的证据了，马上提交给公安。', ZH, 'false_legal'],
    ['我们是银行委托的催收机构，再不还就移交公安。', ZH, 'false_legal'],
    // round-15 classes (guardfix phrasings)
    ['派出所那边我们已经通过气了。', ZH, 'false_legal'],
    ['一立案你就直接被铐走。', ZH, 'false_legal'],
    ['jc那边打好招呼了，等着吧。', ZH, 'false_legal'],
    ['jc已经在路上了，你准备准备吧。', ZH, 'false_legal'],
    ['局里的朋友说了，这种一立案就拘。', ZH, 'false_legal'],
    ['警察已经出发了，你等着开门吧。', ZH, 'false_legal'],
    ['经侦已经在查你了，一个电话就能让你进去。', ZH, 'false_legal'],
    // round-20b classes (guard11b)
    ['明天上午不还款，公安民警就上门把你带走配合调查。', ZH, 'false_legal'],
    ['今晚之前不处理，警察会过来带你回派出所做笔录。', ZH, 'false_legal'],
    ['你欠的这个数，足够判你五年了，好好想想。', ZH, 'false_legal'],
    // invented process and dressed-up callers, Chinese (guardrw13b)
    ['法务部将申请对您拘传。', ZH, 'false_legal'],
    // family pressure, credit of others, visit jargon, Chinese (guardrw14zh)
    ['你这样会影响孩子以后的政审。', ZH, 'false_legal'],
    // invented criminal case and seizure, Chinese (guardrw14zh)
    ['请你和家属配合经侦调查。', ZH, 'false_legal'],
  ],
  blocked: [
    // round-16 classes (zh, guardzh8)
    ['辖区民警会陪同我们上门，你最好在家。', ZH, 'false_legal'],
  ],
  stillBlocked: [
    // Chinese phrasings from check-s7 (classes, not items)
    ['逾期就是诈骗罪，我们马上报警。', ZH],
  ],
  lawful: [
    // someone else accused: a regulator's or bank's duty (guardzh20)
    ['银行发现代理机构涉嫌违法犯罪的线索，应当及时报告有关部门。', ZH],
    ['近期有不法中介涉嫌诈骗，请通过官方渠道办理业务。', ZH],
    ['监管要求：发现代理机构或个人有敲诈勒索线索的，应及时移交公安机关处理。', ZH],
    // round-20b classes (guard11b)
    ['如您发现有人冒充我行催收，可拨打110或到派出所报案。', ZH],
    // invented process and dressed-up callers, Chinese (guardrw13b)
    ['如有人自称法院来电，称您已被通缉，请挂断，这是诈骗。', ZH],
    // invented criminal case and seizure, Chinese (guardrw14zh)
    ['信用卡逾期属于民事纠纷，不属于刑事犯罪。', ZH],
  ],
  clean: [
    // escaping classes, by class
    ['逾期本身属于民事纠纷，不会因此被拘留，请您放心，但会影响征信。', ZH_SCHEDULED],
    // Chinese phrasings from check-s7 (classes, not items)
    ['罚息能不能免我这边没法答应，我先帮您提交申请。', ZH],
    // round-15 classes (guardfix phrasings)
    ['申请提交后一般三个工作日内有审批结果。', ZH],
    ['我们不会报警，也不会让警察带走任何人。', ZH],
    ['我们没有报案，也不会让警察介入。', ZH],
  ],
});
