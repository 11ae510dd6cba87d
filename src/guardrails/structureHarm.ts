import type { StructuralCheck } from './structureTypes.js';

/**
 * Harm by shape rather than by word: word sent to the holder through someone else, an injury
 * "that might happen one day", a credential asked for, an ultimatum that closes every option,
 * calls promised at every hour until the person gives in, and sarcastic praise of a person who
 * cannot pay. Each is excused when negated, reported or warned against.
 */
const CREDENTIAL_EN =
  '(?:pin|pin code|password|passcode|cvv2?|cvc|security code|verification code|one-time (?:code|password|passcode|pin)|otp|sms code|access code|(?:\\d|four|six)-digit code|code (?:we|i) (?:just )?(?:sent|texted))';
const PET_WORDS = [
  'champ',
  'genius',
  'einstein',
  'sport',
  'chief',
  'princess',
  'sunshine',
  'buddy',
  'pal',
  'hotshot',
  'smart guy',
  'big shot',
];
const PET_EN = `(?:${PET_WORDS.join('|')})`;

export const HARM_CHECKS: readonly StructuralCheck[] = [
  {
    // "要不我请她转告您一声", "I'll have her pass it on to you": the holder reached through a third party.
    id: 'privacy.relay_request',
    lang: 'zh',
    gate: ['转告', '转达', '带话', '带个话', '捎话', '捎个话'],
    acts: [
      /(?:让|请|叫|托|拜托)(?:他|她|他们|她们)(?:帮忙)?(?:给(?:您|你))?(?:转告|转达|带话|带个话|捎话|捎个话)(?:给)?(?:您|你)/g,
    ],
  },
  {
    id: 'privacy.relay_request',
    lang: 'en',
    gate: ['pass', 'relay', 'tell you', 'let you know'],
    acts: [
      /\b(?:have|ask|get) (?:him|her|them) (?:to )?(?:pass (?:it|this|the message|word) (?:on|along) to you|relay (?:it|this|the message) to you|tell you|let you know)\b/g,
    ],
  },
  {
    // "哪天腿脚不利索了可别赖俺们": an injury foretold, the blame disowned.
    id: 'threat.violence',
    lang: 'zh',
    gate: ['哪天', '万一', '说不定', '保不齐', '指不定', '难保'],
    acts: [
      /(?:哪天|万一|说不定|保不齐|指不定|难保)[^。!?\n]{0,10}?(?:腿|脚|胳膊|手|脸|眼睛|身上|身体|脑袋)[^。!?\n]{0,6}?(?:不利索|断|折|残|出事|受伤|伤了|挂彩|不好使|不灵)/g,
    ],
  },
  {
    // "I'll just need your card PIN", "read me the 6-digit code we just texted you".
    id: 'privacy.credentials_request',
    lang: 'en',
    gate: ['pin', 'password', 'passcode', 'cvv', 'cvc', 'code', 'otp'],
    acts: [
      new RegExp(
        `\\b(?:i'll (?:just )?need|i need|we need|we'll need|i just need)\\b[^.!?\\n]{0,12}?\\byour\\b[^.!?\\n]{0,16}?\\b${CREDENTIAL_EN}\\b|\\b(?:read|tell|give|send|share|text|say)\\b (?:me|us)\\b[^.!?\\n]{0,20}?\\b${CREDENTIAL_EN}\\b`,
        'g',
      ),
    ],
  },
  {
    // "After tonight, no options will be available to you", "last chance before it's too late".
    id: 'misrepresentation.false_urgency',
    lang: 'en',
    warnable: true,
    gate: ['tonight', 'today', 'midnight', 'this call', 'too late'],
    acts: [
      /\b(?:after|past|beyond) (?:tonight|today|midnight|this call)\b[^.!?\n]{0,30}?\bno (?:more )?(?:options|chances|offers?|help|way out)\b|\blast chance\b[^.!?\n]{0,24}?\btoo late\b/g,
    ],
  },
  {
    // "Expect calls at home, on your cell and at work, morning, noon and night … until you give in".
    id: 'harassment.relentless_contact',
    lang: 'en',
    gate: [
      'morning, noon and night',
      'day and night',
      'night and day',
      'weekends included',
      'every single day',
      'until you give in',
      'until you cave',
      'until you crack',
      'until you break',
      'until you give up',
      "until you can't take it",
    ],
    acts: [
      /\b(?:calls?|texts?|messages?|ringing)\b[^.!?\n]{0,90}?\b(?:morning, noon and night|day and night|night and day|weekends included|every single day|until you (?:give in|cave|crack|break|give up|can't take it))\b/g,
    ],
  },
  {
    // "Can't even manage $200? Impressive life skills there, champ." / "连两百块都还不上，真行啊".
    id: 'harassment.mockery',
    lang: 'en',
    gate: [...PET_WORDS, 'impressive', 'bravo', 'well done', 'congrat'],
    acts: [
      new RegExp(
        `\\b(?:impressive|great|nice|amazing|brilliant|stellar|real|top-notch) (?:life skills|adulting|budgeting|planning|money skills|work|job)\\b[^.!?\\n]{0,15}?\\b${PET_EN}\\b|\\bcan't even\\b[^\\n]{0,50}?\\b(?:impressive|bravo|well done|congrats|congratulations)\\b`,
        'g',
      ),
    ],
  },
  {
    id: 'harassment.mockery',
    lang: 'zh',
    gate: ['真行', '真厉害', '真牛', '佩服', '了不起', '真有你的', '服了', '真能耐', '真出息'],
    acts: [
      /(?:连|就)[^。!?\n]{0,12}?都(?:还不上|还不起|搞不定|管不好|处理不了|拿不出)[^。!?\n]{0,8}?(?:真行|真厉害|真牛|佩服|了不起|真有你的|服了|真能耐|真出息)/g,
    ],
  },
  {
    // "我系公安局嘅": an authority claimed in dialect (系/係 for 是).
    id: 'misrepresentation.authority',
    lang: 'zh',
    warnable: true,
    gate: ['我系', '我地系', '我哋系', '我们系', '本人系'],
    acts: [/(?:我|我地|我哋|我们|本人)系[^,;:!?。\n]{0,6}?(?:公安|警察|差馆|派出所|法院|检察院|律师)/g],
  },
];
