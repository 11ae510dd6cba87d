import { en, type PatternRuleSpec } from '../ruleTypes.js';
import { COPIED_THIRD, EN_GAP, EN_PLAIN_GAP } from '../shared/en.js';

/**
 * Defamation (English): the person called a criminal.
 */

// A crime said of the person: "you're being prosecuted", "you stole", "you're a fraudster".
const EN_CRIME = String.raw`(?:'re| are| were| have been|'ve been| will be|'ll be| are being| were being)? (?:being prosecuted|prosecuted|under (?:a )?(?:criminal |police |fbi )?investigation|wanted|a (?:criminal|thief|con artist|fraudster|crook|scammer|swindler)|(?:committed|commit) (?:fraud|a crime|theft|embezzlement)|stole|steal|charged with|(?:going to be |to be )?charged|facing (?:criminal )?charges|guilty of)\b`;
const FRAUD_EN = String.raw`(?:fraud suspect|suspected fraudster|fraudster|scammer|con artist|con man|swindler|crook|thief|criminal)`;
const LABEL = String.raw`(?:fraudsters?|scammers?|thie(?:f|ves)|swindlers?|con ?artists?|con ?m[ae]n|criminals?|frauds?|crooks?|cheats?|fugitives?|estafadors?)`;
// Not a scam warning about impostors: "scammers are criminals wanted by the police".
const NOT_IMPOSTOR = String.raw`(?<!\b(?:scammers?|fraudsters?|impostors?|imposters?|they|these|those|such (?:people|callers)|callers?)\s)`;
const WANTED = String.raw`(?:wanted|hunted|sought|being (?:looked for|hunted|sought|investigated|tracked)|on the run|(?:a )?fugitive|(?:a |an )?(?:arrest )?warrant|(?:the )?(?:police|authorities|law|nbi|fbi|cops|interpol) (?:are|is) (?:after|looking for|hunting|searching for|on to|tracking))`;

