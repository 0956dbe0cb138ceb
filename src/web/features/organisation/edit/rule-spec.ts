/** Building a composition rule's spec from the add-rule form's fields. */
import {
  AREA_KINDS,
  PARTY_KINDS,
  SEAT_ROLES,
  type AreaKind,
  type PartyKind,
  type RuleKind,
  type SeatRole,
  type Severity,
} from '../../../../shared/organisation.enums';
import type { CompositionRuleSpec, PopulationTier } from '../../../../shared/organisation.rules';

/** The add-rule form's fields (text inputs as typed). */
export interface RuleFields {
  kind: RuleKind;
  partyKind: PartyKind;
  role: SeatRole;
  min: string;
  max: string;
  /** `seatCountRelation`: the other party kind, and the difference (may be negative). */
  otherPartyKind?: PartyKind;
  difference?: string;
  /** `seatsPerMunicipality`: the seats of each municipality, and tiers "100000:2, 200000:3". */
  seats?: string;
  tiers?: string;
  /** `everyClusterRepresented`: only areas of this kind; '' = every area. */
  areaKind?: AreaKind | '';
}

/** The invalid field an attempt found. */
export type RuleField = 'min' | 'max' | 'difference' | 'seats' | 'tiers';

/** The fields each rule kind asks for. */
export function fieldsOf(kind: RuleKind): {
  partyKind: boolean;
  role: boolean;
  min: boolean;
  max: boolean;
} {
  return {
    partyKind: [
      'includesAllClusterCoChairs',
      'seatsOfPartyKind',
      'roleHeldByPartyKind',
      'seatCountRelation',
    ].includes(kind),
    role: kind === 'roleHeldByPartyKind',
    min: kind === 'seatsOfPartyKind',
    max: kind === 'seatsOfPartyKind' || kind === 'maxSeatsPerMunicipality',
  };
}

/** The further fields of the newer rule kinds. */
export function extraFieldsOf(kind: RuleKind): {
  otherPartyKind: boolean;
  difference: boolean;
  seats: boolean;
  tiers: boolean;
  areaKind: boolean;
} {
  return {
    otherPartyKind: kind === 'seatCountRelation',
    difference: kind === 'seatCountRelation',
    seats: kind === 'seatsPerMunicipality',
    tiers: kind === 'seatsPerMunicipality',
    areaKind: kind === 'everyClusterRepresented',
  };
}

/** An integer (may be negative) from a text; NaN when not one. */
export function integerOf(text: string | undefined): number {
  const trimmed = (text ?? '').trim().replace('−', '-');
  return /^[+-]?\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/**
 * Population tiers from a text like "100000:2, 200000:3" (above 100 000 inhabitants 2 seats);
 * null when the text is not of that form. Spaces and thousands dots are ignored.
 */
export function tiersOf(text: string | undefined): PopulationTier[] | null {
  const trimmed = (text ?? '').trim();
  if (trimmed === '') return [];
  const tiers: PopulationTier[] = [];
  for (const part of trimmed.split(/[,;]/)) {
    const match = /^\s*([\d. ]+)\s*:\s*(\d+)\s*$/.exec(part);
    if (!match?.[1] || !match[2]) return null;
    tiers.push({ populationAbove: Number(match[1].replace(/[. ]/g, '')), seats: Number(match[2]) });
  }
  return tiers;
}

/** The default severity: vacancies warn, everything else must hold. */
export function defaultSeverity(kind: RuleKind): Severity {
  return kind === 'noVacantSeats' ? 'warning' : 'error';
}

/** A whole number ≥ 0 from a text, undefined when empty, NaN when not a number. */
export function countOf(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** The spec, or the name of the first invalid field. */
export function specOf(f: RuleFields): { spec: CompositionRuleSpec } | { invalid: RuleField } {
  const min = countOf(f.min);
  const max = countOf(f.max);
  switch (f.kind) {
    case 'everyClusterRepresented':
      return { spec: { kind: f.kind, ...(f.areaKind ? { areaKind: f.areaKind } : {}) } };
    case 'politicalComposition':
    case 'cadenceMet':
    case 'noVacantSeats':
      return { spec: { kind: f.kind } };
    case 'includesAllClusterCoChairs':
      return { spec: { kind: f.kind, side: f.partyKind } };
    case 'roleHeldByPartyKind':
      return { spec: { kind: f.kind, role: f.role, partyKind: f.partyKind } };
    case 'maxSeatsPerMunicipality':
      if (max === undefined || Number.isNaN(max) || max < 1) return { invalid: 'max' };
      return { spec: { kind: f.kind, max } };
    case 'seatsOfPartyKind':
      if (Number.isNaN(min)) return { invalid: 'min' };
      if (Number.isNaN(max) || (min !== undefined && max !== undefined && max < min))
        return { invalid: 'max' };
      return {
        spec: {
          kind: f.kind,
          partyKind: f.partyKind,
          ...(min !== undefined ? { min } : {}),
          ...(max !== undefined ? { max } : {}),
        },
      };
    case 'seatCountRelation': {
      const difference = integerOf(f.difference);
      if (Number.isNaN(difference)) return { invalid: 'difference' };
      const otherPartyKind = f.otherPartyKind ?? 'municipality';
      return { spec: { kind: f.kind, partyKind: f.partyKind, otherPartyKind, difference } };
    }
    case 'seatsPerMunicipality': {
      const seats = countOf(f.seats ?? '');
      if (seats === undefined || Number.isNaN(seats)) return { invalid: 'seats' };
      const tiers = tiersOf(f.tiers);
      if (tiers === null) return { invalid: 'tiers' };
      return { spec: { kind: f.kind, seats, tiers } };
    }
  }
}

/** Option lists for the selects. */
export const RULE_OPTIONS = { partyKinds: PARTY_KINDS, roles: SEAT_ROLES, areaKinds: AREA_KINDS };
