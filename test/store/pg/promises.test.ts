import { describeCoreStores } from '../../support/coreStores.js';
import { promisesContract } from '../contracts/promises.contract.js';

describeCoreStores('promises', promisesContract);
