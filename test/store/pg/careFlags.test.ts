import { describeCoreStores } from '../../support/coreStores.js';
import { careFlagsContract } from '../contracts/careFlags.contract.js';

describeCoreStores('careFlags', careFlagsContract);
