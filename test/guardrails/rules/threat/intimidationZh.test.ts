import { describeRules, ZH, ZH_UNVERIFIED } from '../ruleCases.js';

/**
 * The intimidation class of threat in Chinese (src/guardrails/rules/threat/intimidationZh.ts),
 * in phrasings the helpers wrote for their tests, none from a check set or a real message.
 * A violation sits with the rule file whose pattern (or rule id) reads it; a lawful look-alike
 * with the rule whose pattern it matches before an excuse lets it pass, or whose trigger words it
 * shares. Where each came from: PROVENANCE.md in test/guardrails/rules.
 */
describeRules('threat: intimidation, Chinese', {
  violations: [
    // escaping classes, by class
    ['你等着瞧，这事没完', ZH, 'threat'],
    ['你家楼下那辆白车挺新的，可得看好了', ZH, 'threat'],
    ['我们有的是办法对付你', ZH, 'threat'],
    ['好话说尽了，接下来就不是打电话这么简单了', ZH, 'threat'],
    // classes that escaped round 10, by class
    ['你儿子哪所学校在哪我们都查到了。', ZH, 'threat'],
    ['钱今晚不到，一切后果自负。', ZH, 'threat'],
    ['拖下去的人都没什么好下场，你自己想想。', ZH, 'threat'],
    ['周末我们去你老家坐一坐，跟你爸妈喝杯茶。', ZH, 'threat'],
    // real collectors' register, Chinese (guardrw12)
    ['这是给你的最后机会，错过了就别怪我们不讲情面。', ZH, 'threat'],
    // round-19a classes, Chinese (guard19)
    ['好话已经说尽了，接下来怎么样你自己掂量。', ZH, 'threat'],
    ['这次还算客气，过了今天情面就不讲了。', ZH, 'threat'],
    // round-19b classes (guardb)
    ['bu huan qian? wo men zhi dao nin nv er zai na shang ban.', ZH, 'threat'],
    // recurring real-world classes in Chinese (guardrw15)
    ['这周不还，事情就没那么好说了。', ZH, 'threat'],
    ['钱不到位我就不是这么客气了。', ZH, 'threat'],
    ['好，你给我等着！', ZH, 'threat'],
    ['真要闹大，大家都别想好过。', ZH, 'threat'],
    // the fifteenth session blind classes in Chinese (guardrw15b)
    ['今晚出队，你自己小心。', ZH_UNVERIFIED, 'threat'],
    ['我哋有班兄弟会过嚟招呼你。', ZH_UNVERIFIED, 'threat'],
    // twelfth-session classes (guard12)
    ['qian bu huan, xiong di men ming tian guo qu zhao ni liao liao.', ZH, 'threat'],
    ['ni zi ji xiang qing chu, hou guo zi fu.', ZH, 'threat'],
  ],
  lawful: [
    // round-19a classes, Chinese (guard19)
    ['这是我最后一次打扰您，之后如有需要您可以随时联系我们。', ZH],
    ['客气话就不多说了，您这个月的账单已经出来了，请留意还款日。', ZH],
    // recurring real-world classes in Chinese (guardrw15)
    ['这个问题没有那么简单，我们需要核实后答复您。', ZH],
  ],
});