export const DEFAMATION_CRIMINAL_LABEL_EN: PatternRuleSpec[] = [
  {
    id: 'defamation.criminal_label',
    lang: 'en',
    triggers: ['crime', 'criminal', 'fraud', 'theft', 'stealing', 'stole', 'thief'],
    patterns: en(
      `\\b(?:you(?:'re| are)(?: committing)?|what you(?:'re| are) doing is|you(?:'ve| have) committed)\\s+(?:a |basically |plain |simply |just |nothing (?:less|short) than )?(?:crime|fraud|theft|stealing|criminal|illegal|a criminal offen[cs]e)\\b`,
      `\\b(?:that'?s|this is|that is) (?:theft|stealing)\\b|\\bstealing from (?:us|the bank)\\b|\\byou stole\\b`,
    ),
  },
  {
    // A crime alleged to partners, clients, a congregation: "what kind of liar you really are".
    id: 'defamation.criminal_label',
    lang: 'en',
    negatable: true,
    triggers: [
      'liar',
      'thief',
      'fraud',
      'crook',
      'cheat',
      'con artist',
      'scam',
      'steal',
      'stole',
      'criminal',
      'swindler',
      'theft',
      'crime',
      'deadbeat',
    ],
    patterns: en(
      String.raw`\b(?:tell|telling|told|inform\w*|let|warn\w*|show|explain\w*|learn|hear|know)\b[^.!?]{0,40}?\b(?:what (?:kind|sort) of (?:a )?|what an? |that you(?:'re| are) (?:a |an )?|you(?:'re| are) (?:a |an )?)(?:liar|thief|fraud|fraudster|crook|cheat|con artist|scammer|deadbeat|criminal|swindler)\b`,
      String.raw`\b(?:tell|told|inform\w*|let|warn\w*)\b[^.!?]{0,40}?\byou(?:'ve| have)? (?:been )?(?:committing|commit|committed) (?:fraud|theft|a crime)\b|\b(?:hear|learn) (?:from us )?that you (?:steal|stole|are stealing)\b|\byou(?:'re| are) running a scam\b`,
    ),
  },
  {
    // A crime imputed to the person and told to others: "we let your landlord know you're being
    // prosecuted", "your coworkers were told you stole".
    id: 'defamation.criminal_label',
    lang: 'en',
    negatable: true,
    triggers: ['told', 'informed', 'notified', 'let', 'explained', 'advised', 'warned', 'knows', 'know'],
    patterns: en(
      String.raw`\b(?:we|i)(?:'ve| have)? (?:told|informed|notified|let|explained to|advised|warned)\b${EN_GAP(30)}\byour (?:${COPIED_THIRD})\b${EN_GAP(16)}\b(?:that )?you${EN_CRIME}`,
      String.raw`\byour (?:${COPIED_THIRD})\b (?:were|was|have been|has been|got|had been) (?:told|informed|notified)\b${EN_GAP(10)}\byou${EN_CRIME}`,
      String.raw`\byour (?:${COPIED_THIRD})\b (?:now |all |already )*knows?\b${EN_GAP(6)}\byou${EN_CRIME}`,
    ),
  },
  {
    // "He is a cheat who eats people's money", "this man is a thief" (not in a fraud warning).
    id: 'defamation.criminal_label',
    lang: 'en',
    negatable: true,
    triggers: [
      'thie',
      'fraudster',
      'swindler',
      'criminal',
      'con man',
      'con artist',
      'cheat',
      'crook',
      'soul',
      'prostitute',
      'whore',
      'harlot',
      'call girl',
      'slut',
    ],
    // Subject and verb are looked ahead first: the look-behind then runs only where they stand.
    patterns: en(
      String.raw`(?=\b(?:he|she|this (?:man|woman|guy|lady|person|girl|boy|fellow)|(?:his|her|their) (?:whole |entire )?family|your (?:friend|brother|sister|son|daughter|colleague|co-?worker|neighbou?r|relative|cousin|husband|wife|employee|staff|tenant)(?: [a-z]+)?)\b (?:is|are) )(?<!\b(?:if|caller|someone|anyone|impostors?|pretend\w*|claim\w*|says?|scam)\b[^.!?\n]{0,80})\b(?:he|she|this (?:man|woman|guy|lady|person|girl|boy|fellow)|(?:his|her|their) (?:whole |entire )?family|your (?:friend|brother|sister|son|daughter|colleague|co-?worker|neighbou?r|relative|cousin|husband|wife|employee|staff|tenant)(?: [a-z]+)?)\b (?:is|are) (?:a |an )?(?:(?!not\b|never\b|no\b)\w+ ){0,2}(?:thie(?:f|ves)|fraudsters?|swindlers?|criminals?|con (?:man|men|artists?)|cheats?|crooks?|prostitutes?|whores?|harlots?|call girls?|sluts?)\b(?![^.!?\n]{0,60}\b(?:pretend\w*|claim\w*|impersonat\w*|posing|hang up|from our bank)\b)`,
      String.raw`\b(?:criminal|thieving|wicked|fraudulent|evil) souls?\b|\bsouls? (?:rot|rest|burn) in hell\b`,
    ),
  },
  {
    id: 'defamation.criminal_label',
    lang: 'en',
    negatable: true,
    triggers: [
      'listed',
      'flagged',
      'marked',
      'labeled',
      'labelled',
      'registered',
      'classified',
      'tagged',
      'noted',
      'told',
      'informed',
      'notified',
      'warned',
      'let',
      'entered',
      'what you are',
    ],
    patterns: en(
      String.raw`\b(?:listed|flagged|marked|labell?ed|registered|classified|tagged|noted|entered)\b (?:you )?(?:internally |in our (?:system|records|file) )?as (?:a |an )?${FRAUD_EN}\b`,
      String.raw`\b${FRAUD_EN}s?\b[^.!?\n]{0,40}\b(?:that's|that is|which is) (?:exactly |just |precisely )?what you are\b`,
      String.raw`\b(?:told|informed|notified|warned|letting|let)\b[^.!?\n]{0,40}\b(?:you are|you're|you were) (?:a |an )?(?:suspected |known |confirmed |listed )?${FRAUD_EN}\b`,
    ),
  },
  {
    // "Jane Doe is a fraudster and is wanted by the police", "a thief who stole from our company".
    id: 'defamation.criminal_label',
    lang: 'en',
    negatable: true,
    triggers: [
      'fraud',
      'scammer',
      'thie',
      'swindl',
      'con artist',
      'conartist',
      'con man',
      'con men',
      'conman',
      'conmen',
      'committed',
      'criminal',
      'crook',
      'cheat',
      'fugitive',
      'estafador',
      'wanted',
      'hunted',
      'sought',
    ],
    patterns: en(
      String.raw`\b(?=(?:is|are|was) (?:a |an )?(?:known |real |big |total |confirmed |notorious |wanted |certified |professional )?${LABEL}\b)${NOT_IMPOSTOR}(?:is|are|was) (?:a |an )?(?:known |real |big |total |confirmed |notorious |wanted |certified |professional )?${LABEL}\b${EN_PLAIN_GAP(40)}\b${WANTED}`,
      String.raw`\b(?=(?:is|are) (?:a |an )?(?:known |real |big |total |notorious )?${LABEL}\b)${NOT_IMPOSTOR}(?:is|are) (?:a |an )?(?:known |real |big |total |notorious )?${LABEL}[,;]? (?:who|that|and|he|she)(?: (?:just|always|also))? (?:steals?|stole|ran (?:off|away)|runs? (?:off|away)|borrows?(?: money)? and (?:disappears?|runs?|vanish\w*|hides?)|swindles?|swindled|cheats?|cheated|robs?|robbed|took|takes)\b${EN_PLAIN_GAP(30)}\b(?:from|with|our|money|lenders?|us|people|company|everyone)\b`,
      String.raw`\b(?:he|she|[a-z]+) (?:has|have) committed (?:fraud|a crime|crimes|theft|estafa|a felony)\b${EN_PLAIN_GAP(40)}\b(?:against (?:us|our|the company|lenders)|and (?:is|are) (?:now )?(?:wanted|being hunted|hunted|on the run|sought|being sought))`,
      String.raw`(?<!\byou |\byou're |\byou are |\byou have been )\b(?:is|has been) (?:now )?(?:wanted|being hunted|hunted|being sought|sought) by (?:the )?(?:police|authorities|nbi|fbi|cops|law enforcement|interpol|law)\b`,
    ),
  },
  {
    // guarden20: a wanted notice about the person ("WANTED: thief", "if you know this person,
    // contact the police"). Lawful: a bank's notice of a wanted fraudster is not its customer's.
    id: 'defamation.criminal_label',
    lang: 'en',
    triggers: ['wanted', 'this person', 'this individual', 'this man', 'this woman'],
    patterns: en(
      String.raw`\bwanted\b\W{0,4}(?:for )?(?:thief|thieves|criminals?|fraudsters?|scammers?|swindlers?|fugitives?|con artists?|theft|fraud|estafa|non-?payment)\b`,
      String.raw`\b(?:if you|anyone who|whoever) (?:know|knows|see|sees|has|have|spot|spots)\b[^.!?\n]{0,40}\bthis (?:person|individual|man|woman)\b[^.!?\n]{0,60}\b(?:police|authorities|sheriff|crime ?stoppers)\b`,
    ),
  },
];
