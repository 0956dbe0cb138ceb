export { healthRoutes, VERSION } from './health.routes';
