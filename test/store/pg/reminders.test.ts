import { describeCoreStores } from '../../support/coreStores.js';
import { remindersContract } from '../contracts/reminders.contract.js';

describeCoreStores('reminders', remindersContract);
