/** The audit module's public surface. */
export { auditRoutes } from './audit.routes';
export { countAudit, listAudit } from './audit.repo';
export { auditLog } from './audit.table';
