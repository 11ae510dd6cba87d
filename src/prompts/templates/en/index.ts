import type { Wording } from '../../wording.js';
import { enAccess } from './access.js';
import { enCare } from './care.js';
import { enAccount } from './account.js';
import { enPlans } from './plans.js';
import { enSupport } from './support.js';
import { enAnswers } from './answers.js';

/** All English wording; the annotation makes a missing act kind a compile error. */
export const en: Wording = { ...enAccess, ...enAccount, ...enPlans, ...enSupport, ...enCare, ...enAnswers };
