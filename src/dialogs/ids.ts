export const COLLECTION_DIALOG = 'collection';
export const MAIN_FLOW = 'collection.main';
export const VERIFICATION_DIALOG = 'collection.verification';
export const NEGOTIATION_DIALOG = 'collection.negotiation';
