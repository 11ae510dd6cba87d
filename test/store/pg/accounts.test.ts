import { describeCoreStores } from '../../support/coreStores.js';
import { accountsContract } from '../contracts/accounts.contract.js';

describeCoreStores('accounts', accountsContract);
