export { understandOffline } from './understandOffline.js';
export { parseAmount } from './amount.js';
export { parseMonths } from './months.js';
export { parseDate } from './dates.js';
export { extractLast4 } from './last4.js';
export { detectLanguage } from './detectLanguage.js';
export { isInjection } from './injection.js';
export { normalise } from './normalise.js';
