/**
 * The plans API as react-query hooks: plans, initiatives, priorities (plans.contract.ts); rounds,
 * the party's form and answers, the views (plan-rounds.contract.ts); indicators and their import
 * (plan-indicators.contract.ts); the plan spreadsheet import (plan-file.contract.ts). An answer
 * or a closed round refreshes every plans read, so the heatmap shows it at once.
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type {
  InitiativeDetail,
  InitiativeListSchema,
  PlanDetail,
  PlanListSchema,
  PriorityMatrixSchema,
} from '../../../shared/plans.contract';
import type {
  Heatmap,
  HeatmapQuery,
  MyRoundListSchema,
  OpenRoundRequest,
  PartyProfile,
  Progress,
  RoundAnswerRequest,
  RoundDetail,
  RoundForm,
  RoundList,
  RoundSummary,
  SnapshotResult,
  Trend,
} from '../../../shared/plan-rounds.contract';
import type {
  IndicatorImportResult,
  IndicatorList,
  IndicatorSeries,
} from '../../../shared/plan-indicators.contract';
import type { PlanImportDiff } from '../../../shared/plan-file.contract';
import type { InitiativeLevel } from '../../../shared/plans.enums';
import type { z } from 'zod';
import { planApi } from './plans.paths';
import { uploadFile } from './upload';

/** The first part of every plans query key. */
export const PLANS_KEY = ['plans'] as const;

export type PlanList = z.infer<typeof PlanListSchema>;
export type InitiativeList = z.infer<typeof InitiativeListSchema>;
export type PriorityMatrix = z.infer<typeof PriorityMatrixSchema>;
export type MyRoundList = z.infer<typeof MyRoundListSchema>;

/** Plans the user may see, optionally of one collaboration. */
export function usePlans(collaborationId?: string) {
  return useQuery({
    queryKey: [...PLANS_KEY, 'list', collaborationId ?? null],
    queryFn: ({ signal }) =>
      api.get<PlanList>(planApi.plans(), { query: { collaborationId, limit: 200 }, signal }),
  });
}

/** One plan with its owners, goal tree, counts and scale. */
export function usePlan(planId: string) {
  return useQuery({
    queryKey: [...PLANS_KEY, 'detail', planId],
    queryFn: ({ signal }) => api.get<PlanDetail>(planApi.plan(planId), { signal }),
    enabled: Boolean(planId),
  });
}

/** Filters of the initiative list. */
export interface InitiativeFilters {
  goalId?: string;
  level?: InitiativeLevel;
  cursor?: string;
  limit?: number;
}

/** A page of initiatives; the previous page stays while the next loads. */
export function useInitiatives(planId: string, filters: InitiativeFilters) {
  return useQuery({
    queryKey: [...PLANS_KEY, 'initiatives', planId, filters],
    queryFn: ({ signal }) =>
      api.get<InitiativeList>(planApi.initiatives(planId), { query: { ...filters }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** One initiative with milestones, links, degrees and cluster priorities. */
export function useInitiative(planId: string, initiativeId: string) {
  return useQuery({
    queryKey: [...PLANS_KEY, 'initiative', planId, initiativeId],
    queryFn: ({ signal }) =>
      api.get<InitiativeDetail>(planApi.initiative(planId, initiativeId), { signal }),
  });
}

/** The clusters' priorities side by side (one page). */
export function usePriorities(planId: string, cursor?: string) {
  return useQuery({
    queryKey: [...PLANS_KEY, 'priorities', planId, cursor ?? null],
    queryFn: ({ signal }) =>
      api.get<PriorityMatrix>(planApi.priorities(planId), {
        query: { cursor, limit: 200 },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

/** A plan's rounds, newest first. */
export function useRounds(planId: string) {
  return useQuery({
    queryKey: [...PLANS_KEY, 'rounds', planId],
    queryFn: ({ signal }) =>
      api.get<RoundList>(planApi.rounds(planId), { query: { limit: 200 }, signal }),
  });
}

/** One round with the live status per party (refreshed every 30 s while open). */
export function useRound(roundId: string) {
  return useQuery({
    queryKey: [...PLANS_KEY, 'round', roundId],
    queryFn: ({ signal }) => api.get<RoundDetail>(planApi.round(roundId), { signal }),
    refetchInterval: (query) => (query.state.data?.status === 'open' ? 30_000 : false),
  });
}

/** Opens a round. */
export function useOpenRound(planId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: OpenRoundRequest) => api.post<RoundSummary>(planApi.rounds(planId), body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: PLANS_KEY }),
  });
}

/** Closes a round (freezes it). */
export function useCloseRound(roundId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<RoundDetail>(planApi.closeRound(roundId), {}),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: PLANS_KEY }),
  });
}

/** A party's form in a round, pre-filled with the last values. */
export function useRoundForm(roundId: string, partyId: string) {
  return useQuery({
    queryKey: [...PLANS_KEY, 'form', roundId, partyId],
    queryFn: ({ signal }) => api.get<RoundForm>(planApi.form(roundId, partyId), { signal }),
  });
}

/** "Ingen ændringer" for everything (one request), or the changed fields. */
export function useAnswerRound(roundId: string, partyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (answer: { noChanges: true } | RoundAnswerRequest) =>
      'noChanges' in answer
        ? api.post<RoundForm>(planApi.noChanges(roundId, partyId))
        : api.post<RoundForm>(planApi.answer(roundId, partyId), answer),
    onSuccess: async (form) => {
      queryClient.setQueryData([...PLANS_KEY, 'form', roundId, partyId], form);
      await queryClient.invalidateQueries({ queryKey: PLANS_KEY });
    },
  });
}

