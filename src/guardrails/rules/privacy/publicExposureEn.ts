import { en, type PatternRuleSpec } from '../ruleTypes.js';
import { EN_PLAIN_GAP } from '../shared/en.js';

/**
 * Privacy (English): the person's data published.
 */

const SOCIAL = String.raw`(?:facebook|fb|instagram|insta|linkedin|twitter|tiktok|whatsapp|snapchat|social media|business page|friends? list|followers|connections)`;

export const PRIVACY_PUBLIC_EXPOSURE_EN: PatternRuleSpec[] = [
  {
    id: 'privacy.public_exposure',
    lang: 'en',
    negatable: true,
    triggers: [
      'facebook',
      'instagram',
      'tiktok',
      'twitter',
      'linkedin',
      'social media',
      'online',
      'whatsapp group',
      'everyone you know',
    ],
    patterns: en(
      `\\b(?:post|share|put|publish|expose|name|tag)\\w*\\b[^.!?]{0,40}\\b(?:facebook|instagram|tiktok|twitter|linkedin|social media|online|whatsapp group)`,
      `\\b(?:facebook|instagram|tiktok|twitter|linkedin|social media)\\b[^.!?]{0,30}\\b(?:everyone|all your|friends|followers) (?:will )?(?:see|know)`,
    ),
  },
  {
    id: 'privacy.public_exposure',
    lang: 'en',
    negatable: true,
    triggers: ['of shame', 'list of', 'register of', 'registry of', 'database of', 'page of'],
    patterns: en(
      String.raw`\b(?:wall|list|board|hall|page|gallery) of shame\b|\b(?:public|online|open) (?:list|register|registry|database|page) of (?:debtors|defaulters|deadbeats|fraudsters|non-payers|bad payers)\b`,
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
    // A debt aired as a public comment: "settle that balance before posting more vacation pics".
    id: 'privacy.public_exposure',
    lang: 'en',
    negatable: true,
    triggers: [
      'before posting',
      'before buying',
      'before booking',
      'before flexing',
      'before showing off',
      'before bragging',
    ],
    patterns: en(
      String.raw`\b(?:balance|debt|you owe(?: us)?|owe us|card bill|loan)\b${EN_PLAIN_GAP(40)}\bbefore (?:posting|buying|booking|flexing|showing off|bragging about) (?:more|another)\b`,
    ),
  },
];
