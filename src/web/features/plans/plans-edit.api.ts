/**
 * The secretariat's plan edits as react-query mutations (plans.contract.ts,
 * plan-indicators.contract.ts): plans, adoption, end, scale, goals, initiatives, milestones,
 * links, degrees, cluster priorities, indicators and single values. Every success refreshes
 * every plans read (PLANS_KEY), so the pages show the change at once.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../api/client';
import type { ScopeGrantView } from '../../../shared/scopes';

type ScopeList = { items: ScopeGrantView[] };
import type {
  AdoptPlanSchema,
  CreateGoalSchema,
  CreateInitiativeSchema,
  CreateLinkSchema,
  CreateMilestoneSchema,
  CreatePlanSchema,
  DegreeEntry,
  EndSchema,
  InitiativeDetail,
  PlanDetail,
  PutPrioritySchema,
  PutScaleSchema,
  RecordDegreeSchema,
  UpdateGoalSchema,
  UpdateInitiativeSchema,
  UpdateMilestoneSchema,
  UpdatePlanSchema,
} from '../../../shared/plans.contract';
import type {
  Indicator,
  IndicatorCreateSchema,
  IndicatorUpdate,
  IndicatorValue,
  IndicatorValuePutSchema,
} from '../../../shared/plan-indicators.contract';
import { todayInDenmark } from '../../../shared/dates';
import type { Overview } from '../../../shared/organisation-views.contract';
import { PLANS_KEY } from './plans.api';
import { planApi } from './plans.paths';

const enc = encodeURIComponent;

/** Request bodies as the client sends them (defaults may be left out). */
export type CreatePlanBody = z.input<typeof CreatePlanSchema>;
export type UpdatePlanBody = z.input<typeof UpdatePlanSchema>;
export type AdoptBody = z.input<typeof AdoptPlanSchema>;
export type EndBody = z.input<typeof EndSchema>;
export type ScaleBody = z.input<typeof PutScaleSchema>;
export type CreateGoalBody = z.input<typeof CreateGoalSchema>;
export type UpdateGoalBody = z.input<typeof UpdateGoalSchema>;
export type CreateInitiativeBody = z.input<typeof CreateInitiativeSchema>;
export type UpdateInitiativeBody = z.input<typeof UpdateInitiativeSchema>;
export type CreateMilestoneBody = z.input<typeof CreateMilestoneSchema>;
export type UpdateMilestoneBody = z.input<typeof UpdateMilestoneSchema>;
export type CreateLinkBody = z.input<typeof CreateLinkSchema>;
export type RecordDegreeBody = z.input<typeof RecordDegreeSchema>;
export type PutPriorityBody = z.input<typeof PutPrioritySchema>;
export type CreateIndicatorBody = z.input<typeof IndicatorCreateSchema>;
export type PutValueBody = z.input<typeof IndicatorValuePutSchema>;

/** The edit paths not in plans.paths.ts (relative to `/api`). */
export const planEditApi = {
  adopt: (planId: string) => `${planApi.plan(planId)}/adopt`,
  end: (planId: string) => `${planApi.plan(planId)}/end`,
  scale: (planId: string) => `${planApi.plan(planId)}/scale`,
  goals: (planId: string) => `${planApi.plan(planId)}/goals`,
  goal: (planId: string, goalId: string) => `${planApi.plan(planId)}/goals/${enc(goalId)}`,
  endInitiative: (planId: string, initiativeId: string) =>
    `${planApi.initiative(planId, initiativeId)}/end`,
  milestones: (planId: string, initiativeId: string) =>
    `${planApi.initiative(planId, initiativeId)}/milestones`,
  milestone: (planId: string, initiativeId: string, milestoneId: string) =>
    `${planApi.initiative(planId, initiativeId)}/milestones/${enc(milestoneId)}`,
  links: (planId: string, initiativeId: string) =>
    `${planApi.initiative(planId, initiativeId)}/links`,
  link: (planId: string, initiativeId: string, linkId: string) =>
    `${planApi.initiative(planId, initiativeId)}/links/${enc(linkId)}`,
  degrees: (planId: string) => `${planApi.plan(planId)}/degrees`,
  priority: (planId: string, initiativeId: string, clusterId: string) =>
    `${planApi.initiative(planId, initiativeId)}/priorities/${enc(clusterId)}`,
  indicator: (planId: string, indicatorId: string) =>
    `${planApi.indicators(planId)}/${enc(indicatorId)}`,
  values: (planId: string, indicatorId: string) =>
    `${planApi.indicators(planId)}/${enc(indicatorId)}/values`,
} as const;

/** A mutation that refreshes every plans read when it succeeds. */
function usePlanMutation<V, R>(call: (vars: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: PLANS_KEY }),
  });
}

/** Creates a plan. */
export function useCreatePlan() {
  return usePlanMutation((body: CreatePlanBody) => api.post<PlanDetail>(planApi.plans(), body));
}

/** Changes a plan's fields. */
export function useUpdatePlan(planId: string) {
  return usePlanMutation((body: UpdatePlanBody) =>
    api.patch<PlanDetail>(planApi.plan(planId), body),
  );
}

/** Adopts a plan by an agenda item of its owning forum's minutes. */
export function useAdoptPlan(planId: string) {
  return usePlanMutation((body: AdoptBody) =>
    api.post<PlanDetail>(planEditApi.adopt(planId), body),
  );
}

