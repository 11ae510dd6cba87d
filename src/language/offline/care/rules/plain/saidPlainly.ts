import type { ClassRule } from '../../distressRule.js';
import { DENIED_WITH_LAUGH } from '../sharedWords.js';

/**
 * Suicidal intent said plainly, in words the base lexicon (distressLexicon.ts) does not hold:
 * dialect, slang and typos (活腻歪了, 唔想活, "want to dei"), words of the internet and pinyin
 * ("unaliving", 想噶了), Nigerian pidgin and Scots, "tired of existing", death preferred to the debt.
 */

/** Death preferred to the debt itself (not to a fee or a queue). */
const RATHER_DEAD_ZH =
  /(?:宁愿|宁可)(?:去)?死(?:了)?[^。!?,]{0,3}(?:也|都)(?:不|唔)(?:想|要|愿)?(?:再)?(?:面对|还|背|扛|理|管|处理|欠)[^。!?]{0,6}(?:债|数|钱|账|贷|卡|这些|这笔)|与其[^。!?]{0,12}(?:债|数|账|贷|欠)[^。!?]{0,10}(?:不如|倒不如)(?:去)?死/;

export const SAID_PLAINLY_RULES: readonly ClassRule[] = [
  {
    id: 'tiredOfExisting',
    family: 'direct',
    cue: /existing/,
    pattern: /\btired of existing\b/,
  },
  // Plain words in dialect, slang or typos: 活腻歪了, 活够了/咯, 唔想活, "want to dei", unalive.
  {
    id: 'dialectSlangTypos',
    family: 'direct',
    cue: /活腻|活够|唔想|明天|冇心|dei|diee|unalive|sleep forever|xiang|done done/,
    pattern:
      /(?:真|早)?活(?:腻|腻歪|够)(?:了|咯|啦|喽|嘞)(?!是吧|是不是|吧你|啊你|这种|这样|被)|唔想(?:再)?(?:活|捱落去|做人)|连明天都不想(?:要|过|面对)了|不想要明天了|\b(?:want|wanna|going) to (?:dei|diee+)\b|\bxiang ?hao (?:le )?(?:zen ?me|zenme) (?:zou|si)\b|\b(?:not done paying|i'?m done)\b[^?]{0,30}\bdone done\b|\bunalive (?:my ?self|me)\b|\b(?:go|going to) sleep forever\b/,
  },
  // Words of the internet and pinyin for killing oneself: "unaliving", "yeet myself off this
  // mortal coil", "想噶了", "想zs", "把自己处理掉".
  {
    id: 'internetWords',
    family: 'direct',
    cue: /unaliv|yeet|coil|噶|嘎|zs|zisha|把自己/,
    pattern:
      /\bunaliv(?:e|es|ing|ed)\b|\byeet(?:ing)? myself (?:off|out of)\b|\bshuffle off (?:this|the) mortal coil\b|\boff this mortal coil\b|(?:想|要|准备|打算|去)(?:直接)?(?:噶|嘎)(?:了|掉)?(?!腰子|韭菜)|(?:想|要|准备|打算|去)\s*(?:zs|zisha|zi sha)(?![a-z])|把自己(?:给)?(?:处理|解决|了结|清理)掉/,
    unless:
      /游戏|副本|boss|角色|\b(?:game|character|npc|boss|video|movie|show|villain|film|episode|kidney)\b/,
  },
  // Nigerian pidgin and Scots words of ending: "i no go dey this world again", "life don tire me",
  // "make i just die", "nae point gaun on".
  {
    id: 'pidginAndScots',
    family: 'direct',
    cue: /\b(?:dey|tire|die|kill|nae|no fit)\b/,
    pattern:
      /\bi no (?:go |wan )?(?:dey|de) (?:this world|alive|again)\b|\b(?:this )?life (?:don |done )?tire me\b|\bi (?:don |done )?tire (?:for|of) (?:this )?life\b|\bmake i (?:just )?die\b|\bi (?:wan|go) (?:just )?(?:die|kill myself)\b|\bi no fit (?:again|continue|cope)\b[^.?!]{0,40}\b(?:die|world|life|end|tomorrow)\b|\bnae point (?:gaun|going|goin) on\b/,
    unless: DENIED_WITH_LAUGH,
  },
  // Death preferred to the debt itself: "宁愿死都不想再面对这些数".
  {
    id: 'deathOverTheDebt',
    family: 'direct',
    cue: /死/,
    pattern: RATHER_DEAD_ZH,
    unless: /菜单|语音|客服|热线|电话|排队|年费|手续费|机器人|转人工/,
  },
];
