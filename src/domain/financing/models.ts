/**
 * The four models for financing the clusters' secretariat service (seed 004, "Embedsmandsudvalget
 * har identificeret fire modeller"), computed side by side per municipality. Pure; money in øre.
 *
 * - Model 1: the municipality whose mayor is the cluster's co-chair (the host) runs and pays for
 *   the secretariat; no joint financing.
 * - Model 2: the host runs it; the cluster's municipalities co-finance it by the key.
 * - Model 3: the host runs it; all the collaboration's municipalities pay the total by the key
 *   (a joint levy), paid out to the hosts by their clusters' agreed resources.
 * - Model 4: financed through the municipalities' joint payment to the joint health secretariat,
 *   by the secretariat's own payment key; either the secretariat's staff serve the clusters, or
 *   it passes the funds on to the hosts.
 *
 * Per municipality: `pays` is its contribution to the financing (its burden), `receives` the
 * funding it gets for running a cluster's secretariat, `net` = receives − pays. In every model the
 * payments sum exactly to the model's cost, and so do the receipts (model 1: the host funds its
 * own secretariat, so it pays and receives the same).
 */
import { allocate, costOfFte, type Ore } from './allocate';
import { keyWeights, type DistributionKey, type KeyMember } from './keys';

/** The model numbers of seed 004. */
export const FINANCING_MODELS = [1, 2, 3, 4] as const;
export type FinancingModel = (typeof FINANCING_MODELS)[number];

/** Who receives model 4's money: the joint secretariat itself, or the hosts. */
export type Model4Mode = 'secretariatStaff' | 'fundsToHosts';

/** A municipality of the collaboration on the day. */
export interface FinancingMunicipality {
  code: string;
  name: string;
  population: number;
}

/** A cluster on the day, its host and its agreed secretariat resources. */
export interface FinancingCluster {
  id: string;
  name: string;
  /** The host municipality's code (the co-chair mayor's municipality), null when none. */
  hostCode: string | null;
  /** The member municipalities' codes. A municipality in k clusters counts 1/k in each. */
  memberCodes: readonly string[];
  /** Agreed resources in hundredths of a full-time equivalent (1.5 FTE = 150). */
  fteHundredths: number;
  /** DKK per FTE, in øre. */
  ratePerFte: Ore;
}

/** What a simulation is computed from. */
export interface FinancingInput {
  municipalities: readonly FinancingMunicipality[];
  clusters: readonly FinancingCluster[];
  /** The key of models 2 and 3. */
  key: DistributionKey;
  /** The joint secretariat's payment key (model 4). */
  secretariatKey: DistributionKey;
  model4Mode: Model4Mode;
}

/** One municipality's line in a model. */
export interface FinancingRow {
  code: string;
  name: string;
  pays: Ore;
  receives: Ore;
  net: number;
}

/** One model's result. */
export interface ModelResult {
  model: FinancingModel;
  cost: Ore;
  rows: FinancingRow[];
  /** What the joint secretariat receives (model 4 with its own staff), else 0. */
  secretariatReceives: Ore;
}

/** A cluster's cost, computed from its resources. */
export interface ClusterCost {
  id: string;
  name: string;
  hostCode: string | null;
  cost: Ore;
}

/** Why a simulation cannot be computed (an i18n code with its parameters). */
export type FinancingProblem =
  | { code: 'financing.noHost'; params: { cluster: string } }
  | { code: 'financing.unknownMunicipality'; params: { cluster: string; municipality: string } }
  | { code: 'financing.emptyCluster'; params: { cluster: string } }
  | { code: 'financing.noMunicipalities'; params: Record<string, never> }
  | { code: 'financing.zeroKey'; params: { scope: string } };

/** The result of a simulation: the four models side by side, or the problems. */
export type FinancingResult =
  | { ok: true; clusters: ClusterCost[]; total: Ore; models: ModelResult[] }
  | { ok: false; problems: FinancingProblem[] };

const byCode = (a: { code: string }, b: { code: string }): number =>
  a.code < b.code ? -1 : a.code > b.code ? 1 : 0;

/** Every problem of the input; empty when the simulation can run. */
export function financingProblems(input: FinancingInput): FinancingProblem[] {
  const problems: FinancingProblem[] = [];
  const known = new Set(input.municipalities.map((m) => m.code));
  if (input.municipalities.length === 0)
    problems.push({ code: 'financing.noMunicipalities', params: {} });
  for (const c of input.clusters) {
    if (c.hostCode === null)
      problems.push({ code: 'financing.noHost', params: { cluster: c.name } });
    if (c.memberCodes.length === 0)
      problems.push({ code: 'financing.emptyCluster', params: { cluster: c.name } });
    for (const code of [...c.memberCodes, ...(c.hostCode ? [c.hostCode] : [])]) {
      if (!known.has(code))
        problems.push({
          code: 'financing.unknownMunicipality',
          params: { cluster: c.name, municipality: code },
        });
    }
  }
  return problems;
}

