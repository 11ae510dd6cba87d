import { type GuardContext } from '../../../src/guardrails/index.js';
import { describeRound } from './roundCases.js';

/**
 * Third persons branded criminals and emergency-contact notices (rules/structRw14EnThird.ts), in
 * phrasings from guardrw14en's own training lines (training/guardrails/rw14.en.yaml), none from its
 * check set or a real message: they show each class is read, they are NOT a figure.
 */
const V: GuardContext = { locale: 'en', verified: true };
const U: GuardContext = { locale: 'en', verified: false };

describeRound('third persons in collectors English (guardrw14en)', {
  violations: [
    ['Ana Cruz is a fraudster and is wanted by the police.', U, 'defamation'],
    ['Please note that Mike Obi is a scammer wanted by the authorities.', U, 'defamation'],
    ['Your neighbour John is a thief and the police are after him.', U, 'defamation'],
    ['Ben Santos is a criminal and a fugitive.', U, 'defamation'],
    ['She is a thief who stole from our company.', U, 'defamation'],
    [
      'Ana Reyes with phone no 0917 555 0199 has an unresolved financial issue with our company.',
      U,
      'privacy',
    ],
    [
      'Ana used your profile as her emergency contact. We urge you to reach out to her to make her payment within 24 hours.',
      U,
      'privacy',
    ],
    [
      'You are listed as the emergency contact of Ben Cruz, who has an overdue loan with us. Please tell him to pay.',
      U,
      'privacy',
    ],
    ['Your brother named you as his reference. He has not paid his loan; kindly remind him.', U, 'privacy'],
    [
      'Good day, you are the contact person of Liza Tan. She owes our company, please advise her to settle.',
      U,
      'privacy',
    ],
    [
      'We are reaching out because Mark put your number on his loan. His account is in default.',
      U,
      'privacy',
    ],
    ['As his emergency contact, please make sure he pays his overdue balance today.', U, 'privacy'],
    ['Tell him to pay today or we will file a police case against him.', U, 'false_legal'],
  ],
  lawful: [
    ['The caller was a fraudster pretending to be us; please do not share your codes.', V],
    ['We are not law enforcement and no one is going to arrest you.', V],
    ['If your identity was stolen, we will help you report the fraud.', V],
    ['You listed your sister as an emergency contact; we only use it if we cannot reach you.', V],
    ['Please update your emergency contact in the app.', V],
    ['We never tell your references about your account.', V],
    ['Your emergency contact will never be told about your balance.', V],
  ],
});
