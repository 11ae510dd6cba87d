import { describeCoreStores } from '../../support/coreStores.js';
import { escalationsContract } from '../contracts/escalations.contract.js';

describeCoreStores('escalations', escalationsContract);
