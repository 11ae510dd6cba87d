import { describeCoreStores } from '../../support/coreStores.js';
import { contactPreferencesContract } from '../contracts/contactPreferences.contract.js';

describeCoreStores('contactPreferences', contactPreferencesContract);
