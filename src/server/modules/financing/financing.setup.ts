/**
 * The simulator's input from the organisation on a day: the collaboration's clusters, their member
 * municipalities and each cluster's host DERIVED from the organisation (the municipality of the
 * member holding the co-chair role with party kind municipality in the cluster's political forum,
 * on that day), never typed by hand; and the population figures chosen for the day (a loaded
 * population set, else the shipped reference file).
 */
import { asc, desc } from 'drizzle-orm';
import {
  simulateFinancing,
  type FinancingCluster,
  type FinancingMunicipality,
} from '../../../domain/financing/index';
import type { IsoDate } from '../../../shared/dates';
import type {
  FinancingSetup,
  PopulationChoice,
  ScenarioInput,
  ScenarioResult,
} from '../../../shared/financing.contract';
import type { Db } from '../../db/client';
import { loadOrgDay, loadReferenceData } from '../organisation/index';
import { financingPopulationSets } from './financing.table';
import { financingError } from './financing.texts';

/** The reference file's population year and source (one year for all rows). */
export function referencePopulation(): PopulationChoice & { figures: Map<string, number> } {
  const rows = [...loadReferenceData().municipalities.values()];
  const first = rows[0];
  const source = (first?.source ?? '').split('|').find((p) => p.trim().startsWith('population:'));
  return {
    year: first?.populationYear ?? 0,
    source: (source ?? first?.source ?? '').replace(/^\s*population:\s*/, '').trim(),
    kind: 'reference',
    figures: new Map(rows.map((m) => [m.code, m.population])),
  };
}

/** Every population year that can be chosen: the loaded sets (newest first), then the file. */
export async function populationYears(db: Db): Promise<PopulationChoice[]> {
  const sets = await db
    .select({ year: financingPopulationSets.year, source: financingPopulationSets.source })
    .from(financingPopulationSets)
    .orderBy(desc(financingPopulationSets.year));
  const { year, source } = referencePopulation();
  return [
    ...sets.map((s) => ({ ...s, kind: 'uploaded' as const })),
    { year, source, kind: 'reference' as const },
  ];
}

/**
 * The population figures for a simulation: the requested year (a loaded set, or the reference
 * file's year), else the latest loaded year ≤ the date's year, else the reference file. A code a
 * loaded set lacks keeps the reference figure.
 */
async function populationFor(
  db: Db,
  asOf: IsoDate,
  year: number | null | undefined,
): Promise<{ choice: PopulationChoice; figures: Map<string, number> }> {
  const reference = referencePopulation();
  const sets = await db
    .select()
    .from(financingPopulationSets)
    .orderBy(asc(financingPopulationSets.year));
  const dayYear = Number(asOf.slice(0, 4));
  const chosen =
    year === null || year === undefined
      ? sets.filter((s) => s.year <= dayYear).at(-1)
      : sets.find((s) => s.year === year);
  if (year !== null && year !== undefined && !chosen && year !== reference.year) {
    throw financingError('unprocessable', 'unknownPopulationYear', { year });
  }
  if (!chosen) {
    const { figures, ...choice } = reference;
    return { choice, figures };
  }
  const figures = new Map(reference.figures);
  for (const [code, population] of Object.entries(chosen.figures)) figures.set(code, population);
  return { choice: { year: chosen.year, source: chosen.source, kind: 'uploaded' }, figures };
}