/** Ends a plan on a day. */
export function useEndPlan(planId: string) {
  return usePlanMutation((body: EndBody) => api.post<PlanDetail>(planEditApi.end(planId), body));
}

/** Replaces the degree scale. */
export function usePutScale(planId: string) {
  return usePlanMutation((body: ScaleBody) => api.put<PlanDetail>(planEditApi.scale(planId), body));
}

/** Creates, changes and deletes goals. */
export function useGoalMutations(planId: string) {
  return {
    create: usePlanMutation((body: CreateGoalBody) =>
      api.post<unknown>(planEditApi.goals(planId), body),
    ),
    update: usePlanMutation(({ goalId, body }: { goalId: string; body: UpdateGoalBody }) =>
      api.patch<unknown>(planEditApi.goal(planId, goalId), body),
    ),
    remove: usePlanMutation((goalId: string) =>
      api.delete<unknown>(planEditApi.goal(planId, goalId)),
    ),
  };
}

/** Creates an initiative. */
export function useCreateInitiative(planId: string) {
  return usePlanMutation((body: CreateInitiativeBody) =>
    api.post<InitiativeDetail>(planApi.initiatives(planId), body),
  );
}

/** Changes and ends an initiative. */
export function useInitiativeMutations(planId: string, initiativeId: string) {
  return {
    update: usePlanMutation((body: UpdateInitiativeBody) =>
      api.patch<InitiativeDetail>(planApi.initiative(planId, initiativeId), body),
    ),
    end: usePlanMutation((body: EndBody) =>
      api.post<unknown>(planEditApi.endInitiative(planId, initiativeId), body),
    ),
  };
}

/** Creates, changes and deletes an initiative's milestones. */
export function useMilestoneMutations(planId: string, initiativeId: string) {
  return {
    create: usePlanMutation((body: CreateMilestoneBody) =>
      api.post<unknown>(planEditApi.milestones(planId, initiativeId), body),
    ),
    update: usePlanMutation(
      ({ milestoneId, body }: { milestoneId: string; body: UpdateMilestoneBody }) =>
        api.patch<unknown>(planEditApi.milestone(planId, initiativeId, milestoneId), body),
    ),
    remove: usePlanMutation((milestoneId: string) =>
      api.delete<unknown>(planEditApi.milestone(planId, initiativeId, milestoneId)),
    ),
  };
}

/** Adds and removes an initiative's links (a case or an agenda item). */
export function useLinkMutations(planId: string, initiativeId: string) {
  return {
    create: usePlanMutation((body: CreateLinkBody) =>
      api.post<unknown>(planEditApi.links(planId, initiativeId), body),
    ),
    remove: usePlanMutation((linkId: string) =>
      api.delete<unknown>(planEditApi.link(planId, initiativeId, linkId)),
    ),
  };
}

/** Records a degree for a subject. */
export function useRecordDegree(planId: string) {
  return usePlanMutation((body: RecordDegreeBody) =>
    api.post<DegreeEntry>(planEditApi.degrees(planId), body),
  );
}

/** Records a cluster's priority of an initiative. */
export function usePutPriority(planId: string) {
  return usePlanMutation(
    ({
      initiativeId,
      clusterId,
      body,
    }: {
      initiativeId: string;
      clusterId: string;
      body: PutPriorityBody;
    }) => api.put<unknown>(planEditApi.priority(planId, initiativeId, clusterId), body),
  );
}

/** Creates, changes and deletes indicators, and sets one value. */
export function useIndicatorMutations(planId: string) {
  return {
    create: usePlanMutation((body: CreateIndicatorBody) =>
      api.post<Indicator>(planApi.indicators(planId), body),
    ),
    update: usePlanMutation(
      ({ indicatorId, body }: { indicatorId: string; body: IndicatorUpdate }) =>
        api.patch<Indicator>(planEditApi.indicator(planId, indicatorId), body),
    ),
    remove: usePlanMutation((indicatorId: string) =>
      api.delete<unknown>(planEditApi.indicator(planId, indicatorId)),
    ),
    putValue: usePlanMutation(
      ({ indicatorId, body }: { indicatorId: string; body: PutValueBody }) =>
        api.put<IndicatorValue>(planEditApi.values(planId, indicatorId), body),
    ),
  };
}

/** The parties (municipalities and the region) of a collaboration today, for value pickers. */
export function useCollaborationParties(collaborationId: string | undefined) {
  const date = todayInDenmark();
  return useQuery({
    queryKey: [...PLANS_KEY, 'edit-parties', collaborationId ?? null, date],
    queryFn: ({ signal }) =>
      api.get<Overview>(`/org/collaborations/${enc(collaborationId ?? '')}/overview`, {
        query: { date },
        signal,
      }),
    enabled: Boolean(collaborationId),
    staleTime: 5 * 60_000,
    select: (overview) =>
      overview.parties
        .map((p) => ({ id: p.entityId, name: p.name }))
        .sort((a, b) => a.name.localeCompare(b.name, 'da')),
  });
}

/** The logged-in user's own scopes (where their role holds), for offering only what they may change. */
export function useMyScopes() {
  return useQuery({
    queryKey: ['access', 'mine'],
    queryFn: ({ signal }) => api.get<ScopeList>('/access/mine', { signal }),
    staleTime: 5 * 60_000,
  });
}
