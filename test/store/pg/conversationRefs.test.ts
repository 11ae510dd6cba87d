import { describeCoreStores } from '../../support/coreStores.js';
import { conversationRefsContract } from '../contracts/conversationRefs.contract.js';

describeCoreStores('conversationRefs', conversationRefsContract);
