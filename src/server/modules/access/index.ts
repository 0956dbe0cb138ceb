/** The access module: where each user's role holds (scopes) and the hook that enforces it. */
export { userScopes } from './access.table';
export { installScopeHooks, assertInScope, OUT_OF_SCOPE } from './access.hooks';
export { effectiveRole, grantKeysOf, grantsOf, isNational } from './access.service';
export { accessRoutes } from './access.routes';
export { scopeOptions } from './access.repo';
export { replaceGrants } from './grants.repo';
