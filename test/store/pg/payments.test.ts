import { describeCoreStores } from '../../support/coreStores.js';
import { paymentsContract } from '../contracts/payments.contract.js';

describeCoreStores('payments', paymentsContract);
