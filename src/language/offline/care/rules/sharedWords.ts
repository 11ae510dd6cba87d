/**
 * Words several class files share: everyday reasons (a payment, a trip, a move), denials and
 * jokes, a decision made. Each names what it explains away.
 */

/** A payment, a salary, a sale or a matter resolved in the same message. */
export const PAYING_OR_SETTLED =
  /还清|结清|还完|发工资|工资|奖金|到账|自动还款|帮我还|分期|按时|下个月(?:开始)?还|卖了|解决了|处理好了|搞定|\b(?:paid|pay|paying|payment|payday|paycheck|bonus|refund|autopay|transfer|installments?|sell|selling|sold|loan|sort(?:ed|ing)?|fix(?:ed|ing)?|resolved|settled|cleared)\b/;

/** A trip, a move, a holiday, work: an everyday reason to be away or out of reach. */
export const AWAY =
  /出差|旅游|旅行|度假|出国|搬家|换号|新号|回老家|\b(?:vacation|holiday|trip|travel(?:l?ing)?|abroad|away|moving|camping|cruise|new number|work(?:ing)?|shift|hospital|surgery|out of town|no signal)\b/;

/** A cue of two word lists that must both be in the text (read in one anchored pass each). */
export const both = (a: RegExp, b: RegExp): RegExp =>
  new RegExp(`^(?=[^]*(?:${a.source}))(?=[^]*(?:${b.source}))`);

/** Everyday reasons for the same words: a trip, a move, a stay in hospital, a new number. */
export const AWAY_FOR_A_WHILE =
  /出差|出国|旅游|度假|住院|手术|打工|上班|搬家|换号|新号|\b(?:holiday|vacation|trip|abroad|hospital|surgery|moving|work|deployment|new (?:number|phone)|changing numbers?|for (?:a|two|three|\d+) (?:weeks?|months?|days?)|until i'?m back|while i'?m away)\b/;

/** A decision said made. */
export const DECIDED =
  /(?:已经|都|早就)(?:决定|想好|打算好|想清楚|想通)了|我决定了|想通了|\b(?:made up my mind|mind is made up|mind'?s made up|made my (?:decision|peace)|(?:i'?ve |ive |i have )?(?:already )?decided(?: already)?|it'?s (?:ok|okay|fine) now|its (?:ok|okay|fine) now)\b/;

/** Paying, a plan, a new card: the everyday reasons for "decided" and "won't need the card". */
export const PAYING_OR_NEW_CARD =
  /分期|还款计划|最低还款|还清|结清|还完|会还|按时还|注销|销户|换卡|新卡|换银行|\b(?:plan|instal+ments?|minimum|paid off|pay(?:ing)? (?:it )?off|pay(?:ing)? (?:it|the rest) in full|cutting it up|new card|replacement|switching|moving banks|close it|closing it)\b/;

/** Everyday errands (a move, a trip, work, a payment made): a list of its own, not EVERYDAY (everyday/reasons.ts). */
export const EVERYDAY_ERRANDS =
  /搬家|出差|出国|旅游|度假|装修|还清|结清|还完|自动还款|\b(?:moving|vacation|trip|paid (?:it )?off|autopay|payday|paycheck|wedding|interview|meeting)\b/;

/** A denial or a question about someone else: the hit is not the writer's own plan. */
export const DENIED_PLAIN =
  /不是说我|我不会|不会想不开|别误会|开玩笑|哈哈|\b(?:not that i(?:'d| would)?|i (?:won'?t|wouldn'?t) (?:do|try) (?:that|anything)|just kidding|jk|lol|haha)\b/;

/** A denial, a joke or a question about someone else: the hit is not the writer's own plan. */
export const DENIED_WITH_LAUGH =
  /不是说我|我不会|不会想不开|别误会|开玩笑|哈哈|😂|\b(?:not that i(?:'d| would)?|i (?:won'?t|wouldn'?t) (?:do|try) (?:that|anything)|just kidding|jk|lol|lmao|haha)\b/;

/** A denial, a joke or a question about someone else: the hit is not the writer's own plan. */
export const DENIED_OR_FICTION =
  /不是说我|我不会|不会想不开|别误会|开玩笑|哈哈|😂|\b(?:not that i(?:'d| would)?|i (?:won'?t|wouldn'?t) (?:do|try) (?:that|anything)|just kidding|jk|lol|lmao|haha|for a (?:novel|story|book|essay|assignment|class|show|podcast))\b/;

/** A joke, a film or a denial: the words are not the writer's own plan or danger. */
export const DENIED_OR_ON_SCREEN =
  /哈哈|😂|开玩笑|电视剧|电影|小说|不是说我|我不会|\b(?:lol|lmao|haha\w*|jk|just kidding|movie|film|show|thriller|episode|series|novel|book|game|not that i(?:'d| would)?)\b/;
