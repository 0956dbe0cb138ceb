/**
 * Reporting rounds (issue 9, item 4), pure: who reports on what in a round, the form pre-filled
 * with each subject's last value, "ingen ændringer" (every field confirmed, nothing touched), a
 * change set (one field per changed degree), and closing (unanswered subjects' last values are
 * carried into the round, so a closed round is one complete slice). No I/O.
 */

import type { InitiativeLevel } from '../../shared/plans.enums';
import type { ScaleStep } from './scale';
import { isSubject, type SubjectUniverse } from './subjects';

export type { ScaleStep };

/** An initiative as a round sees it. */
export interface RoundInitiative {
  id: string;
  level: InitiativeLevel;
  /** The municipalities named (none: every municipality), see `initiativeSubjects`. */
  participatingPartyIds: readonly string[];
}

/** A responding party as a round sees it. */
export interface RoundParty {
  id: string;
  kind: string;
}

/** One field of a party's form: an initiative for a subject (the party itself). */
export interface FormSlot {
  initiativeId: string;
  subjectKind: 'party';
  subjectId: string;
}

/** A recorded value. */
export interface DegreeValue {
  initiativeId: string;
  subjectId: string;
  degree: string;
  comment: string;
  recordedOn: string;
}

/** A value to store in the round for one field. */
export interface RoundEntry extends DegreeValue {
  /** Differs from the last value (a field the party touched). */
  changed: boolean;
  /** Copied from the last value at closing (no answer). */
  carried: boolean;
}

/** A requested change of one field. */
export interface FieldChange {
  initiativeId: string;
  degree: string;
  comment?: string | undefined;
}

/** Why an answer is refused. */
export type RoundRefusal =
  | { code: 'unknownDegree'; params: { degree: string } }
  | { code: 'initiativeNotInForm'; params: { initiativeId: string } }
  | { code: 'duplicateInitiative'; params: { initiativeId: string } };

/** An answer: the round's values for the party, and its burden. */
export interface Answer {
  entries: RoundEntry[];
  /** The burden: the number of fields whose degree the party changed. */
  fieldsTouched: number;
  noChanges: boolean;
}

/** The key of a value: initiative and subject. */
export const slotKey = (initiativeId: string, subjectId: string): string =>
  `${initiativeId}:${subjectId}`;

/**
 * The fields a party reports in a round: every initiative whose subjects (`initiativeSubjects`,
 * the one rule) include the party — a municipality its municipality-level initiatives (those
 * naming it, or all when none are named), a region its region-level ones. Cluster and joint
 * degrees are recorded by the secretariat outside rounds.
 */
export function partySlots(initiatives: readonly RoundInitiative[], party: RoundParty): FormSlot[] {
  const universe: SubjectUniverse = {
    planId: '',
    municipalityIds: party.kind === 'municipality' ? [party.id] : [],
    regionPartyIds: party.kind === 'region' ? [party.id] : [],
    clusterIds: [],
  };
  return initiatives
    .filter((i) => isSubject(i, universe, { kind: 'party', id: party.id }))
    .map((i) => ({ initiativeId: i.id, subjectKind: 'party' as const, subjectId: party.id }));
}

/** Every field of a round: each party's slots. */
export function roundSlots(
  initiatives: readonly RoundInitiative[],
  parties: readonly RoundParty[],
): FormSlot[] {
  return parties.flatMap((p) => partySlots(initiatives, p));
}

/** True when an initiative has party subjects (a round can ask about it). */
export const hasPartySubjects = (i: RoundInitiative): boolean =>
  i.level === 'municipality' || i.level === 'region';

/** The last value per slot, from values sorted any way (latest recordedOn wins; ties: later). */
export function lastValues(values: readonly DegreeValue[]): Map<string, DegreeValue> {
  const out = new Map<string, DegreeValue>();
  for (const v of values) {
    const key = slotKey(v.initiativeId, v.subjectId);
    const seen = out.get(key);
    if (!seen || seen.recordedOn <= v.recordedOn) out.set(key, v);
  }
  return out;
}

