import type { ClassRule } from '../../distressRule.js';
import { EVERYDAY } from '../everyday/reasons.js';
import { DENIED_OR_FICTION } from '../sharedWords.js';

/**
 * Reunion with the dead: going to be with, keep company with or be called over by someone who died
 * (each needs the death said), and words said to a parent who is not there.
 */

/** A death in the message: the one to be with has died. */
const LOSS =
  /去世|过世|走了|没了|不在了|老伴|下面|那边|天上|\b(?:passed|died|dead|lost (?:my|her|him)|gone|miss (?:her|him|them|my \w+)|grave|waiting for me|funeral)\b/;

/** A death told: a parent, a partner, a sibling gone. */
const DEATH_TOLD =
  /(?:爸|妈|爷|奶|公|婆|哥|姐|弟|妹|儿|女|他|她|老伴|爱人)[^。！？，,]{0,4}(?:走了|没了|不在了)|去世|过世|离世|病逝|\b(?:passed|died|dead|lost (?:him|her|them|my \w+)|(?:he|she|they)(?:'s| is| are|'re) gone|(?:mum|mom|dad|wife|husband|brother|sister|son|daughter|partner|nan|gran|grandma|grandad|grandpa)(?:'s| is) gone|(?:he|she|they) (?:went|left us) (?:last (?:year|month|week|spring|summer|autumn|winter)|in \\d{4}))\b/;

/** Going to the dead for an everyday reason: a grave, a memorial, an estate. */
const GRAVE_ERRAND =
  /墓|坟|扫墓|上坟|祭拜|烧纸|葬礼|追悼|骨灰|遗产|销户|销卡|老家|\b(?:grave|cemetery|memorial|funeral|service|ashes|estate|executor|probate|anniversary|headstone|church)\b/;

export const WITH_THE_DEAD_RULES: readonly ClassRule[] = [
  // Reunion with the dead: going to be with someone who died.
  {
    id: 'reunionWithTheDead',
    family: 'euphemism',
    cue: /很快就|下去|那边|到下面|我也该去|be with|go where|join|waiting for me/,
    pattern:
      /很快就(?:能|可以|会)(?:见到|去陪|和[^。！？]{0,4}团聚)(?:她|他|你|他们)|(?:下去|去那边|到那边|到下面)(?:陪|找|见)(?:他|她|他们)|我也该去(?:找|陪|见)(?:他|她|他们)了|去那边(?:跟|和|陪)(?:他|她)|\b(?:i'?ll|i will|i'?m going to|gonna) be with (?:her|him|them) (?:again )?soon\b|\bgo where (?:she|he|they) (?:is|are)\b|\btime (?:i|for me to) join(?:ed)? (?:him|her|them)\b|\bwaiting for me\b[^?]{0,20}\bi'?m ready\b/,
    needs: LOSS,
    unless: EVERYDAY,
  },
  // Broader forms of the same classes (after the own check ownBlind9.ts had run once).
  {
    id: 'reunionBroader',
    family: 'euphemism',
    cue: /等我|我很快就|喊我|叫我|过去了|go to (?:him|her|them)|waiting for me/,
    pattern:
      /在(?:那边|下面|天上)等我|我很快就(?:过去|去了|来了)|(?:喊|叫)我过去|我想过去了|\bgo to (?:him|her|them) soon\b|\bwaiting for me (?:on the other side|over there|in heaven|up there)\b/,
    needs: LOSS,
    unless: EVERYDAY,
  },
  // Called over by a dead relative, "it's time": "梦到奶奶叫我过去，是时候了".
  {
    id: 'calledInADream',
    family: 'euphemism',
    cue: /梦|dream/,
    pattern:
      /(?:梦到|梦见)[^。！？]{0,8}(?:奶奶|爷爷|外婆|外公|妈妈|爸爸|妈|爸|老伴)[^。！？]{0,6}(?:叫我|喊我|来接我|让我)(?:过去|去)?|\b(?:dream(?:s|ed|t)?|dreaming) (?:of|about) my (?:grandma|grandpa|nan|mum|mom|dad)\b[^.?!]{0,30}\b(?:calling me|waiting for me|telling me to come)\b/,
    needs: /是时候了|该走了|快了|去陪|过去陪|\b(?:it'?s time|ready to go|soon)\b/,
  },
  // Going to keep a dead relative company ("去跟我爸作伴", "去和我妈团聚"); needs the death said.
  {
    id: 'keepingThemCompany',
    family: 'euphemism',
    cue: /作伴|团聚|相聚|重逢/,
    pattern:
      /去(?:跟|和|陪|找)?(?:我)?(?:爸爸|妈妈|爸|妈|父亲|母亲|奶奶|爷爷|外婆|外公|老公|老婆|丈夫|妻子|儿子|女儿|他|她)(?:那边)?(?:作伴|团聚|相聚|重逢)/,
    needs: /去世|过世|走了|没了|不在了|走的|那边|天上|下面/,
  },
  // Going to a relative who died, named by a pronoun: "我外公走了两年了，我想现在就去见他", "mum
  // died last spring. i'll be with her soon".
  {
    id: 'goingToThemByPronoun',
    family: 'euphemism',
    cue: /他|她|你|him|her|them|you|\b(?:mum|mom|dad|wife|husband|brother|sister|son|daughter|partner|nan|gran|grandma|grandad|grandpa)\b/,
    pattern:
      /(?:我)?(?:现在|马上|这就|今晚|准备|想|要|快要?|很快就?|早点)?(?:就)?(?:下)?去(?:找|见|陪)(?:他|她|他们)(?!们?(?:商量|聊|拿|借|吃|看病|玩|要|问|说|算账|理论|讨|谈|帮|办|签))|(?:很快|马上|快|不久)(?:就)?(?:能|可以|会)?(?:见到|见着|陪着?)(?:他|她|他们)了|(?:爸|妈|爷爷|奶奶|外公|外婆|老公|老婆)[，,]?我(?:这就)?来(?:找|陪|见)你了|\bi(?:'m| am)(?: going to| gonna)?(?: go)? (?:be with|join) (?:him|her|them)\b(?! (?:at|for|on|in|this|next|tomorrow))|\b(?:won'?t|wont) be long (?:till|until|before) i'?m with (?:him|her|them)\b|\bready to (?:join|be with|go to) (?:him|her|them)\b|\bi(?:'m| am) coming to (?:see|join|find) (?:you|him|her)\b(?! (?:at|for|on|in|this|next|tomorrow))|\bsee (?:him|her|them) again soon\b|\bi'?(?:ll| will|m going to) be with (?:my )?(?:mum|mom|dad|wife|husband|brother|sister|son|daughter|partner|nan|gran|grandma|grandad|grandpa) (?:soon|again)\b|\bi(?:'m| am) (?:going|coming) to (?:him|her|them)(?: now| tonight| soon)\b/,
    needs: DEATH_TOLD,
    unless: new RegExp(`${GRAVE_ERRAND.source}|${DENIED_OR_FICTION.source}`),
  },
  // Said to a parent who is not there, in a message to the bank: "妈，我来陪你了，这些债我扛不动了".
  {
    id: 'saidToAnAbsentParent',
    family: 'euphemism',
    cue: /你了/,
    pattern:
      /^(?:爸爸?|妈妈?|爷爷|奶奶|外公|外婆|姥姥|姥爷)[，,。 ]\s*我(?:这就|马上|很快就?|现在)?(?:来|去)(?:找|陪|见)你了/,
    needs: /债|欠|还|钱|卡|账|撑不|扛不/,
    unless: new RegExp(`${GRAVE_ERRAND.source}|${DENIED_OR_FICTION.source}|下班|放假|回家|到了|车站|机场`),
  },
];
