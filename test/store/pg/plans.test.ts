import { describeCoreStores } from '../../support/coreStores.js';
import { plansContract } from '../contracts/plans.contract.js';

describeCoreStores('plans', plansContract);
