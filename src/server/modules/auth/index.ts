/** The auth module's public surface. */
export { authRoutes, meRoutes, setSessionCookie } from './auth.routes';
export { installAuthHooks, sessionCookieName, sessionPolicy } from './auth.hooks';
export { oidcRoutes } from './oidc.routes';
export { usersRoutes } from './users.routes';
export { usersDirectoryRoutes } from './users-directory.routes';
export { createUser, setPassword, updateUser } from './users.service';
export { countUsers, findUserByEmail, findUserById, presentUser, userNames } from './users.repo';
export { createSession } from './sessions';
export { users, sessions } from './auth.table';
