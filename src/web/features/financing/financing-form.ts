/**
 * The simulator's form state and its exact conversion to a scenario input: FTE and kroner typed as
 * text, parsed digit by digit into hundredths and øre (never float maths), and the live preview
 * computed by the same pure model the server stores.
 */
import {
  formatFte,
  formatKronerNumber,
  parseFte,
  parseKroner,
  simulateFinancing,
  type FinancingResult,
} from '../../../domain/financing/index';
import {
  FINANCING_LIMITS,
  type FinancingKey,
  type FinancingSetup,
  type Scenario,
  type ScenarioInput,
} from '../../../shared/financing.contract';

export type KeyKind = FinancingKey['kind'];

export interface FinancingForm {
  name: string;
  fte: Record<string, string>;
  rate: Record<string, string>;
  keyKind: KeyKind;
  keyPercent: string;
  secretariatKeyKind: KeyKind;
  secretariatPercent: string;
  model4Mode: 'secretariatStaff' | 'fundsToHosts';
}

export const EMPTY_FORM: FinancingForm = {
  name: '',
  fte: {},
  rate: {},
  keyKind: 'population',
  keyPercent: '50',
  secretariatKeyKind: 'population',
  secretariatPercent: '50',
  model4Mode: 'secretariatStaff',
};

function keyOf(kind: KeyKind, percent: string): FinancingKey | null {
  if (kind !== 'mix') return { kind };
  const p = /^\d{1,3}$/.test(percent.trim()) ? Number(percent) : NaN;
  return p >= 0 && p <= 100 ? { kind: 'mix', populationPercent: p } : null;
}

/** FTE hundredths from the text (empty = 0), null when not a number within the limit. */
export function validFte(text: string | undefined): number | null {
  const fte = parseFte(text?.trim() ? text : '0');
  return fte !== null && fte <= FINANCING_LIMITS.maxFte ? fte : null;
}

/** Øre from kroner text (empty = 0), null when not an amount within the limit. */
export function validRate(text: string | undefined): number | null {
  const rate = parseKroner(text?.trim() ? text : '0');
  return rate !== null && rate <= FINANCING_LIMITS.maxRate ? rate : null;
}

/** The form as a scenario input, or null with the fields in error. */
export function toInput(
  form: FinancingForm,
  setup: FinancingSetup,
  populationYear: number | null,
): { input: ScenarioInput | null; badFte: Set<string>; badRate: Set<string> } {
  const badFte = new Set<string>();
  const badRate = new Set<string>();
  const clusters = setup.clusters.map((c) => {
    const fte = validFte(form.fte[c.id]);
    const rate = validRate(form.rate[c.id]);
    if (fte === null) badFte.add(c.id);
    if (rate === null) badRate.add(c.id);
    return { clusterId: c.id, fteHundredths: fte ?? 0, ratePerFte: rate ?? 0 };
  });
  const key = keyOf(form.keyKind, form.keyPercent);
  const secretariatKey = keyOf(form.secretariatKeyKind, form.secretariatPercent);
  if (badFte.size || badRate.size || !key || !secretariatKey)
    return { input: null, badFte, badRate };
  return {
    input: {
      collaborationId: setup.collaborationId,
      name: form.name.trim(),
      asOf: setup.asOf,
      populationYear,
      clusters,
      key,
      secretariatKey,
      model4Mode: form.model4Mode,
    },
    badFte,
    badRate,
  };
}

/** The live preview of the four models. */
export function preview(setup: FinancingSetup, input: ScenarioInput): FinancingResult {
  const byId = new Map(input.clusters.map((c) => [c.clusterId, c]));
  return simulateFinancing({
    municipalities: setup.municipalities,
    clusters: setup.clusters.map((c) => ({
      id: c.id,
      name: c.name,
      hostCode: c.hostCode,
      memberCodes: c.memberCodes,
      fteHundredths: byId.get(c.id)?.fteHundredths ?? 0,
      ratePerFte: byId.get(c.id)?.ratePerFte ?? 0,
    })),
    key: input.key,
    secretariatKey: input.secretariatKey,
    model4Mode: input.model4Mode,
  });
}

/** A saved scenario back in the form. */
export function formOf(scenario: Scenario): FinancingForm {
  const fte: Record<string, string> = {};
  const rate: Record<string, string> = {};
  for (const c of scenario.result.clusters) {
    fte[c.id] = formatFte(c.fteHundredths);
    rate[c.id] = formatKronerNumber(c.ratePerFte);
  }
  const percent = (k: FinancingKey) => (k.kind === 'mix' ? String(k.populationPercent) : '50');
  return {
    name: scenario.name,
    fte,
    rate,
    keyKind: scenario.key.kind,
    keyPercent: percent(scenario.key),
    secretariatKeyKind: scenario.secretariatKey.kind,
    secretariatPercent: percent(scenario.secretariatKey),
    model4Mode: scenario.model4Mode,
  };
}
