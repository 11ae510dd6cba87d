import { en, type PatternRuleSpec } from './ruleTypes.js';

/**
 * Round-16 English claims and exposure (structRound16En.ts has the menace): a relative made liable
 * or "inheriting" the debt, wage-attachment and writ jargon, social-media friends and followers
 * used to reach the person, spending mocked with "we can see what you buy", pretexts that make the
 * person confirm a debt, invented cut-offs, crimes alleged to partners and clients, an accent or
 * a name held against the person. FDCPA §1692c(b), §1692d, §1692e(2),(5),(11), §1692f.
 */
const KIN = String.raw`(?:wife|husband|spouse|partner|fianc[eé]e?|girlfriend|boyfriend|parents?|mum|mom|dad|father|mother|kids|children|son|daughter|brother|sister|family|relatives?|emergency contacts?)`;
const NOT_NEG = String.raw`(?!\s*(?:not|never|only)\b)`;
const LIABLE = String.raw`(?:liable|responsible|on the hook|obligated|obliged to pay|on the line)`;
const SOCIAL = String.raw`(?:facebook|fb|instagram|insta|linkedin|twitter|tiktok|whatsapp|snapchat|social media|business page|friends? list|followers|connections)`;
const BALANCE = String.raw`(?:balance|how much you owe|amount (?:outstanding|owed|due)|outstanding (?:amount|balance)|debt|owe on|account)`;

