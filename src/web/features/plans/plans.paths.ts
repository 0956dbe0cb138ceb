/**
 * Every address the plans pages use: the API paths of the three plan modules (plans, rounds,
 * indicators and files; see src/shared/plans.contract.ts, plan-rounds.contract.ts,
 * plan-indicators.contract.ts and plan-file.contract.ts) and the pages' own paths. One place, so
 * a route that moves is changed once.
 */
const enc = encodeURIComponent;

/** API paths (relative to `/api`). */
export const planApi = {
  plans: () => '/plans',
  plan: (planId: string) => `/plans/${enc(planId)}`,
  initiatives: (planId: string) => `/plans/${enc(planId)}/initiatives`,
  initiative: (planId: string, initiativeId: string) =>
    `/plans/${enc(planId)}/initiatives/${enc(initiativeId)}`,
  priorities: (planId: string) => `/plans/${enc(planId)}/priorities`,
  rounds: (planId: string) => `/plans/${enc(planId)}/rounds`,
  round: (roundId: string) => `/plan-rounds/${enc(roundId)}`,
  closeRound: (roundId: string) => `/plan-rounds/${enc(roundId)}/close`,
  roundExport: (roundId: string) => `/plan-rounds/${enc(roundId)}/export.xlsx`,
  form: (roundId: string, partyId: string) =>
    `/plan-rounds/${enc(roundId)}/parties/${enc(partyId)}/form`,
  noChanges: (roundId: string, partyId: string) =>
    `/plan-rounds/${enc(roundId)}/parties/${enc(partyId)}/no-changes`,
  answer: (roundId: string, partyId: string) =>
    `/plan-rounds/${enc(roundId)}/parties/${enc(partyId)}/answer`,
  mine: () => '/plan-rounds/mine',
  heatmap: (planId: string) => `/plans/${enc(planId)}/heatmap`,
  heatmapExport: (planId: string) => `/plans/${enc(planId)}/heatmap.xlsx`,
  progress: (planId: string) => `/plans/${enc(planId)}/progress`,
  trend: (planId: string) => `/plans/${enc(planId)}/trend`,
  profile: (planId: string, partyId: string) =>
    `/plans/${enc(planId)}/parties/${enc(partyId)}/profile`,
  snapshot: (planId: string) => `/plans/${enc(planId)}/snapshot`,
  indicators: (planId: string) => `/plans/${enc(planId)}/indicators`,
  series: (planId: string, indicatorId: string) =>
    `/plans/${enc(planId)}/indicators/${enc(indicatorId)}/series`,
  indicatorImport: (planId: string) => `/plans/${enc(planId)}/indicators/import`,
  planImport: (planId: string) => `/plans/${enc(planId)}/import`,
  planExport: (planId: string) => `/plans/${enc(planId)}/export.xlsx`,
  report: (planId: string) => `/plans/${enc(planId)}/report.pdf`,
} as const;

/** Page paths (for links). */
export const planPages = {
  list: () => '/plans',
  plan: (planId: string) => `/plans/${enc(planId)}`,
  initiative: (planId: string, initiativeId: string) =>
    `/plans/${enc(planId)}/initiatives/${enc(initiativeId)}`,
  heatmap: (planId: string) => `/plans/${enc(planId)}/heatmap`,
  progress: (planId: string) => `/plans/${enc(planId)}/progress`,
  rounds: (planId: string) => `/plans/${enc(planId)}/rounds`,
  priorities: (planId: string) => `/plans/${enc(planId)}/priorities`,
  indicators: (planId: string) => `/plans/${enc(planId)}/indicators`,
  import: (planId: string) => `/plans/${enc(planId)}/import`,
  profile: (planId: string, partyId: string) => `/plans/${enc(planId)}/parties/${enc(partyId)}`,
  round: (roundId: string) => `/plan-rounds/${enc(roundId)}`,
  form: (roundId: string, partyId: string) =>
    `/plan-rounds/${enc(roundId)}/parties/${enc(partyId)}`,
} as const;

/** `/api` + path (for plain download links). */
export function apiHref(path: string, query?: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) if (value) params.set(key, value);
  const qs = params.toString();
  return `/api${path}${qs ? `?${qs}` : ''}`;
}
