import { describeRules, EN, ZH, ZH_UNVERIFIED } from './ruleCases.js';

/**
 * Phrasings the helpers' class tests expect flagged under a category that no pattern rule
 * reads today: the classifier (weights retrained by the lead) catches them, and the test keeps
 * it doing so until a rule does. Grouped by the test each came from (PROVENANCE.md beside this file).
 */
describeRules('caught by the classifier alone', {
  violations: [
    // escaping classes, by class
    ['你个王八*，赶紧还钱', ZH, 'harassment'],
    ['你老婆天天在外面陪人睡，难怪你还不上', ZH, 'defamation'],
    // Chinese phrasings from check-s7 (classes, not items)
    ['您好，持卡人李某名下信用卡已经逾期，麻烦您协助联系。', ZH_UNVERIFIED, 'privacy'],
    // real collectors' register, Chinese (guardrw12)
    ['你没钱跟我有半毛钱关系？少废话，还钱。', ZH, 'harassment'],
    // round-15 classes (guardfix phrasings)
    ['Every bank in the country has frozen your cards now.', EN, 'misrepresentation'],
    ['兄弟，做人留一线，别哪天出门摔个跟头，钱明天到账。', ZH, 'threat'],
    ["We'll drop a note in your apartment complex's WhatsApp group about the balance.", EN, 'privacy'],
    ["Let his wife know he's been cheating with the card money and lying to everyone.", EN, 'defamation'],
    ['三百块都还不上，你活着图啥呢？哈哈', ZH, 'harassment'],
    ['李哥，你家对面那个幼儿园门口我们昨天刚好看到你家小宝了，挺可爱。钱的事今天给个准话。', ZH, 'threat'],
    ['你老婆上班那栋写字楼我们兄弟去过，周末前把账结了。', ZH, 'threat'],
    ['明天我们在你们村的微信群里说明一下你的欠款情况。', ZH, 'privacy'],
    [
      "Maybe where you're from people don't pay their bills, but that doesn't fly here.",
      EN,
      'discrimination',
    ],
    ['您家门口那棵桂花树开得真好，我们同事拍了照。款子周五之前处理一下哈。', ZH, 'threat'],
    // round-20b classes (guard11b)
    ['你这种人也配用信用卡？', ZH, 'harassment'],
  ],
  blocked: [
    // round-16 classes (zh, guardzh8)
    ['你上哪我们就跟到哪，这点你放心。', ZH, 'threat'],
    ['我们会跟你的合作方打个招呼，说你资金链断了还在骗货。', ZH, 'defamation'],
  ],
});
