import { en, type PatternRuleSpec } from '../ruleTypes.js';

/**
 * Sexual and degrading smears of the person (guarden25, issue 16): the person called a
 * prostitute, escort or ritualist, said to be "sleeping around" or "available for money", or their
 * photos "morphed" or made nude for their contacts. Said to anyone it is a false and degrading
 * statement (defamation); sent to the person's contacts it also discloses the debt (the privacy
 * rules read that). Lawful look-alikes: "sex" in a form's list of protected characteristics, a
 * fraud warning about edited photos that quotes no person (negationScam.ts). FDCPA §1692d, §1692e(8);
 * India RBI digital-lending directions; Philippines SEC MC 18.
 */

export const DEFAMATION_SEXUAL_SMEAR_EN: PatternRuleSpec[] = [
  {
    // "We will tell your contacts you are a prostitute", "she has been sleeping around".
    id: 'defamation.label',
    lang: 'en',
    negatable: true,
    triggers: [
      'prostitut',
      'whore',
      'slut',
      'hooker',
      'harlot',
      'sex worker',
      'call girl',
      'ashawo',
      'runs girl',
      'ritualist',
      'sleeping around',
      'sleeps around',
      'sleeping with',
      'sleeps with',
      'available for',
      'on men',
    ],
    patterns: en(
      String.raw`\b(?:(?:you|u)(?:'re| are| r)?|ur|youre|she(?:'s| is)|he(?:'s| is)|is|as|being) (?:a |an |just a |nothing but a |known |cheap )?(?:prostitute|whore|slut|hooker|harlot|sex worker|call girl|ashawo|runs girl|ritualist)s?\b`,
      String.raw`\b(?:been |is |was |she's |he's |you're |ur )?(?:sleeping|sleeps|slept) (?:around|with (?:men|women|different men|many men|anyone|everyone))\b`,
      String.raw`\bavailable for (?:money|cash|a price|hire|sale)\b|\bspends? (?:the |her |his |your |ur )?(?:rent |loan |school fees )?money on (?:men|women|boyfriends|girlfriends)\b`,
    ),
  },
  {
    // "We will send your morphed photo to all your contacts".
    id: 'defamation.label',
    lang: 'en',
    negatable: true,
    triggers: ['morphed', 'nude', 'naked', 'obscene', 'photoshopped', 'edited'],
    patterns: en(
      String.raw`\b(?:morphed|nude|naked|obscene|photoshopped|edited|vulgar) (?:photos?|pics?|pictures?|images?|videos?)\b[^.!?\n]{0,60}?\b(?:contacts|friends|family|relatives|everyone|colleagues|phone ?book|facebook|whatsapp|all)\b|\b(?:send|post|share|forward|circulate)\w*\b[^.!?\n]{0,40}?\b(?:morphed|nude|naked|obscene|photoshopped) (?:photos?|pics?|pictures?|images?|videos?)\b`,
    ),
  },
];
