/** Decision follow-up actions: pure rules. */
export * from './actions';
export * from './follow-up-forum';
