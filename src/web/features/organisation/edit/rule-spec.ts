/** Building a composition rule's spec from the add-rule form's fields. */
import {
  PARTY_KINDS,
  SEAT_ROLES,
  type PartyKind,
  type RuleKind,
  type SeatRole,
  type Severity,
} from '../../../../shared/organisation.enums';
import type { CompositionRuleSpec } from '../../../../shared/organisation.rules';

/** The add-rule form's fields (text inputs as typed). */
export interface RuleFields {
  kind: RuleKind;
  partyKind: PartyKind;
  role: SeatRole;
  min: string;
  max: string;
}

/** The fields each rule kind asks for. */
export function fieldsOf(kind: RuleKind): {
  partyKind: boolean;
  role: boolean;
  min: boolean;
  max: boolean;
} {
  return {
    partyKind: ['includesAllClusterCoChairs', 'seatsOfPartyKind', 'roleHeldByPartyKind'].includes(
      kind,
    ),
    role: kind === 'roleHeldByPartyKind',
    min: kind === 'seatsOfPartyKind',
    max: kind === 'seatsOfPartyKind' || kind === 'maxSeatsPerMunicipality',
  };
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
export function specOf(f: RuleFields): { spec: CompositionRuleSpec } | { invalid: 'min' | 'max' } {
  const min = countOf(f.min);
  const max = countOf(f.max);
  switch (f.kind) {
    case 'everyClusterRepresented':
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
  }
}

/** Option lists for the selects. */
export const RULE_OPTIONS = { partyKinds: PARTY_KINDS, roles: SEAT_ROLES };