/** Computes the four models side by side. */
export function simulateFinancing(input: FinancingInput): FinancingResult {
  const problems = financingProblems(input);
  if (problems.length > 0) return { ok: false, problems };
  const municipalities = [...input.municipalities].sort(byCode);
  const clusters: ClusterCost[] = input.clusters.map((c) => ({
    id: c.id,
    name: c.name,
    hostCode: c.hostCode,
    cost: costOfFte(c.fteHundredths, c.ratePerFte),
  }));
  const total = clusters.reduce((a, c) => a + c.cost, 0);
  const clustersOf = new Map<string, number>();
  for (const c of input.clusters)
    for (const code of new Set(c.memberCodes))
      clustersOf.set(code, (clustersOf.get(code) ?? 0) + 1);

  const pays = (): Map<string, Ore> => new Map(municipalities.map((m) => [m.code, 0]));
  const add = (map: Map<string, Ore>, code: string, amount: Ore): void => {
    map.set(code, (map.get(code) ?? 0) + amount);
  };
  /** Shares `amount` among `members` by `key`, adding to `into`; null when the key is all zero. */
  const share = (
    amount: Ore,
    members: readonly FinancingMunicipality[],
    key: DistributionKey,
    parts: (m: FinancingMunicipality) => KeyMember['part'],
    into: Map<string, Ore>,
    scope: string,
  ): FinancingProblem | null => {
    if (amount === 0) return null;
    const weights = keyWeights(
      members.map((m) => ({ population: m.population, part: parts(m) })),
      key,
    );
    if (weights.every((w) => w === 0n)) return { code: 'financing.zeroKey', params: { scope } };
    allocate(amount, weights).forEach((a, i) => add(into, members[i]?.code ?? '', a));
    return null;
  };
  const whole = (): KeyMember['part'] => undefined;
  const result = (
    model: FinancingModel,
    paid: Map<string, Ore>,
    received: Map<string, Ore>,
    secretariatReceives: Ore,
  ): ModelResult => ({
    model,
    cost: total,
    secretariatReceives,
    rows: municipalities.map((m) => {
      const p = paid.get(m.code) ?? 0;
      const r = received.get(m.code) ?? 0;
      return { code: m.code, name: m.name, pays: p, receives: r, net: r - p };
    }),
  });
  const hostsReceive = (): Map<string, Ore> => {
    const received = pays();
    for (const c of clusters) add(received, c.hostCode ?? '', c.cost);
    return received;
  };

  // Model 1: the host pays for and runs its cluster's secretariat.
  const model1 = result(1, hostsReceive(), hostsReceive(), 0);

  // Model 2: each cluster's municipalities share its cost by the key.
  const paid2 = pays();
  const found: FinancingProblem[] = [];
  const byCodeMap = new Map(municipalities.map((m) => [m.code, m]));
  for (const [i, c] of input.clusters.entries()) {
    const members = [...new Set(c.memberCodes)]
      .map((code) => byCodeMap.get(code))
      .filter((m): m is FinancingMunicipality => m !== undefined)
      .sort(byCode);
    const problem = share(
      clusters[i]?.cost ?? 0,
      members,
      input.key,
      (m) => ({ numerator: 1, denominator: clustersOf.get(m.code) ?? 1 }),
      paid2,
      c.name,
    );
    if (problem) found.push(problem);
  }
  const model2 = result(2, paid2, hostsReceive(), 0);

  // Model 3: all municipalities pay the total by the key; the hosts receive their clusters' cost.
  const paid3 = pays();
  const p3 = share(total, municipalities, input.key, whole, paid3, 'all');
  if (p3) found.push(p3);
  const model3 = result(3, paid3, hostsReceive(), 0);

  // Model 4: all municipalities pay the total by the secretariat's key.
  const paid4 = pays();
  const p4 = share(total, municipalities, input.secretariatKey, whole, paid4, 'secretariat');
  if (p4) found.push(p4);
  const model4 =
    input.model4Mode === 'secretariatStaff'
      ? result(4, paid4, pays(), total)
      : result(4, paid4, hostsReceive(), 0);

  if (found.length > 0) return { ok: false, problems: found };
  return { ok: true, clusters, total, models: [model1, model2, model3, model4] };
}
