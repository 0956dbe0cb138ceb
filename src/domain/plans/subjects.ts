/**
 * Whose degree of implementation an initiative has (its subjects), by level: a municipality
 * initiative — its participating municipalities, or every municipality of the collaboration when
 * none are named; a cluster initiative — the clusters; a region initiative — the region party;
 * a joint initiative — the plan itself.
 */
import type { DegreeSubjectKind, InitiativeLevel } from '../../shared/plans.enums';

/** A subject: a party, a cluster or the plan. */
export interface SubjectRef {
  kind: DegreeSubjectKind;
  id: string;
}

/** The collaboration's parties and clusters valid on the day asked. */
export interface SubjectUniverse {
  planId: string;
  /** Municipalities (party entityIds), in display order. */
  municipalityIds: readonly string[];
  /** The region party (entityId), if the collaboration has one. */
  regionPartyIds: readonly string[];
  clusterIds: readonly string[];
}

/** The subjects of an initiative. */
export function initiativeSubjects(
  initiative: { level: InitiativeLevel; participatingPartyIds: readonly string[] },
  universe: SubjectUniverse,
): SubjectRef[] {
  switch (initiative.level) {
    case 'municipality': {
      const all = new Set(universe.municipalityIds);
      const named = initiative.participatingPartyIds.filter((id) => all.has(id));
      const ids = initiative.participatingPartyIds.length > 0 ? named : universe.municipalityIds;
      return ids.map((id) => ({ kind: 'party', id }));
    }
    case 'cluster':
      return universe.clusterIds.map((id) => ({ kind: 'cluster', id }));
    case 'region':
      return universe.regionPartyIds.map((id) => ({ kind: 'party', id }));
    case 'joint':
      return [{ kind: 'plan', id: universe.planId }];
  }
}

/** Whether `subject` is one of the initiative's subjects. */
export function isSubject(
  initiative: { level: InitiativeLevel; participatingPartyIds: readonly string[] },
  universe: SubjectUniverse,
  subject: SubjectRef,
): boolean {
  return initiativeSubjects(initiative, universe).some(
    (s) => s.kind === subject.kind && s.id === subject.id,
  );
}

/** Every subject of a plan's initiatives, without repeats (e.g. the heatmap's rows). */
export function planSubjects(
  initiatives: readonly { level: InitiativeLevel; participatingPartyIds: readonly string[] }[],
  universe: SubjectUniverse,
): SubjectRef[] {
  const out = new Map<string, SubjectRef>();
  for (const i of initiatives) {
    for (const s of initiativeSubjects(i, universe)) out.set(`${s.kind}:${s.id}`, s);
  }
  return [...out.values()];
}