export const STRUCT_ROUND16_EN_CLAIMS: PatternRuleSpec[] = [
  {
    // "Your wife will be legally liable", "your kids inherit it automatically".
    id: 'false_legal.invented_consequence',
    lang: 'en',
    negatable: true,
    triggers: [
      'liable',
      'responsible',
      'on the hook',
      'obligated',
      'obliged',
      'on the line',
      'inherit',
      'passed down',
      'passes',
      'passed on',
      'goes straight',
      'goes to your',
      'follow your',
      'stuck with',
      'have to pay',
      'garnish',
      'wages',
      'paycheck',
      'earnings',
      'savings',
      'pension',
      'share',
      'left with',
      'happens to you',
      'jointly',
      'passed to',
      'salary',
      'income',
      'co-own',
      'coown',
      'co-sign',
      'cosign',
      'guarantor',
    ],
    patterns: en(
      String.raw`\b(?:your|ur) ${KIN}(?: (?:is|are|becomes?|will be|would be|'s|'re|is now|are now|is still|are still|will become))${NOT_NEG}\b[^.!?]{0,25}?\b(?:legally |jointly |personally |also |still |now |automatically )?${LIABLE}\b`,
      String.raw`\b(?:law|legally)\b[^.!?]{0,30}?\b(?:your|ur) ${KIN}\b[^.!?]{0,25}?\b${LIABLE}\b|\b(?:law|legally)\b[^.!?]{0,20}?\bmakes? (?:your|ur) ${KIN} ${LIABLE}\b`,
      String.raw`\b(?:your|ur) ${KIN}(?:'s|s'|s)? (?:wages|salary|income|paycheck|earnings|savings|pension|share)\b[^.!?]{0,40}?\b(?:garnish\w*|seized|taken|attached|counts? (?:toward|towards|against|for)|lose|used to pay)\b`,
      String.raw`\b(?:your|ur) ${KIN} (?:will |would )?(?:automatically )?(?:inherit|inherits)\b|\b(?:inherit|inherits|inherited)\b[^.!?]{0,10}?\bby (?:your|ur) ${KIN}\b`,
      String.raw`\binherits? (?:it|this|this debt|the debt|this balance|the balance|your debt|your balance|what you owe)\b`,
      String.raw`\b(?:your|ur) ${KIN} (?:will|would|'ll) (?:have to pay|be stuck with|be left with|pay)\b[^.!?]{0,30}?\b(?:if|when|once) (?:anything|something) happens to you\b|\b(?:your|ur) ${KIN} (?:will|would|'ll) be stuck with (?:this|the|your) (?:debt|balance|bill)\b`,
      String.raw`\b(?:your|ur) ${KIN}\b[^.!?]{0,10}?\b(?:co-?owns?|is (?:a |the )?co-?signer|is (?:a |the )?guarantor|is jointly)\b`,
    ),
  },
  {
    // "The debt goes to your spouse": a debt said to move to a relative, with no law named.
    id: 'misrepresentation.false_consequence',
    lang: 'en',
    negatable: true,
    triggers: [
      'goes straight to',
      'goes to your',
      'passes',
      'passed down',
      'passed on',
      'follow your',
      'follows your',
      'transfers to',
      'transferred to',
    ],
    patterns: en(
      String.raw`\b(?:debt|balance|card|it|this)\b[^.!?]{0,20}?\b(?:goes straight to|goes to|transfers to|is transferred to|passes (?:straight |directly |automatically )?(?:on )?to|is passed (?:down |on )?to|are passed down to|passed down to|will follow|follows) (?:your|ur) ${KIN}\b`,
    ),
  },
  {
    // Jargon orders that no court made: a wage attachment issued, a writ lodged, bailiffs sent.
    id: 'false_legal.court',
    lang: 'en',
    negatable: true,
    hedgeable: true,
    triggers: ['attachment', 'garnishment', 'deduction', 'writ', 'bailiff', 'lien order'],
    patterns: en(
      String.raw`\b(?:wage|salary|earnings|payroll) (?:attachment|garnishment|deduction)(?: order| notice)?\b[^.!?]{0,30}?\b(?:has been |was |is |already )?(?:issued|sent|served|lodged|filed|effective|in place|started|starts)\b`,
      String.raw`\b(?:issued|sent|served|lodged|filed)\b[^.!?]{0,15}?\b(?:a |an )?(?:wage|salary|earnings|payroll) (?:attachment|garnishment|deduction)\b|\battachment of earnings order\b[^.!?]{0,20}?\b(?:issued|in place|served|made)\b`,
      String.raw`\bwrit\b[^.!?]{0,30}?\b(?:lodged|issued|granted|served|signed)\b|\bbailiffs?\b[^.!?]{0,30}?\b(?:authori[sz]ed|will (?:attend|enter|come|visit|seize)|are coming|on (?:their|the) way)\b|\blien order granted\b`,
    ),
  },
  {
    // Friends, followers and connections on social media used to reach the person.
    id: 'privacy.public_exposure',
    lang: 'en',
    negatable: true,
    triggers: [
      'facebook',
      'fb',
      'instagram',
      'insta',
      'linkedin',
      'twitter',
      'tiktok',
      'whatsapp',
      'snapchat',
      'social media',
      'business page',
      'friend list',
      'friends list',
      'followers',
      'connections',
      'public posts',
      'your posts',
    ],
    patterns: en(
      String.raw`\b(?:messag\w*|dm|dms|dming|contact\w*|reach(?:ing)? out to|ask\w*(?: around)?|go(?:ing)? through|work(?:ing)? through|friend request\w*|tag\w*|post\w*|text\w*|ping\w*|comment\w*)\b[^.!?]{0,40}?\b(?:your|ur|the|people (?:in|on)) (?:\w+ )?${SOCIAL}\b`,
      String.raw`\b(?:comment\w*|reply|replying) on your (?:public )?posts\b`,
    ),
  },
  {
    // An employer, landlord or school told that one of its people owes: a debt to a third party.
    id: 'privacy.third_party',
    lang: 'en',
    negatable: true,
    triggers: ['your staff', 'your employee', 'your worker', 'your tenant', 'your team member', 'of yours'],
    patterns: en(
      String.raw`\b(?:unpaid|overdue|outstanding|past[- ]due|late|defaulted)\b[^.!?]{0,25}?\b(?:of|for|on|belonging to|owed by) (?:one of )?your (?:staff|employees?|workers?|tenants?|team members?)\b`,
      String.raw`\b(?:one of )?your (?:staff|employees?|workers?|tenants?|team members?)\b[^.!?]{0,30}?\b(?:owes|is behind|has an? (?:unpaid|overdue)|hasn't paid|has not paid|defaulted|is in arrears)\b`,
      String.raw`\b(?:employee|worker|tenant|staff member) of yours\b[^.!?]{0,30}?\b(?:owes|unpaid|overdue|behind|debt|arrears)\b`,
    ),
  },
  {
    // "We can see your transactions", "money for takeout but not for us".
    id: 'harassment.mockery',
    lang: 'en',
    negatable: true,
    triggers: [
      'every purchase',
      'every swipe',
      'all of it',
      'your transactions',
      'your purchases',
      'your spending',
      'card activity',
      'what you buy',
      'but not',
      'but no money',
      'never money',
      'no money for',
      'like an adult',
      'priorities',
      'grow up',
      'poor you',
      'nice new',
      'lovely holiday',
      'afford',
      'lovely new',
      'nice holiday',
      'every transaction',
      'each purchase',
      'each swipe',
      'each transaction',
      'every thing you buy',
    ],
    patterns: en(
      String.raw`\b(?:we|i) (?:can )?(?:see|watch|track) (?:every|each) (?:purchase|swipe|transaction|thing you buy)\b|\bwe (?:can )?see all of it\b|\b(?:been )?watching your (?:card activity|spending|purchases|transactions)\b|\bwe (?:can )?see (?:your|all your) (?:transactions|purchases|spending)\b[^.!?]{0,5}?\byou know\b|\bwe (?:can )?see what you buy\b`,
      String.raw`\b(?:can|could) afford\b[^.!?]{0,50}?\bbut not\b[^.!?]{0,20}?\b(?:us|your (?:minimum|bill|payment|card|debt)|the (?:minimum|bill|payment))\b|\b(?:but|yet|never) no money for (?:us|the minimum|your bill|your card)\b|\bnever money for us\b|\bmoney for [a-z]+\b[^.!?]{0,30}?\bbut no money\b`,
      String.raw`\b(?:pay (?:your bills?|your debts?|up) |act )like an adult\b|\bget your priorities (?:straight|right|sorted)\b|\bpriorities, (?:mate|buddy|pal)\b|\boh,? poor you\b|\b(?:lattes|coffees|takeout|takeaway) and grow up\b`,
      String.raw`\b(?:nice|lovely) (?:new (?:sneakers|shoes|phone|tv|car|bag|handbag|clothes|watch|trainers)|holiday (?:pics|photos))\b[^.!?]{0,5}[.!,]\s*(?:shame|pity|too bad)\b`,
    ),
  },
  {
    // A pretext identity (courier, survey, pharmacy, payroll, records office) used to make the
    // person confirm a debt.
    id: 'misrepresentation.authority',
    lang: 'en',
    negatable: true,
    triggers: [
      'this is',
      "i'm",
      'i am',
      'calling from',
      'on behalf of',
      "we're",
      'we are',
      'hello from',
      'courier here',
      'parcel here',
      'delivery here',
    ],
    patterns: en(
      String.raw`\b(?:this is|i'm|i am|we're|we are|calling from|calling on behalf of|on behalf of|hello from)\b[^.!?]{0,25}?\b(?:deliver(?:y|ies)|courier|parcel|package|survey|pharmacy|payroll|human resources|process server'?s?|records office|clerk'?s? office|post office|prize|sweepstakes|lottery|census)\b[\s\S]{0,120}?\b(?:confirm|verify|tell me|what is|state|discuss|talk about|call (?:us )?back (?:about|regarding))\b[^.!?]{0,40}?\b${BALANCE}\b`,
      String.raw`\b(?:courier|parcel|delivery) here\b[\s\S]{0,80}?\b(?:confirm|verify)\b[^.!?]{0,40}?\b${BALANCE}\b`,
    ),
  },
  {
    // Invented cut-offs of services the card has nothing to do with.
    id: 'misrepresentation.false_consequence',
    lang: 'en',
    negatable: true,
    triggers: [
      'utilities',
      'electricity',
      'power',
      'water',
      'gas',
      'internet',
      'phone service',
      'mobile service',
      'phone carrier',
      'cell service',
      'score',
      'visit fee',
      'registry',
      'register',
      'database',
      'blacklist',
      'black list',
      'home visit',
      'field visit',
    ],
    patterns: en(
      String.raw`\b(?:utilities|electricity|power|water|gas|internet|phone service|mobile service|phone carrier|cell service)\b[^.!?]{0,40}?\b(?:will be|are being|is being|get|gets|are going to be|is going to be)(?: \w+)? (?:cut off|disconnected|shut off|switched off|suspended|terminated)\b`,
      String.raw`\b(?:registry|register|database|blacklist|black list)\b[^.!?]{0,20}?\b(?:every|all|any) (?:employers?|landlords?|banks?|lenders?|companies)\b[^.!?]{0,10}?\b(?:checks?|sees?|can see|looks? at|uses?)\b`,
      String.raw`\bscore (?:will |is going to )?(?:drop|fall|go|crash)\w* to (?:zero|0|nothing)\b|\b(?:home|field) visit fee\b[^.!?]{0,30}?\b(?:added|charged|applied|due)\b|\bfee (?:of \$?\d+ )?for (?:a|the|our) (?:home|field) visit\b`,
    ),
  },
  {
    // A balance said to have multiplied through penalties within weeks.
    id: 'misrepresentation.false_consequence',
    lang: 'en',
    negatable: true,
    triggers: ['doubled', 'tripled', 'quadrupled', 'ballooned', 'threefold', 'fourfold', 'tenfold'],
    patterns: en(
      String.raw`\b(?:debt|balance|bill|amount owed|what you owe)(?: has| have|'s)? (?:now |already |nearly |almost |more than |just |actually )?(?:doubled|tripled|quadrupled|ballooned|gone up (?:three|four|ten)fold)\b[^.!?]{0,30}?\b(?:penalt\w*|fees?|interest|since last month|in a month|overnight|in (?:a|two|three) weeks?)\b`,
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
    // An accent, a name or the person's English held against their word.
    id: 'discrimination.identity',
    lang: 'en',
    negatable: true,
    triggers: ['accent', 'english', 'name like', 'surname like', 'foreigners'],
    patterns: en(
      String.raw`\b(?:your|that|ur) accent\b[^.!?]{0,50}?\b(?:trust|believe|lying|liar|lie|lies|honest|credib\w*|excuse)\b|\bwith (?:a|that) (?:name|surname|accent) like (?:yours|that)\b`,
      String.raw`\b(?:can't|cannot|can not|don't|do not|couldn't) (?:understand|follow) (?:your|ur) (?:english|accent)\b[^.!?]{0,40}?\b(?:lying|liar|lie|believe|trust|made up|making (?:it|this|the story) up|assume)\b|\b(?:understand|speak)\b[^.!?]{0,20}?\b(?:your|proper) english\b[^.!?]{0,40}?\b(?:lying|liar|lie|believe|trust|made up|making (?:it|this|the story) up|assume)\b|\byour english is (?:so |too )?(?:bad|broken|terrible|poor)\b[^.!?]{0,40}?\b(?:assume|believe|trust|made up|lying)\b`,
      String.raw`\bforeigners like you\b`,
    ),
  },
];
