import { normalise, type Span } from './normalise.js';
import { probeOf } from './probe.js';

/**
 * The last four characters of an ID number: inside a sentence after a cue ("我身份证后四位是1234",
 * "后四位：1 2 3 4", "尾号6789", "last four 4321", "my SSN ends in 4321"), or as the whole message
 * ("1234", "1 2 3 4", "一二三四"). A Chinese ID may end in "X". Never from an amount: "2000块" and
 * "每个月只能还2000" have no cue and are not the whole message.
 *
 * `couldBeAmount` marks a bare run of four digits ("2000"): it is ALSO a candidate amount, and the
 * dialog chooses by its state (verification reads last4, negotiation reads amountCents).
 */

const CUE =
  /(后\s*[4四]\s*位|末\s*[4四]\s*位|最后\s*[4四]\s*位|(?<!手机|电话|号码|卡号|银行卡)尾号|尾数|身份证|证件号|\blast\s*(?:four|4)\b|\bssn\b|\bsocial security\b|\bsocial\b|\bid\b|\bends?\s+(?:in|with)\b)/g;
const CN_DIGIT: Readonly<Record<string, string>> = {
  零: '0',
  〇: '0',
  洞: '0',
  幺: '1',
  一: '1',
  二: '2',
  两: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
  // The capital numerals of cheques and bank forms (大写), simplified and traditional: "零捌零柒".
  壹: '1',
  贰: '2',
  貳: '2',
  叁: '3',
  參: '3',
  肆: '4',
  伍: '5',
  陆: '6',
  陸: '6',
  柒: '7',
  捌: '8',
  玖: '9',
};
const CN = Object.keys(CN_DIGIT).join('');
const GROUP = new RegExp(
  `(?<![\\d${CN}])(\\d{17}[\\dx]|\\d(?:[\\s.·,-]{0,3}\\d){2}[\\s.·,-]{0,3}[\\dx]|[${CN}](?:[\\s.·,、-]{0,3}[${CN}]){3})(?![\\d${CN}十百千万拾佰仟])`,
  'g',
);
const FILLER =
  /你们要的|要的|行了|好了|拿去|给您|voilà|ça|sí|[\s,.:;!?。、"'()（）|·-]|\p{Extended_Pictographic}|\p{So}|\p{Sk}|我是本人|是我本人|本人|好的|好吧|行吧|行|算了|给你|喏|哎呀|哎|唉|呀|啊|那个|才对|我自己的|自己的|我的|我|是|为|就是|号码|哈+|呢|数字|嗯|对|吧|啦|喽|咯|呗|好像|我记得|记得|应该|大概|没错|不好意思|抱歉|对不起|打错了?|输错了?|写错了?|发错了?|刚才|应该|更正(?:一下)?|\b(?:there (?:ya|you) go|ya go|i guess|i believe|pretty sure|eso|si|es|el|mi|numero|número|aqui|aquí|esta|está|pues|voila|voilà|c'?est|ça|ca|whatever (?:u|you) (?:want|need)|if (?:u|you) (?:want|need) it|if (?:that|it) (?:matters|helps)|oh|shoot|my bad|my mistake|i typed it|typed it|it'?s|its|it is|i think|here u go|u go|lol|lmao|haha|happy now|btw|is|are|mine|my own|my|of|the|number|digits?|ok|okay|k|fine|alright|all right|whatever|ugh|um|uh|hmm|well|then|so|go ahead|here you go|yes|yeah|sure|here|sorry|oops|wrong|typo|i mean|meant|actually|correction|should be|not that|those|these|that|was|try again|again)\b/gu;

/**
 * Words that take back the digits said before them ("1235 不对不对 是1234", "4231 no wait 4321",
 * "4231 sorry I mean 4321"): the last digits after such a word are the answer.
 */
const CORRECTION =
  /不对|不是|错了|打错|输错|说错|写错|发错|记错|搞错|弄错|看错|按错|搞反|弄反|说反|写反|打反|按反|输反|记反|反了|才对|才是|更正|应该是|我是说|其实是|改成|少打|漏打|多打|少输|漏输|多输|少按|漏按|少写|漏写|少了一位|漏了一位|补(?:一|上)?位|\b(?:my bad|my mistake|typed it wrong|mistyped|whoops|no|nope|wait|hold on|hang on|sorry|i mean|i meant|meant|actually|oops|wrong|correction|make that|should be|scratch that|fat[- ]?finger(?:s|ed)?|(?:fat|big|clumsy) thumbs?|missed (?:one|a (?:digit|number))|left (?:one|a digit) (?:out|off)|forgot (?:one|a digit|the (?:last )?(?:\d|one|digit))|my fault|my b|(?:hit|pressed) (?:send|enter) too (?:soon|fast|early)|sent (?:it )?too (?:soon|early|fast)|misread|misremembered|mixed (?:them|it|the (?:digits|numbers)) up|mix(?:ed)?[- ]up|swapped (?:them|two)|backwards|butter ?fingers|typed (?:it )?(?:too )?fast|autocorrect(?:ed)?|mis-?click(?:ed)?|slipped)\b|手滑|手抖|手误|手快|按快了|点错|眼花|看花眼|记混|搞混|弄混/;
/** With a correction said, these may stand beside the digits too: "wrong card, it's 4321", "刚说错了". */
const CORRECTION_WORDS = new RegExp(
  `${CORRECTION.source}|不|那|哦|噢|呃|额|等等|等一下|刚刚|刚|卡号|诶|这个|这次|这回|对的|一位|位数|位|一个数字?|个|才|上\\s*一?\\s*条|少了|漏了|补上?|\\b(?:about|bout|abt|b|fault|forgot|send|enter|soon|early|fast)\\b|屏幕|屏碎了|碎屏|没戴眼镜|\\b(?:card|one|it|lol|haha|ugh|argh|cracked|broken|screen|tiny|keyboard|keys|pls|please)\\b`,
  'g',
);

/**
 * An ID answer is short: only the first characters of a message are searched, so a huge message
 * ("1 1 1 …" × 30,000) costs the same as a short one.
 */
const MAX_ID_TEXT = 200;

/** Spoken digits, read as digits: "four three two one", "幺二三四". */
const SPOKEN: Readonly<Record<string, string>> = {
  zero: '0',
  oh: '0',
  o: '0',
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
};
const SPOKEN_WORD = /\b(?:zero|oh|o|one|two|three|four|five|six|seven|eight|nine)\b/g;

/** Keycap emoji ("4️⃣") and variation selectors become spaces, keeping every position. */
function blankEmojiMarks(text: string): string {
  return text.replace(/[\ufe0f\u20e3]/g, ' ');
}

/**
 * A full ID with its middle masked ("4401**********1234", "440106xxxxxxxx1234", "***-**-4321"): the
 * masked part becomes a cue of the same length, so only the last four are read (never the leading
 * digits, never an amount).
 */
const MASKED = /(?<![\p{L}\d])\d{0,6}[-\s]?(?:[*＊×•#x][-\s]?){3,14}(?=\d{3}[\dx](?![\d\p{L}]))/gu;

function unmask(text: string): string {
  return text.replace(MASKED, (m) => (/[*＊×•#]|x{3,}/.test(m) ? '尾数' + ' '.repeat(m.length - 2) : m));
}

function toLast4(group: string): string {
  const chars = [...group.replace(/[\s.·,、-]/g, '')].map((c) => CN_DIGIT[c] ?? c).join('');
  return chars.slice(-4).toUpperCase();
}

interface Last4Match {
  last4: string;
  span: Span;
  couldBeAmount: boolean;
}

const GROUP_PROBE = probeOf(GROUP);

/** The cue without the global flag: `test` then keeps no lastIndex between calls. */
const CUE_ONCE = new RegExp(CUE.source);

/** Words between a cue and the digits that turn them into money: "身份证丢了，每月还2000". */
const MONEY_WORDS = /还|付|交|块|元|钱|每|月|pay|\$|¥|month|dollar/;

/**
 * A cue within 16 characters before the group (no money words after it), or 16 after
 * ("1234是我身份证后四位", "4321 is my last four").
 */
function hasCue(norm: string, start: number, end: number): boolean {
  const before = norm.slice(Math.max(0, start - 16), start);
  const cues = [...before.matchAll(CUE)];
  const last = cues[cues.length - 1];
  if (last !== undefined && !MONEY_WORDS.test(before.slice(last.index + last[0].length))) return true;
  const after = norm.slice(end, end + 16);
  return CUE_ONCE.test(after) && !MONEY_WORDS.test(after.split(CUE)[0] ?? '');
}

/**
 * The ID digits in already-normalised text, cued or bare, with its span. Bounded and linear: only
 * the first MAX_ID_TEXT characters are read. Spoken digits ("four three two one") are tried when
 * no written ones are found; their span is then the whole message (an ID answer, not an amount).
 */
export function findLast4(norm: string): Last4Match | undefined {
  const plain = blankEmojiMarks(norm.slice(0, MAX_ID_TEXT));
  const head = unmask(plain);
  const written = findIn(head);
  if (written && head !== plain) {
    // The masked part and the digits before it are the ID too, never an amount.
    const maskAt = head.indexOf('尾数');
    return { ...written, span: { start: Math.min(maskAt, written.span.start), end: written.span.end } };
  }
  if (written) return written;
  if (!SPOKEN_WORD.test(head) && !/[幺洞]/.test(head)) return undefined;
  const spoken = head.replace(SPOKEN_WORD, (w) => SPOKEN[w] ?? w);
  const found = findIn(spoken);
  return found ? { ...found, span: { start: 0, end: norm.length }, couldBeAmount: false } : undefined;
}

/**
 * Several digit groups, the last one after a correction word, nothing else said: the last group
 * is the answer, given once. Its span is the whole message (an ID answer, not an amount).
 */
/** What is left of a text once filler and correction words are taken out ("不好意思打错了，是"). */
function wordsLeft(text: string): string {
  return text.replace(FILLER, ' ').replace(CORRECTION_WORDS, ' ').replace(FILLER, '').replace(/了/g, '');
}

/** With a correction said, a fragment of digits being taken back ("不是三五 是三四 一二三四") is not other words. */
const FRAGMENT = new RegExp(`(?<![\\d${CN}])(?:\\d{1,3}|[${CN}]{1,3})(?![\\d${CN}])`, 'g');

function corrected(norm: string): Last4Match | undefined {
  const groups = [...norm.matchAll(GROUP)];
  const last = groups[groups.length - 1];
  const prev = groups[groups.length - 2];
  if (last === undefined || prev === undefined) return undefined;
  if (!CORRECTION.test(norm.slice(prev.index + prev[0].length, last.index))) return undefined;
  const rest = wordsLeft(norm.replace(GROUP, ' ').replace(CUE, ' '));
  if (rest !== '') return undefined;
  return { last4: toLast4(last[1] ?? ''), span: { start: 0, end: norm.length }, couldBeAmount: false };
}

/**
 * The person's own digits named as theirs right before them: "我的是1234", "我自己的是一二三四",
 * "mine is 4321" (never "我老婆的是1234" or "my wife's is 4321": those are someone else's).
 */
const OWN_LEAD =
  /(?:(?<![\p{L}\p{N}])我(?:自己)?的(?:是|就是|为)?|\bmine(?:'s| is)?|\bmy own(?: one)?(?: is)?)[\s:：,，]*$/u;

/**
 * With the person's own digits named, the answer before taken back as someone else's or another
 * card's may stand beside them: "哦那个是我老婆的 我的是幺二三四", "that was my wife's, mine is 4321".
 */
const DISOWNED =
  /(?:刚才|刚刚|之前|前面|上面)?(?:那个|那)(?:是|就是)?(?:我)?(?:老婆|老公|爱人|媳妇|妻子|丈夫|对象|妈妈|妈|爸爸|爸|儿子|女儿|家里人|家人|朋友|同事|别人|旧卡|另一张卡|卡号)(?:的)?(?:号|号码|身份证)?|\b(?:that|that one|the first one)(?:'s| is| was)\s+(?:my\s+)?(?:wife|husband|partner|mom|mum|dad|mother|father|son|daughter|friend|brother|sister|old card|other card|card number|someone else)(?:'s)?\b/g;

const DISOWNED_ONCE = new RegExp(DISOWNED.source);
const OWN_WORDS = /我(?:自己)?的(?:是|就是|为)|\bmine(?:'s| is)\b|\bmy own(?: one)? is\b/;

/**
 * The answer before said to be someone else's, then the person's own: "那个是我老婆的 我的是1234",
 * "that was my wife's, mine is 4321". A correction of the ID, not a third party writing.
 */
export function disownsEarlierAnswer(norm: string): boolean {
  const other = DISOWNED_ONCE.exec(norm);
  return other !== null && OWN_WORDS.test(norm.slice(other.index + other[0].length));
}

/** An apology or a slip owned after the digits: they are the corrected answer (conv16). */
const SLIP_AFTER =
  /不好意思|抱歉|对不起|手滑|手抖|手误|打错|输错|按错|少打|漏打|多打|少了(?:一位|一个|个)|漏了(?:一位|一个|个)|\b(?:sorry|soz|oops|whoops|my bad|my b|my fault|typo|fat[- ]?fingers?|(?:fat|big|clumsy) thumbs?|missed (?:one|a (?:digit|number))|forgot (?:one|a digit|the)|butter ?fingers|(?:hit|pressed) (?:send|enter) too)\b/;
/** Words after the digits that take these very digits back ("4321 no wait", "1234 不对"). */
const NOT_THESE = /不对|不是|错了(?!.*(?:刚才|之前|上一?条))|\b(?:no|nope|wait|wrong|not (?:it|right))\b/;

function findIn(norm: string): Last4Match | undefined {
  // No digit group at all: neither a correction nor a group below can match.
  if (!GROUP_PROBE.test(norm)) return undefined;
  const fixed = corrected(norm);
  if (fixed) return fixed;
  for (const m of norm.matchAll(GROUP)) {
    const group = m[1] ?? '';
    const span = { start: m.index, end: m.index + m[0].length };
    const isFullId = group.length === 18;
    if (hasCue(norm, span.start, span.end)) return { last4: toLast4(group), span, couldBeAmount: false };
    const before = norm.slice(0, span.start);
    const rest = before + norm.slice(span.end);
    // "不对，是1234", "哦那是1234": a correction or a filler word before the only digits.
    // "4321 sorry missed one", "1234 不好意思少打了一位": a slip owned after the only digits (conv16).
    const after = norm.slice(span.end);
    const leading =
      (CORRECTION.test(before) && !/不是\s*$/.test(before)) ||
      /那是|哦|噢/.test(before) ||
      (SLIP_AFTER.test(after) && !NOT_THESE.test(after));
    const own = OWN_LEAD.test(before);
    const left = leading
      ? wordsLeft((own ? rest.replace(DISOWNED, ' ') : rest).replace(FRAGMENT, ' '))
      : (own ? rest.replace(DISOWNED, ' ') : rest).replace(FILLER, '');
    if (!isFullId && left === '') {
      return { last4: toLast4(group), span, couldBeAmount: /^\d{4}$/.test(group) };
    }
  }
  return undefined;
}

/**
 * The last four ID characters a message gives, or undefined.
 *
 *   extractLast4('我身份证后四位是1234') // '1234'
 *   extractLast4('2000块')             // undefined
 */
export function extractLast4(text: string): string | undefined {
  return findLast4(normalise(text))?.last4;
}
