import type { ClassRule } from '../../distressRule.js';
import { DECIDED, both } from '../sharedWords.js';

/**
 * Questions about the debt after one's own death, asked with a plan, a near date, a decision
 * made or to spare the family ("if I die does the card go to my wife? I've made up my mind").
 */

/** Estate planning with a lawyer: the everyday reason to ask what happens to a debt after death. */
const ESTATE = /律师|公证|立遗嘱|\b(?:lawyer|solicitor|attorney|estate plan\w*|(?:our|my) wills?)\b/;

/** A relative's death, an estate, a policy or a card product: the death is not the writer's own. */
const NOT_MY_DEATH =
  /去世|过世|身故|遗产|继承|家属|保险|保单|附属卡|注销|(?:我|我的)(?:爸|妈|父亲|母亲|老公|老婆|爷爷|奶奶|外公|外婆|舅舅|叔叔|姑姑|阿姨|哥|姐|弟|妹)[^。！？]{0,3}(?:走了|没了|不在了)|\b(?:(?:my|a|our|the|their|his|her) wills?|estate|executor|probate|solicitor|lawyer|insurance|insured|policy|cover|authori[sz]ed user|deceased|late (?:husband|wife|father|mother|dad|mum|mom)|(?:my|our|his|her) (?:dad|mum|mom|father|mother|husband|wife|nan|gran\w*|grandpa|grandma|brother|sister|uncle|aunt) (?:is gone|died|passed))\b/;

/** Family who might be made to pay, or asked about, after the writer's death. */
const FAMILY_PAYS =
  /家里人|家人|家里|老婆|老公|媳妇|儿子|女儿|孩子|爸妈|父母|我妈|我爸|头上|替我|一笔勾销|不用还|找(?:他|她|他们)|\b(?:wife|husband|partner|son|daughter|kids?|children|parents|mum|mom|dad|family|nobody in my family|written off|wiped|die with me|chase|stuck with|inherit)\b/;

/** Family, or the debt passed on: "追我阿媽", "go after my wife", "使唔使幫我還". */
const DEBT_TO_FAMILY =
  /(?:阿?媽|阿?妈|阿?爸|老婆|老公|屋企人?|家里人?|家人|爸妈|父母|儿子|女儿|仔|女|孩子|细路)[^。！？]{0,10}(?:还|還|追|找|算|背|承担|負責|负责|俾|畀)|(?:追|找|算到|落到|轉到|转到)[^。！？]{0,6}(?:阿?媽|阿?妈|阿?爸|老婆|老公|屋企|家里|家人|爸妈|父母|儿子|女儿|孩子)|\b(?:go(?:es)? after|chase|pass(?:es)? to|fall(?:s)? on|pay (?:it )?off|inherit|come after|hound)\b[^.?!]{0,30}\b(?:my )?(?:mum|mom|dad|wife|husband|family|kids|children|son|daughter|parents|partner)\b|\b(?:my )?(?:mum|mom|dad|wife|husband|family|kids|children|son|daughter|parents|partner) (?:have|has|need|needs) to pay\b|\bdie with me\b/;

/** Away for an everyday reason: travel, a move, a place named. */
const AWAY_ERRAND =
  /香港|国内|國內|国外|外國|外国|出国|出國|移民|留学|出差|旅行|旅游|公司|屋企度|家里|在家|搬家|飞|機場|机场|\b(?:flying|flight|abroad|holiday|vacation|travel\w*|trip|moving|office|work|voicemail|call me back|leave a message|overseas|passed away|died)\b/;

