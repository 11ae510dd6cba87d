import { describeCoreStores } from '../../support/coreStores.js';
import { verificationAttemptsContract } from '../contracts/verificationAttempts.contract.js';

describeCoreStores('verificationAttempts', verificationAttemptsContract);
