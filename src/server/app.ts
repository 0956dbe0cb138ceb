/**
 * buildApp: the whole server, wired explicitly. Root scope: security, OpenAPI, the web app.
 * API scope (/api): authentication and authorisation hooks, problem+json errors, every module.
 */
import { randomUUID } from 'node:crypto';
import Fastify, { LogController, type FastifyInstance, type RouteOptions } from 'fastify';
import type { Config, TrustProxy } from './config';
import type { Database } from './db/client';
import { frameworkErrorHandler, installErrorHandlers, sendProblem } from './platform/errors';
import './platform/fastify-types';
import type { HeavyWork } from './platform/heavy-routes';
import { installJobs } from './platform/jobs';
import { installRequestLog, loggerLevel, logSafeRequest } from './platform/log';
import { registerOpenApi } from './platform/openapi';
import { registerSecurity } from './platform/security';
import {
  refuseControlCharacters,
  serializerCompiler,
  validatorCompiler,
} from './platform/validation';
import { registerWeb } from './platform/web';
import type { WorkerPool } from './platform/worker-pool';
import { createTaskPool } from './worker-tasks';
import { accessRoutes, installScopeHooks } from './modules/access/index';
import { agendasModule, registerAgendasCarryOver } from './modules/agendas/index';
import { auditRoutes } from './modules/audit/index';
import {
  authRoutes,
  installAuthHooks,
  meRoutes,
  oidcRoutes,
  usersDirectoryRoutes,
  usersRoutes,
} from './modules/auth/index';
import { caseDeps, casesModule, registerCasesCarryOver } from './modules/cases/index';
import { actionsRoutes, followUpLookup } from './modules/actions/index';
import { financingModule } from './modules/financing/index';
import { plansModule } from './modules/plans/index';
import { historyRoutes } from './modules/history/index';
import { pilotsRoutes } from './modules/pilots/index';
import { knowledgeRoutes } from './modules/knowledge/index';
import { documentsRoutes } from './modules/documents/index';
import { healthRoutes, VERSION } from './modules/health/index';
import { homeRoutes } from './modules/home/index';
import {
  meetingDatesByForum,
  meetingsRoutes,
  registerMeetingsCarryOver,
} from './modules/meetings/index';
import { newslettersModule } from './modules/newsletters/index';
import { notificationsModule } from './modules/notifications/index';
import { organisationRoutes } from './modules/organisation/index';
import { planRoundsModule } from './modules/plans/rounds.plugin';
import { searchRoutes } from './modules/search/index';
import { consultationsModule } from './modules/consultations/index';
import { planFilesModule } from './modules/plans/files.plugin';
import { transfersModule } from './modules/transfers/index';
import { fundingRoutes } from './modules/funding/index';
import { charterRoutes } from './modules/charters/index';
import { questionnairesModule } from './modules/questionnaires/index';

export interface AppDeps {
  config: Config;
  database: Database;
  /** Where the built web app is; tests point it elsewhere or leave it absent. */
  webDist?: string;
  /** Called for every route as it is registered; tests use it to cover every route. */
  onRoute?: (route: RouteOptions) => void;
  /** The current instant for routes that date a change by the request's day (tests fix it). */
  clock?: () => Date;
  /** The pool for CPU-heavy work; default a new one (closed with the app) sized by the config. */
  workers?: WorkerPool;
}

/** Log redaction: secrets and personal tokens never reach the logs. */
const REDACT = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.passwordHash',
  '*.token',
];

/** Fastify's `trustProxy` for TRUST_PROXY (its types leave out hop counts: a hop test instead). */
function fastifyTrustProxy(
  trust: TrustProxy,
): false | string[] | ((address: string, hop: number) => boolean) {
  if (typeof trust !== 'number') return trust;
  return (_address, hop) => hop < trust;
}

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { config, database } = deps;
  const app = Fastify({
    logger: {
      level: loggerLevel(config.logLevel, config.logRequests),
      redact: { paths: REDACT, censor: '[skjult]' },
      serializers: { req: logSafeRequest },
    },
    // Fastify's two lines per request at info are too much at load: see installRequestLog.
    logController: new LogController({ disableRequestLogging: true }),
    genReqId: () => randomUUID(),
    bodyLimit: 2 * 1024 * 1024,
    // Off unless TRUST_PROXY names the proxies: X-Forwarded-For is otherwise the client's word.
    trustProxy: fastifyTrustProxy(config.trustProxy),
    frameworkErrors: frameworkErrorHandler,
  });
  if (deps.onRoute) app.addHook('onRoute', deps.onRoute);
  installRequestLog(app, { everyRequest: config.logRequests });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // Every route, with or without schemas: no control characters in params, query or body.
  app.addHook('preValidation', refuseControlCharacters);
  installErrorHandlers(app);
  installJobs(app);
  const workers = deps.workers ?? createTaskPool({ threads: config.workerThreads });
  if (!deps.workers) app.addHook('onClose', () => workers.close());
  const heavy: HeavyWork = { workers, perMinute: config.heavyRateLimitPerMinute };

  await registerSecurity(app, config);
  await registerOpenApi(app, VERSION);

  const db = database.db;
  await app.register(
    async (api) => {
      installAuthHooks(api, { db, config });
      installScopeHooks(api, { db });
      api.addHook('onSend', async (_request, reply) => {
        reply.header('cache-control', 'no-store');
      });
      api.setNotFoundHandler((request, reply) => sendProblem(reply, request, 'notFound'));
      await api.register(healthRoutes, { database });
      await api.register(authRoutes, { db, config });
      await api.register(oidcRoutes, { db, config });
      await api.register(meRoutes, { db, config });
      await api.register(usersRoutes, { db, config });
      await api.register(usersDirectoryRoutes, { db });
      await api.register(accessRoutes, { db });
      await api.register(auditRoutes, { db });
      registerMeetingsCarryOver();
      await api.register(meetingsRoutes, { db });
      await api.register(organisationRoutes, { db, meetingDates: meetingDatesByForum, heavy });
      registerCasesCarryOver();
      registerAgendasCarryOver();
      await api.register(casesModule, { ...caseDeps(db), workers });
      await api.register(agendasModule, { ...caseDeps(db), followUps: followUpLookup });
      await api.register(documentsRoutes, { ...caseDeps(db), followUps: followUpLookup, heavy });
      await api.register(actionsRoutes, { ...caseDeps(db), followUps: followUpLookup });
      await api.register(searchRoutes, caseDeps(db));
      await api.register(notificationsModule, { cases: caseDeps(db), config });
      await api.register(plansModule, { db });
      await api.register(planFilesModule, { db, heavy });
      await api.register(planRoundsModule, { db, config });
      await api.register(transfersModule, { db, cases: caseDeps(db) });
      await api.register(financingModule, caseDeps(db));
      await api.register(homeRoutes, { db });
      await api.register(newslettersModule, { db, config });
      await api.register(historyRoutes, { db });
      await api.register(consultationsModule, { db, clock: deps.clock ?? (() => new Date()) });
      await api.register(pilotsRoutes, { ...caseDeps(db), workers });
      await api.register(knowledgeRoutes, caseDeps(db));
      await api.register(fundingRoutes, { db });
      await api.register(charterRoutes, { db });
      await api.register(questionnairesModule, {
        db,
        config,
        ...(deps.clock ? { now: deps.clock } : {}),
      });
    },
    { prefix: '/api' },
  );

  await registerWeb(app, deps.webDist);
  return app;
}
