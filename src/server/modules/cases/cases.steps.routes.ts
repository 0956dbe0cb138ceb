/**
 * /api/cases/:id/...: moving a case along its route. Recommendation, decision, sending back,
 * skipping, adding a forum and withdrawal are the secretariat's; escalation is the chair's
 * (chair, co-chair or vice-chair of the deciding forum, seed 001) or the secretariat's.
 * Placing a step on a meeting lives in the agendas module (it also creates the agenda item).
 */
import { allOf, byBody, byCaseStep, byParam } from '../../platform/scope';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import {
  AddStepRequestSchema,
  CaseDetailSchema,
  CaseParamsSchema,
  CaseStepParamsSchema,
  DecisionRequestSchema,
  EscalateRequestSchema,
  NoteReturnRequestSchema,
  ReasonRequestSchema,
  ReturnModeRequestSchema,
  SendBackRequestSchema,
  TextRequestSchema,
} from '../../../shared/cases.contract';
import { todayInDenmark } from '../../../shared/dates';
import { hasRole } from '../../../shared/roles';
import { actorOf } from '../../platform/audit';
import { problemResponses } from '../../platform/http';
import type { Db } from '../../db/client';
import { loadForChange, markHeldIfDue, requireForum } from './cases.guard';
import {
  addStepSpec,
  changeCase,
  decideSpec,
  decisionMeeting,
  escalateSpec,
  noteReturnSpec,
  recommendSpec,
  returnModeSpec,
  sendBackSpec,
  skipSpec,
  withdrawSpec,
} from './cases.service';
import { stepOf } from './cases.transitions';
import { getCaseForViewer } from './cases.view';
import type { CaseDeps } from './ports';
import { appError } from './texts';
import { viewerOf, type Viewer } from './viewer';
import { viewerRolesIn } from './visibility.service';

const CHAIRS = ['chair', 'coChair', 'viceChair'] as const;

/** The secretariat, or a chair of the forum today, may escalate that forum's decision. */
async function assertMayEscalate(deps: CaseDeps, viewer: Viewer, forumId: string): Promise<void> {
  if (hasRole(viewer.role, 'secretariat')) return;
  const roles = await viewerRolesIn(deps.db, deps.org, viewer, forumId, todayInDenmark());
  if (!CHAIRS.some((role) => roles.has(role))) {
    throw appError('forbidden', 'cases', 'errors.notChair');
  }
}

const tags = ['cases'];
const response = { 200: CaseDetailSchema, ...problemResponses };

/** Route options of a step transition (secretariat unless `access` says otherwise). */
function stepRoute<B extends z.ZodType>(path: string, summary: string, body: B) {
  return {
    path: `/cases/:id/steps/:stepId/${path}`,
    options: {
      config: { access: 'secretariat' as const, scope: byCaseStep },
      schema: { tags, summary, params: CaseStepParamsSchema, body, response },
    },
  };
}

/** Recommendation and decision of the current step. */
async function recommendAndDecide(app: FastifyInstance, deps: CaseDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const recommend = stepRoute(
    'recommendation',
    'Record the current step’s recommendation',
    TextRequestSchema,
  );
  r.post(recommend.path, recommend.options, async (request) => {
    const { id, stepId } = request.params;
    const viewer = viewerOf(request);
    const loaded = await loadForChange(deps, viewer, id, stepId);
    const spec = recommendSpec(actorOf(request), stepId, request.body.text);
    await changeCase(deps, actorOf(request), loaded, spec);
    return getCaseForViewer(deps, viewer, id);
  });

  const decide = stepRoute('decision', 'Record the current step’s decision', DecisionRequestSchema);
  r.post(decide.path, decide.options, async (request) => {
    const { id, stepId } = request.params;
    const viewer = viewerOf(request);
    const loaded = await loadForChange(deps, viewer, id, stepId);
    const today = todayInDenmark();
    const at = await decisionMeeting(deps, loaded, stepId, today);
    const on = request.body.on ?? at.on;
    const spec = decideSpec(actorOf(request), stepId, { ...request.body, on });
    const meeting = at.meeting;
    const alsoInTx = meeting ? (tx: Db) => markHeldIfDue(tx, deps, meeting, today) : undefined;
    await changeCase(deps, actorOf(request), loaded, {
      ...spec,
      ...(alsoInTx ? { alsoInTx } : {}),
    });
    return getCaseForViewer(deps, viewer, id);
  });
}