/** The user's open rounds (the contact's to-do list). */
export function useMyRounds(enabled = true) {
  return useQuery({
    queryKey: [...PLANS_KEY, 'mine'],
    queryFn: ({ signal }) => api.get<MyRoundList>(planApi.mine(), { signal }),
    enabled,
  });
}

/** The heatmap: municipalities × initiatives as of a round. */
export function useHeatmap(planId: string, query: Partial<HeatmapQuery>) {
  return useQuery({
    queryKey: [...PLANS_KEY, 'heatmap', planId, query],
    queryFn: ({ signal }) =>
      api.get<Heatmap>(planApi.heatmap(planId), { query: { ...query }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** Progress per goal, cluster and the region as of a round. */
export function useProgress(planId: string, roundId?: string) {
  return useQuery({
    queryKey: [...PLANS_KEY, 'progress', planId, roundId ?? null],
    queryFn: ({ signal }) =>
      api.get<Progress>(planApi.progress(planId), { query: { roundId }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** The trend across closed rounds. */
export function useTrend(planId: string) {
  return useQuery({
    queryKey: [...PLANS_KEY, 'trend', planId],
    queryFn: ({ signal }) => api.get<Trend>(planApi.trend(planId), { signal }),
  });
}

/** A municipality's profile in a plan. */
export function useProfile(planId: string, partyId: string) {
  return useQuery({
    queryKey: [...PLANS_KEY, 'profile', planId, partyId],
    queryFn: ({ signal }) => api.get<PartyProfile>(planApi.profile(planId, partyId), { signal }),
  });
}

/** Puts a status snapshot on a meeting's agenda. */
export function useSnapshotToAgenda(planId: string) {
  return useMutation({
    mutationFn: (meetingId: string) =>
      api.post<SnapshotResult>(planApi.snapshot(planId), { meetingId }),
  });
}

/** A plan's indicators. */
export function useIndicators(planId: string) {
  return useQuery({
    queryKey: [...PLANS_KEY, 'indicators', planId],
    queryFn: ({ signal }) =>
      api.get<IndicatorList>(planApi.indicators(planId), { query: { limit: 200 }, signal }),
  });
}

/** An indicator's chart data (a line per municipality, the region's line and the target). */
export function useIndicatorSeries(planId: string, indicatorId: string | null) {
  return useQuery({
    queryKey: [...PLANS_KEY, 'series', planId, indicatorId],
    queryFn: ({ signal }) =>
      api.get<IndicatorSeries>(planApi.series(planId, indicatorId ?? ''), { signal }),
    enabled: Boolean(indicatorId),
  });
}

/** Imports indicator values from a file; `dryRun` only reports. */
export function useImportIndicatorValues(planId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, dryRun }: { file: File; dryRun: boolean }) =>
      uploadFile<IndicatorImportResult>(planApi.indicatorImport(planId), file, {
        dryRun: String(dryRun),
      }),
    onSuccess: async (result) => {
      if (!result.dryRun) await queryClient.invalidateQueries({ queryKey: PLANS_KEY });
    },
  });
}

/** Imports the plan spreadsheet; `dryRun` only reports the diff. */
export function useImportPlanFile(planId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      file,
      dryRun,
      effectiveFrom,
    }: {
      file: File;
      dryRun: boolean;
      effectiveFrom?: string;
    }) =>
      uploadFile<PlanImportDiff>(planApi.planImport(planId), file, {
        dryRun: String(dryRun),
        ...(effectiveFrom ? { effectiveFrom } : {}),
      }),
    onSuccess: async (result) => {
      if (!result.dryRun) await queryClient.invalidateQueries({ queryKey: PLANS_KEY });
    },
  });
}
