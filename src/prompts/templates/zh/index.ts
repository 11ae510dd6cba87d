import type { Wording } from '../../wording.js';
import { zhAccess } from './access.js';
import { zhCare } from './care.js';
import { zhAccount } from './account.js';
import { zhPlans } from './plans.js';
import { zhSupport } from './support.js';
import { zhAnswers } from './answers.js';

/** All zh-CN wording; the annotation makes a missing act kind a compile error. */
export const zh: Wording = { ...zhAccess, ...zhAccount, ...zhPlans, ...zhSupport, ...zhCare, ...zhAnswers };