/** The organisation's clusters, municipalities and derived hosts on a day, with the population. */
export async function loadSetup(
  db: Db,
  collaborationId: string,
  asOf: IsoDate,
  populationYear?: number | null,
): Promise<FinancingSetup> {
  const day = await loadOrgDay({ db }, collaborationId, asOf);
  const { state } = day;
  const { choice, figures } = await populationFor(db, asOf, populationYear);
  const municipalities = [...state.parties.values()]
    .filter((p) => p.kind === 'municipality' && p.code)
    .map((p) => ({
      code: p.code as string,
      name: p.name,
      population: figures.get(p.code as string) ?? 0,
    }))
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const codeOf = (partyId: string | null): string | null =>
    (partyId && state.parties.get(partyId)?.code) || null;
  const nameOf = new Map(municipalities.map((m) => [m.code, m.name]));
  // The municipality a person holds an office in on the day (a mayor's first).
  const officeParty = new Map<string, string>();
  const holdings = [...state.officeHoldings.values()].flat();
  for (const h of [...holdings].sort(
    (a, b) => Number(b.office === 'mayor') - Number(a.office === 'mayor'),
  )) {
    if (!officeParty.has(h.personId) && codeOf(h.partyId) !== null)
      officeParty.set(h.personId, h.partyId);
  }
  /** The co-chair's municipality: the party they sit for, else the one they hold an office in. */
  const partyOfMember = (m: { partyEntityId: string | null; personId: string | null }) =>
    codeOf(m.partyEntityId) ?? (m.personId ? codeOf(officeParty.get(m.personId) ?? null) : null);
  const clusters = [...state.clusters.values()].map((cluster) => {
    const political = [...state.fora.values()].filter(
      (f) => f.clusterId === cluster.entityId && f.kind === 'political',
    );
    let hostCode: string | null = null;
    for (const forum of political) {
      const result = day.evaluate(forum.entityId);
      const coChair = result.ok
        ? result.members.find(
            (m) =>
              !m.isVacant &&
              m.roles.includes('coChair') &&
              m.partyKind === 'municipality' &&
              partyOfMember(m) !== null,
          )
        : undefined;
      if (coChair) {
        hostCode = partyOfMember(coChair);
        break;
      }
    }
    const memberCodes = cluster.memberPartyIds
      .map(codeOf)
      .filter((c): c is string => c !== null && nameOf.has(c))
      .sort();
    return {
      id: cluster.entityId,
      name: cluster.name,
      hostCode,
      hostName: hostCode ? (nameOf.get(hostCode) ?? null) : null,
      memberCodes: [...new Set(memberCodes)],
    };
  });
  return {
    collaborationId,
    collaborationName: state.collaboration?.name ?? '',
    asOf,
    clusters,
    municipalities,
    population: choice,
    populationYears: await populationYears(db),
  };
}

/** Computes a scenario's four models on its setup (every input cluster must be in the setup). */
export function computeScenario(
  setup: FinancingSetup,
  input: Pick<ScenarioInput, 'clusters' | 'key' | 'secretariatKey' | 'model4Mode'>,
): ScenarioResult {
  const known = new Map(setup.clusters.map((c) => [c.id, c]));
  for (const c of input.clusters) {
    if (!known.has(c.clusterId))
      throw financingError('unprocessable', 'clusterNotInCollaboration', { cluster: c.clusterId });
  }
  const resources = new Map(input.clusters.map((c) => [c.clusterId, c]));
  const clusters: FinancingCluster[] = setup.clusters.map((c) => ({
    id: c.id,
    name: c.name,
    hostCode: c.hostCode,
    memberCodes: c.memberCodes,
    fteHundredths: resources.get(c.id)?.fteHundredths ?? 0,
    ratePerFte: resources.get(c.id)?.ratePerFte ?? 0,
  }));
  const municipalities: FinancingMunicipality[] = setup.municipalities;
  const result = simulateFinancing({
    municipalities,
    clusters,
    key: input.key,
    secretariatKey: input.secretariatKey,
    model4Mode: input.model4Mode,
  });
  const hostName = new Map(setup.clusters.map((c) => [c.id, c.hostName]));
  const clusterViews = clusters.map((c) => ({
    id: c.id,
    name: c.name,
    hostCode: c.hostCode,
    hostName: hostName.get(c.id) ?? null,
    fteHundredths: c.fteHundredths,
    ratePerFte: c.ratePerFte,
    cost: result.ok ? (result.clusters.find((r) => r.id === c.id)?.cost ?? 0) : 0,
  }));
  if (!result.ok) {
    return {
      ok: false,
      total: 0,
      clusters: clusterViews,
      models: [],
      problems: result.problems.map((p) => ({
        code: p.code,
        params: Object.fromEntries(Object.entries(p.params).map(([k, v]) => [k, String(v)])),
      })),
      population: setup.population,
    };
  }
  return {
    ok: true,
    total: result.total,
    clusters: clusterViews,
    models: result.models,
    problems: [],
    population: setup.population,
  };
}
