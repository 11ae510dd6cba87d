/**
 * Whether a person or a machine is writing, asked as a question (conv19): "is there an actual
 * person on the other end of this?", "are you a live agent or is this automated", "am i chatting w
 * a bot rn", "r u even a person lol", "who's this, a bot?", 人工还是自动的, 跟我聊天的是个机器人吧,
 * 你们是不是用AI在回我, 你是人工客服还是智能客服, 你们是真人客服吗, 你到底是不是真人. Such a
 * question names a person ("agent", 真人客服) without asking for one: the truth is the answer (an
 * automated assistant, a person on request), unless the same message also asks for a person.
 * Read on the normalised (lower-case) text.
 */
const IDENTITY_QUESTION: readonly RegExp[] = [
  // "is there an actual person on the other end", "is this a person?", "are you a live agent", "r u even a person".
  /\b(?:is (?:this|it|that)|are (?:you|u|ya)|r (?:u|you|ya)|am i (?:talking|texting|chatting|speaking|messaging)(?: to| with| w)?)(?: even| really| actually| just)? (?:an? |some )?(?:real |live |actual |human |breathing )?(?:person|human|agent|rep|representative|bot|robot|machine|computer|ai|chat ?bot|automated)\b/,
  /\bis there (?:an? |some )?(?:real |live |actual |human )?(?:person|human|agent|rep|representative|one|body)\b(?: (?:actually|really))? (?:on the other (?:end|side)|behind|reading|typing|answering|replying|there|here|in there)\b/,
  /\bis (?:someone|somebody|anyone|anybody)(?: real| actually| really)? (?:real|there|reading|replying|typing|answering|on the other (?:end|side))\b/,
  // "talking to a human?", "u human?", "who's this, a bot?".
  /^[\s\p{P}]*(?:(?:so|wait|hold on|hey|hi|ok|okay|lol)[\s,.!]+)*(?:am i )?(?:talking|texting|chatting|speaking) (?:to|with|w) (?:an? )?(?:real |actual |live )?(?:human|person|bot|robot|machine|agent)[\s\p{P}]*\?/u,
  /^[\s\p{P}]*(?:(?:so|wait|hold on|hey|hi|ok|okay|lol)[\s,.!]+)*(?:u|you|ya|ur|you'?re|youre) (?:an? )?(?:real |actual )?(?:human|person|bot|robot)[\s\p{P}]*\?/u,
  /\bwho(?:'s| is) (?:this|that|there|writing|texting)[\s,:-]+(?:is (?:it|this) )?(?:an? )?(?:bot|robot|machine|person|human|real person|computer)\b/,
  // conv19b: short and alone: "who r u, a bot?", "who are you??", "what are you exactly", "u a bot?"
  // (never "who is this? how did you get my number", a question about the bank with its own answer).
  /^[\s\p{P}]*(?:(?:so|wait|hold on|hey|hi|ok|okay|lol|um+|uh+|and)[\s,.!]+)*(?:who|what|wat|wut) (?:are|r|re) (?:you|u|ya)(?: (?:exactly|even|actually|really|then|lol|tho|though))*(?:[\s\p{P}]+(?:an? |some |just an? )?(?:bot|robot|machine|ai|chat ?bot|person|human|computer|real person)(?: or (?:an? )?(?:bot|robot|machine|ai|person|human|real person))?)?[\s\p{P}]*$/u,
  /^[\s\p{P}]*(?:(?:so|wait|hey|hi|ok|okay|lol)[\s,.!]+)*(?:u|you|ya|r u|are u|are you) (?:an? )?(?:bot|robot|machine|ai|chat ?bot)[\s\p{P}]*$/u,
  // An agent, a person or a live chat against a machine, either way round.
  /\b(?:person|human|agent|rep|representative|live chat|real (?:one|thing))\b[^.?!]{0,24}\bor (?:is (?:this|it) )?(?:an? |just an? )?(?:bot|robot|machine|automated|auto(?:matic)?|ai|computer|script|program)\b/,
  /\b(?:bot|robot|machine|automated|ai|computer|script|program)\b[^.?!]{0,24}\bor (?:an? )?(?:real |live |actual )?(?:agent|person|human|rep|representative)\b/,
  // 人工还是自动的, 人还是机器, 人工客服还是智能客服, 人工的还是机器的, 机器人还是真人客服.
  /(?:人工|真人|活人|人|客服|坐席)(?:客服)?(?:的)?(?:在回)?还是(?:机器人|机器|ai|智能|自动|程序|电脑|系统|chat ?gpt|gpt)/,
  /(?:机器人|机器|ai|智能|自动|程序|电脑|系统)(?:客服|回复)?(?:的)?还是(?:真人|人工|活人|人)/,
  // conv19b: 你是谁 / 你是什么 alone or with 是机器人吗; Cantonese 你係咪機械人, 係唔係真人; a bare 机器人吗？
  /^[\s\p{P}]*(?:请问|那|所以|喂)?(?:你|您)(?:到底|究竟)?是(?:谁|誰|什么|什麼|啥)(?:啊|呀|呢|吗|嘛)?(?=[\s\p{P}]*$|[\s\p{P}]*(?:是不是|是|係咪|系咪)?(?:个|一个|個)?(?:机器人|機器人|机械人|機械人|机器|ai|真人|人工智能))/u,
  /(?:係咪|系咪|係唔係|系唔系|是咪|是唔是)(?:個|个|一個|一个)?(?:機械人|机械人|機器人|机器人|機器|机器|真人|ai|人工智能|電腦|电脑)/,
  /^[\s\p{P}]*(?:机器人|機器人|机械人|機械人|ai|人工智能|自动回复)(?:吗|么|嘛|啊|呀|咩|\?|？)[\s\p{P}]*$/u,
  // 是个机器人吧, 是不是AI, 用AI在回我, 真人客服吗, 是人工吗, 到底是不是真人, 是真人在跟我聊吗.
  /是(?:个|一个)(?:机器人|机器|ai|程序|智能客服|自动回复)(?:吧|吗|么|啊|呢|呀|\?|$)/,
  /是不是(?:个|一个)?(?:真人|活人|人工|机器人|机器|ai|人工智能|程序|真的人)(?:啊|呀|呢|吧|\?|$|[\s\p{P}])/u,
  /(?:是|是不是)(?:用|拿)(?:ai|机器人|程序|机器|自动回复|chat ?gpt|gpt)(?:在)?(?:回|答|发|聊)/,
  /(?<![有找要转换接])(?:真人|人工|活人)(?:客服)?(?:在)?(?:回复?|回答|打字|聊)?(?:的)?(?:吗|么|嘛|\?)/,
  /(?:是|有)(?:真人|活人|人工)在(?:跟|和|给)我(?:聊|说|回|打字)/,
  /在(?:跟|和)(?:真人|机器人|机器|人工|ai|活人)(?:聊天?|说话|对话|沟通)?(?:吗|么|嘛|呢|\?)/,
];

/**
 * The same message asks for a person too ("are you a bot? i want a real person", "是机器人吗 我要转人工"):
 * then the request for a person stands.
 */
const ASKS_FOR_PERSON: readonly RegExp[] = [
  /\bi (?:want|need|wanna|would like|'d like|demand)\b|\b(?:let me|can i|could i|may i|i'?d rather) (?:talk|speak|chat|get|have)\b|\b(?:get|give|put|transfer|connect) me\b|\b(?:human|person|agent|rep|representative) (?:pls|plz|please|now|asap)\b|\bi can (?:talk|speak|chat) to\b/,
  /转人工|转接|帮我(?:转|接|找)|给我(?:转|接|找|换)|(?:我|俺)?(?:要|想)(?:找|跟|和|转|换|要)(?:个|一个)?(?:人工|真人|活人|客服|工作人员)|(?:找|换|叫)(?:个|一个)(?:人工|真人|活人|客服)|投诉/,
];

/**
 * True when the message asks whether a person or a machine is writing, and does not also ask for a
 * person (see `IDENTITY_QUESTION`).
 *
 *   asksIfBot('are you a live agent or is this automated') // true
 *   asksIfBot('请问你是人工客服还是智能客服') // true
 *   asksIfBot('are you a bot? i want a real person') // false (a person asked for)
 */
export function asksIfBot(norm: string): boolean {
  return IDENTITY_QUESTION.some((r) => r.test(norm)) && !ASKS_FOR_PERSON.some((r) => r.test(norm));
}
