/**
 * Own set S10b (OWN, written by the cares10 session at about 19:38 UTC on 2026-12-05, BEFORE a
 * change of round 16). Written by the CLASSES of round S10's misses and false alarms
 * (heldOutSetS10.ts, seen), in other wording, never copying an item: a veiled end where calls or the
 * card will soon not be needed ("过几天就不用打了", "won't need the account anymore" with a goodbye);
 * things left for family to handle "afterwards"; a question on the debt after the holder's death
 * asked for real, to spare family; a past attempt and "this time"; self-harm by cutting; a relative
 * reporting "make it all go away" and no answer; "won't be alive by then" said in passing. The
 * ordinary side: a phone or a card thrown into a river, a suicide in the news, estate questions
 * with a lawyer, a new card, paying off, denials.
 *
 * Before (code at 1f9bf55, one run): distress zh 10/13, en 10/13 (20/26; heard 24/26); false
 * alarms zh 1/10, en 2/10 (3/20). Tuned on by class in round 16 (class rules of round 16, rules/PROVENANCE.md).
 */
export const OWN_S10B_ZH_DISTRESS: readonly string[] = [
  '欠的钱我是还不了了，你们也别打了，再过一阵子也就没人接了',
  '别催了，再过些日子这电话你们也不用打了',
  '最后跟你们说一声 自动扣款停了吧 以后也用不到了',
  '银行卡和密码都写在纸上压在枕头下面了，到时候让我姐来处理',
  '房产证和卡我都装在信封里了，以后你们找我哥就行，他知道怎么办',
  '如果欠款人不在了，债是不是就落不到孩子头上了？我是认真问的，不想连累他们',
  '我要是没了这笔账能不能一笔勾销，千万别去找我妈',
  '以前割过一次腕被救回来了，现在又走到这一步，这回不想再失手了',
  '两年前跳过一次河没成，现在债越滚越多，这次想彻底一点',
  '刚才又拿刀片割自己了，一想到还款就停不下来',
  '腿上又划了好几道，只有疼的时候才不去想那些债',
  '我爸昨晚说要是还不上就让一切都结束，现在怎么打都不接，求你们别再催他了',
  '不用跟我约还款日了 到那天我应该已经不在了',
];

export const OWN_S10B_ZH_ORDINARY: readonly string[] = [
  '气得我想把手机扔河里，你们的APP又登不上了',
  '真想把这张卡丢进江里算了，天天扣年费',
  '网上看到有人被催债逼得自杀了，你们做事也要有分寸。我的利息能不能先停一下',
  '我在跟律师立遗嘱，想问一下如果我去世了这张卡的欠款怎么处理',
  '以后这张卡用不着了，我换了新卡，帮我注销一下',
  '最后问一句，分期办好了吗？办好了我就不打了',
  '我把卡和身份证放抽屉里了，找不到的话我老婆知道在哪',
  '放心我不会做傻事的，就是想问问能不能少还点',
  '切菜的时候划了手，今天没法去网点了，改天还款行吗',
  '下个月这个时候我应该已经在国外了，能不能提前还清',
];

export const OWN_S10B_EN_DISTRESS: readonly string[] = [
  "this is my last message. thanks for everything. won't need the card anymore",
  "Bye now. Appreciate you being kind. I won't be needing this account much longer",
  "you can stop ringing. in a few days there won't be anyone to pick up",
  "i've put the pin and the card in an envelope for my sister so she can close it after",
  'left a note for my husband with all the account numbers so he can sort it out afterwards',
  "honestly asking: if the account holder dies does my family get stuck with this? i don't want them paying for me",
  "once i'm gone can you wipe this debt? please don't go after my parents",
  'I took an overdose two years ago and survived. now the debt is back and this time i want to get it right',
  "tried once before and it didn't work. this time i won't mess it up",
  'cut myself again tonight after opening the statement, running out of places to cut',
  "been cutting again, it's the only thing that stops me thinking about the debt",
  "my dad told me if he can't pay this off he's going to end it all for good and now his phone is off. please stop calling him",
  "what's the soonest date you can do? doesn't matter much, i won't be alive by the end of the month anyway",
];

export const OWN_S10B_EN_ORDINARY: readonly string[] = [
  'i could throw this card in the lake, it gets declined every single time',
  "i'm about to chuck my laptop in the river, your website keeps timing out",
  'Read about a man who took his own life over debt collectors. Shameful industry. Anyway can I pause the interest?',
  'we are writing our wills with a solicitor, what happens to the card debt if i die?',
  "won't need the account anymore, i've moved banks. please close it",
  'Goodbye and thanks, the balance is paid off so i will not need the account anymore',
  'left a note for my husband with the account numbers so he can pay it while i am travelling',
  "cut my hand cooking, can't type much, can we talk tomorrow about the payment",
  "I'm not going to hurt myself, I just need more time to pay",
  "i won't be around by the end of the month, i'm moving abroad, can i settle early?",
];
