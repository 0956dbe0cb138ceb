/**
 * Test fixtures for the case route: a case raised in a cluster's administrative forum and
 * travelling cluster → officials' committee → TSS → SSU (seed 004), and helpers to move it.
 */
import { currentStep } from './case-helpers';
import { createCase, placeOnAgenda, recordDecision, recordRecommendation } from './route';
import type { Case, CaseResult } from './types';

/** The raising forum: a cluster's administrative forum. */
export const CLUSTER = 'klynge-nord-adm';
/** Cluster → officials' committee → TSS → SSU. */
export const ROUTE = [CLUSTER, 'eu', 'tss', 'ssu'];

/** The case of an accepted transition; throws on a refusal (tests only). */
export function must(result: CaseResult): Case {
  if (!result.ok) throw new Error(`refused: ${result.error.code}`);
  return result.case;
}

/** The fixture case, just raised on 10 January 2026. */
export const raised = must(
  createCase({
    id: 'c1',
    title: 'Fælles model for akutfunktioner',
    summary: 'Klyngen foreslår en fælles model',
    type: 'decision',
    flags: ['crossCutting', 'crossCutting'],
    clusterId: 'nord',
    raisedInForumId: CLUSTER,
    route: ROUTE,
    on: '2026-01-10',
    actorId: 'u1',
  }),
);

/** Places, recommends and decides the current step on `on`. */
export function treat(c: Case, on: string, decision = `Besluttet ${on}`): Case {
  const step = currentStep(c);
  if (!step) throw new Error('no current step');
  const placed = must(
    placeOnAgenda(c, { stepId: step.id, meetingId: `m-${step.forumId}-${on}`, on }),
  );
  const recommended = must(
    recordRecommendation(placed, { stepId: step.id, text: 'Indstilling', on }),
  );
  return must(recordDecision(recommended, { stepId: step.id, text: decision, on }));
}

/** The fixture case decided all the way up to the SSU. */
export const decidedAtSsu = treat(
  treat(treat(treat(raised, '2026-01-22'), '2026-02-09'), '2026-02-25'),
  '2026-03-18',
  'SSU godkender modellen',
);