/** Sending back, skipping and the chair's escalation. */
async function sendBackSkipEscalate(app: FastifyInstance, deps: CaseDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const back = stepRoute(
    'send-back',
    'Send the case back down to an earlier forum',
    SendBackRequestSchema,
  );
  r.post(back.path, back.options, async (request) => {
    const { id, stepId } = request.params;
    const viewer = viewerOf(request);
    const loaded = await loadForChange(deps, viewer, id, stepId);
    const to = request.body.toForumId;
    if (to) await requireForum(deps.db, deps, to, loaded.row.collaborationId);
    await changeCase(
      deps,
      actorOf(request),
      loaded,
      sendBackSpec(actorOf(request), stepId, request.body),
    );
    return getCaseForViewer(deps, viewer, id);
  });

  const skip = stepRoute('skip', 'Skip a pending step', ReasonRequestSchema);
  r.post(skip.path, skip.options, async (request) => {
    const { id, stepId } = request.params;
    const viewer = viewerOf(request);
    const loaded = await loadForChange(deps, viewer, id, stepId);
    await changeCase(
      deps,
      actorOf(request),
      loaded,
      skipSpec(actorOf(request), stepId, request.body.reason),
    );
    return getCaseForViewer(deps, viewer, id);
  });

  const up = stepRoute(
    'escalate',
    'Escalate a decided step to the next forum (the chair’s call)',
    EscalateRequestSchema,
  );
  r.post(
    up.path,
    { ...up.options, config: { access: 'member', scope: byCaseStep } },
    async (request) => {
      const { id, stepId } = request.params;
      const viewer = viewerOf(request);
      const loaded = await loadForChange(deps, viewer, id, stepId);
      await assertMayEscalate(deps, viewer, stepOf(loaded, stepId).forumId);
      await requireForum(deps.db, deps, request.body.toForumId, loaded.row.collaborationId);
      await changeCase(
        deps,
        actorOf(request),
        loaded,
        escalateSpec(actorOf(request), stepId, request.body),
      );
      return getCaseForViewer(deps, viewer, id);
    },
  );
}

/** Adding a forum to the route, and withdrawing the case. */
async function addStepAndWithdraw(app: FastifyInstance, deps: CaseDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const config = { access: 'secretariat' as const, scope: byParam('case') };
  r.post(
    '/cases/:id/steps',
    {
      config: { ...config, scope: allOf(byParam('case'), byBody('forum', 'forumId')) },
      schema: {
        tags,
        summary: 'Add a forum to the route',
        params: CaseParamsSchema,
        body: AddStepRequestSchema,
        response,
      },
    },
    async (request) => {
      const viewer = viewerOf(request);
      const loaded = await loadForChange(deps, viewer, request.params.id);
      await requireForum(deps.db, deps, request.body.forumId, loaded.row.collaborationId);
      await changeCase(deps, actorOf(request), loaded, addStepSpec(actorOf(request), request.body));
      return getCaseForViewer(deps, viewer, request.params.id);
    },
  );

  r.post(
    '/cases/:id/withdraw',
    {
      config,
      schema: {
        tags,
        summary: 'Withdraw the case',
        params: CaseParamsSchema,
        body: ReasonRequestSchema,
        response,
      },
    },
    async (request) => {
      const viewer = viewerOf(request);
      const loaded = await loadForChange(deps, viewer, request.params.id);
      await changeCase(
        deps,
        actorOf(request),
        loaded,
        withdrawSpec(actorOf(request), request.body.reason),
      );
      return getCaseForViewer(deps, viewer, request.params.id);
    },
  );
}

/** The secretariat, or a member of the forum today, may note a decision that came back to it. */
async function assertMayNote(deps: CaseDeps, viewer: Viewer, forumId: string): Promise<void> {
  if (hasRole(viewer.role, 'secretariat')) return;
  const roles = await viewerRolesIn(deps.db, deps.org, viewer, forumId, todayInDenmark());
  if (roles.size === 0) throw appError('forbidden', 'cases', 'errors.notForumMember');
}

/**
 * Issue 12: a forum notes (or records it acted on) a decision that came back down to it; the
 * secretariat sets whether a return step is to note or to act on.
 */
async function returnSteps(app: FastifyInstance, deps: CaseDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const note = stepRoute(
    'note',
    'Note (or record acting on) a decision that came back to the forum',
    NoteReturnRequestSchema,
  );
  r.post(
    note.path,
    { ...note.options, config: { access: 'member', scope: byCaseStep } },
    async (request) => {
      const { id, stepId } = request.params;
      const viewer = viewerOf(request);
      const loaded = await loadForChange(deps, viewer, id, stepId);
      await assertMayNote(deps, viewer, stepOf(loaded, stepId).forumId);
      await changeCase(
        deps,
        actorOf(request),
        loaded,
        noteReturnSpec(actorOf(request), stepId, request.body.text || undefined),
      );
      return getCaseForViewer(deps, viewer, id);
    },
  );

  const mode = stepRoute(
    'return-mode',
    'Set a decision that came back to note or to act on',
    ReturnModeRequestSchema,
  );
  r.post(mode.path, mode.options, async (request) => {
    const { id, stepId } = request.params;
    const viewer = viewerOf(request);
    const loaded = await loadForChange(deps, viewer, id, stepId);
    await changeCase(
      deps,
      actorOf(request),
      loaded,
      returnModeSpec(actorOf(request), stepId, request.body.mode),
    );
    return getCaseForViewer(deps, viewer, id);
  });
}

/** The step transition routes. */
export async function caseStepsRoutes(app: FastifyInstance, deps: CaseDeps): Promise<void> {
  await recommendAndDecide(app, deps);
  await returnSteps(app, deps);
  await sendBackSkipEscalate(app, deps);
  await addStepAndWithdraw(app, deps);
}