export const AFTER_DEATH_QUESTION_RULES: readonly ClassRule[] = [
  // The debt after one's own death, asked with a plan ("…我想提前安排好", "asking for me").
  {
    id: 'debtAfterDeathPlanned',
    family: 'indirect',
    cue: /死|去世|没了|不在了|走了|die|dead|death|pass|gone|kill/,
    pattern:
      /(?:我|本人|持卡人)人?(?:要是|如果)?(?:死了|去世了?|没了|不在了|走了)[^]{0,60}?(?:提前安排|安排好|安排一下|弄清楚再|问清楚再|再走|再做决定|做决定|下决心|就放心了|安心(?:地)?走)|\b(?:when|if) (?:i|you|the (?:card ?holder|account ?holder)|someone|a person) (?:die|dies|am dead|is dead|pass(?:es)? away|kills? (?:themselves|himself|herself|myself))\b[^]{0,80}?\b(?:before i (?:go ahead|do (?:it|this|anything))|go ahead with (?:this|it)|so i can plan|asking for (?:me|myself)|exit plan)\b/,
    unless:
      /律师|遗嘱|帮(?:我)?(?:爸|妈|舅|叔|姨)|(?:爸|妈|舅|叔|姨|爷|奶)[^。！？]{0,4}(?:刚走|去世|过世)|\b(?:lawyer|attorney|estate plan\w*|my will|trust|probate|(?:dad|mom|father|mother|aunt|uncle|grandma|grandpa)(?: just)? (?:died|passed))\b/,
  },
  // Death-of-holder questions said with urgency or a plea not to ask: "need to know soon … don't ask why".
  {
    id: 'holderDeathUrgent',
    family: 'indirect',
    cue: both(
      /ask why|ask me why|need to know|planning to|asking because|before then|soon|think i'?ll|think ill|think i will|别问|别的没啥|没别的|别多想|快了/,
      /die|pass|gone|think i|没了|不在了|死了/,
    ),
    pattern:
      /\b(?:don'?t|dont|do not) think (?:i'?ll|ill|i will) (?:be (?:here|around|alive)|still be (?:here|around))\b(?= (?:next (?:month|year|week)|(?:for )?much longer|by (?:then|christmas|the (?:time|end))|after (?:this|tonight|today|the weekend)|to see))|\b(?:if (?:i|the (?:account|card) ?holder) (?:die|dies|pass(?:es)?(?: away)?)|after i'?m gone|when i'?m gone)\b[^]{0,80}\b(?:don'?t ask (?:me )?why|need to know (?:soon|by|this week|today|tonight)|asking because i'?m planning|want (?:everything|it all) sorted before then|before then)\b|(?:要是|如果|万一)我(?:人)?(?:没了|不在了|死了)[^]{0,40}(?:别问为什么|别问了|别的没啥|没别的意思|别多想|快了)/,
  },
  // An after-death question with the decision made: "如果我以后不在了…会不会影响我女儿…我已经想好
  // 了", "if i die does the debt pass to my wife i've made up my mind".
  {
    id: 'afterDeathDecided',
    family: 'farewell',
    cue: /不在了|走了|死了|没了|die|gone|around|here/,
    pattern:
      /(?:我|人)(?:以后)?(?:不在了|走了|死了|没了)|\bif i (?:die|'?m not (?:around|here) (?:anymore|any more)|am not (?:around|here) (?:anymore|any more))\b|\b(?:when|once|if) i'?m gone\b/,
    needs: DECIDED,
    unless:
      /决定(?:了)?(?:买|选|分期|办|还)|\b(?:decided (?:to|on) (?:buy|get|take|go with|pay)|made my decision on the (?:plan|policy))\b/,
  },
  // A question on the debt after the holder's death, asked for real to spare family: "如果持卡人
  // 不在了…不想拖累他们", "我走了以后这个账能不能销掉，别去找我爸妈", "asking for real. i need to
  // know my wife wont be stuck with it".
  {
    id: 'afterDeathSpareFamily',
    family: 'farewell',
    cue: /不在了|走了|没了|死了|die|gone|pass/,
    pattern:
      /(?:持卡人|欠款人|借款人|我)(?:要是|如果)?(?:以后)?(?:不在了|走了|没了|死了)|\bif (?:the )?(?:card ?holder|account ?holder|borrower|i) (?:dies?|passes(?: away)?|passed away|(?:was|were|am|'?m) gone)\b|\b(?:once|when|after) i'?m gone\b|\bafter i die\b/,
    needs:
      /(?:不想|别|不要|千万别)(?:再)?(?:拖累|连累|去找|找)|\b(?:wont be stuck|won'?t be stuck|don'?t want (?:them|her|him|my \w+) (?:paying|to pay|stuck|to be stuck)|(?:don'?t|dont|do not) go after|leave (?:my \w+|them) alone)\b/,
    unless: ESTATE,
  },
  // The debt after my own death, asked for real, with a near date, or to spare family: "认真问一句…
  // 我要是不在了", "not a what-if: if I die", "我死了…别去我爸妈家".
  {
    id: 'afterDeathForReal',
    family: 'farewell',
    cue: /不在了|没了|死了|走了|die|dead|gone|happen/,
    pattern:
      /(?:我|人)(?:人)?(?:要是|如果|万一)?(?:哪天)?(?:不在了|没了|死了|走了)|\b(?:if|when|once|after) (?:i|i'?m|i am) (?:die|dead|gone)\b|\bif i (?:was|were) (?:dead|gone)\b|\bif something (?:happens|happened) to me\b/,
    needs:
      /认真(?:问|的)|不是开玩笑|说真的|真心问|不是假设|不是随便问|(?:别|不要|千万别)(?:再)?(?:去|找|打给|打扰|烦|为难|骚扰)(?:我)?(?:爸妈|父母|家里人?|家人|老婆|老公|孩子|妈|爸)|\b(?:leave my (?:mum|mom|dad|parents|kids|wife|husband|family) alone|(?:don'?t|do not) (?:go after|chase|bother|contact) my (?:mum|mom|dad|parents|kids|wife|husband|family))\b|(?:这个月|下个月|过几天|月底)(?:就)?(?:不在|没了|死了|走了)|\b(?:(?:dead|gone) (?:next (?:week|month)|by (?:friday|monday|the weekend|payday)|this (?:week|month)|tonight|tomorrow)|for real|not (?:a )?hypothetical(?:ly)?|not a what[- ]if|genuinely asking|like actually|not (?:a )?joke|not joking|i mean it|(?:a )?real answer)\b/,
    unless:
      /律师|公证|遗嘱|去世|过世|家属|继承|遗产|买保险|投保|\b(?:credit (?:protection|insurance)|payment protection|ppi|life cover|considering|thinking of (?:getting|buying)|quote|lawyer|solicitor|attorney|wills?|estate|executor|next of kin|(?:my|our|his|her) \w+ (?:died|passed))\b/,
  },
  // My own death and who pays the card then: "我要是走了，这卡的欠款会不会算到我老婆头上", "人没了
  // 的话卡债家里要替还吗", "once I'm dead don't call my daughter about the balance".
  {
    id: 'whoPaysAfterMe',
    family: 'indirect',
    cue: /走了|没了|死了|不在了|死后|gone|dead|\bdie|death|pass|no longer|(?:n'?t|not) (?:here|around)/,
    pattern:
      /(?:我|人)(?:要是|如果|万一|哪天|真的?)*(?:走了|没了|死了|不在了)(?:的话|以后|之后)?[^。！？]{0,24}(?:欠款|欠的钱|欠的|债|这笔钱|这笔账|剩下的|余额|钱)|(?:我|人)死后[^。！？]{0,16}(?:欠款|欠的钱|债|钱)|\b(?:if|when|once|after) (?:i'?m|i am|i was|i were|i) (?:gone|dead|die|died|pass(?:ed)? away|no longer (?:here|around)|not (?:here|around)(?: anymore| any more)?|wasn'?t (?:here|around)(?: anymore| any more)?|weren'?t (?:here|around)(?: anymore| any more)?)\b[^.?!]{0,60}\b(?:debts?|balance|owe\w*|card|account|bill)\b|\b(?:debts?|balance|card|account)\b[^.?!]{0,40}\b(?:when|if|once|after) i (?:die|'?m dead|'?m gone|am gone|pass)\b|\bafter my death\b/,
    needs: FAMILY_PAYS,
    unless: NOT_MY_DEATH,
  },
  // Not here after tonight, and the debt on the family: "如果我今晚之後唔喺度，張卡嘅數會唔會追我阿媽",
  // "if i'm not here after tonight will the card debt go after my wife".
  {
    id: 'notHereAfterTonightFamilyPays',
    family: 'indirect',
    cue: /唔喺|不在|走了|走咗|here|around|gone/,
    pattern:
      /(?:今晚|聽日|听日|明天|明日|过了今晚|過咗今晚|之後|之后|以后|以後)[^。！？，,]{0,4}(?:(?:應該|应该|就|都|已经)?(?:唔喺度|唔喺(?:喇|啦|了)|不在了|不在世|不在这里|不在这儿)|走咗)|(?:如果|要是|假如|万一)我(?:真的)?(?:不在了|唔喺度|不在这里|走咗|走了)|\b(?:i'?m|i am|i'?ll be|i will be) (?:not|no longer) (?:here|around)\b[^.?!,]{0,20}\b(?:after|by|past|anymore|tomorrow)\b|\b(?:won'?t|wont|will not) be (?:here|around)\b(?! (?:at|on|for|till|until|between|long|this afternoon)\b)|\bwhen i'?m gone after\b/,
    needs: DEBT_TO_FAMILY,
    unless: AWAY_ERRAND,
  },
];