/**
 * "Ingen ændringer": every field with a last value is confirmed as of `on`; no field touched.
 * Fields never recorded stay empty (there is nothing to confirm).
 */
export function noChangesAnswer(
  slots: readonly FormSlot[],
  last: ReadonlyMap<string, DegreeValue>,
  on: string,
): Answer {
  const entries: RoundEntry[] = [];
  for (const slot of slots) {
    const prev = last.get(slotKey(slot.initiativeId, slot.subjectId));
    if (!prev) continue;
    entries.push({ ...prev, recordedOn: on, changed: false, carried: false });
  }
  return { entries, fieldsTouched: 0, noChanges: true };
}

/**
 * A change set: the submitted fields get their new values, every other field keeps its last
 * value (confirmed as of `on`). A field counts as touched when its degree differs from the last
 * value; a submitted unchanged degree does not count.
 */
export function changeAnswer(
  slots: readonly FormSlot[],
  last: ReadonlyMap<string, DegreeValue>,
  changes: readonly FieldChange[],
  scale: readonly ScaleStep[],
  on: string,
): { ok: true; answer: Answer } | { ok: false; refusal: RoundRefusal } {
  const keys = new Set(scale.map((s) => s.key));
  const bySlot = new Map<string, FieldChange>();
  const subjectOf = new Map(slots.map((s) => [s.initiativeId, s.subjectId]));
  for (const change of changes) {
    if (!keys.has(change.degree)) {
      return { ok: false, refusal: { code: 'unknownDegree', params: { degree: change.degree } } };
    }
    const subjectId = subjectOf.get(change.initiativeId);
    if (subjectId === undefined) {
      return {
        ok: false,
        refusal: { code: 'initiativeNotInForm', params: { initiativeId: change.initiativeId } },
      };
    }
    const key = slotKey(change.initiativeId, subjectId);
    if (bySlot.has(key)) {
      return {
        ok: false,
        refusal: { code: 'duplicateInitiative', params: { initiativeId: change.initiativeId } },
      };
    }
    bySlot.set(key, change);
  }
  const entries: RoundEntry[] = [];
  let touched = 0;
  for (const slot of slots) {
    const key = slotKey(slot.initiativeId, slot.subjectId);
    const prev = last.get(key);
    const change = bySlot.get(key);
    if (change) {
      const changed = prev?.degree !== change.degree;
      if (changed) touched += 1;
      entries.push({
        initiativeId: slot.initiativeId,
        subjectId: slot.subjectId,
        degree: change.degree,
        comment: change.comment ?? prev?.comment ?? '',
        recordedOn: on,
        changed,
        carried: false,
      });
    } else if (prev) {
      entries.push({ ...prev, recordedOn: on, changed: false, carried: false });
    }
  }
  return { ok: true, answer: { entries, fieldsTouched: touched, noChanges: touched === 0 } };
}

/**
 * Closing: every slot of a party that did not answer gets its last value carried into the round
 * (unchanged, dated as the value it copies). Answered parties' entries are already in the round.
 */
export function carriedEntries(
  slots: readonly FormSlot[],
  answeredPartyIds: ReadonlySet<string>,
  last: ReadonlyMap<string, DegreeValue>,
): RoundEntry[] {
  const out: RoundEntry[] = [];
  for (const slot of slots) {
    if (answeredPartyIds.has(slot.subjectId)) continue;
    const prev = last.get(slotKey(slot.initiativeId, slot.subjectId));
    if (prev) out.push({ ...prev, changed: false, carried: true });
  }
  return out;
}

/** The burden of a round: fields touched per party, and in all. */
export function burden(answers: readonly { fieldsTouched: number }[]): number {
  return answers.reduce((sum, a) => sum + a.fieldsTouched, 0);
}

/** The last value of each slot once a round's entries are applied on top of `last`. */
export function applyEntries(
  last: ReadonlyMap<string, DegreeValue>,
  entries: readonly RoundEntry[],
): Map<string, DegreeValue> {
  const out = new Map(last);
  for (const e of entries) out.set(slotKey(e.initiativeId, e.subjectId), e);
  return out;
}
