import { describeCoreStores } from '../../support/coreStores.js';
import { disputesContract } from '../contracts/disputes.contract.js';

describeCoreStores('disputes', disputesContract);
