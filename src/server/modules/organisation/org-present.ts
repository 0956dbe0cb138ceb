/**
 * Presenters: domain values (breaches, derived members, member diffs) as the API and the audit
 * log show them, with names and bilingual texts. Pure: they read an `OrgState`, never the
 * database.
 */
import {
  appointmentOf,
  type Breach,
  type Member,
  type MembersDiff,
  type OrgState,
} from '../../../domain/organisation/index';
import type { IsoDate } from '../../../shared/dates';
import type {
  BreachView,
  MemberChange,
  MemberFunction,
  MemberView,
  PersonRef,
} from '../../../shared/organisation.contract';
import type { Appointer, CompositionRuleSpec } from '../../../shared/organisation.rules';
import {
  bornRuleText,
  breachMessage,
  orgLabel,
  orgText,
  type BilingualText,
} from '../../../shared/organisation.messages';

/** A breach with its forum name and message in both languages. */
export function presentBreach(state: OrgState, breach: Breach): BreachView {
  const forumName = state.fora.get(breach.forumEntityId)?.name ?? String(breach.params.forumName);
  return {
    forumEntityId: breach.forumEntityId,
    forumName,
    ruleId: breach.ruleId,
    ruleKind: breach.ruleKind,
    severity: breach.severity,
    code: breach.code,
    subject: breach.subject,
    params: breach.params as BreachView['params'],
    message: breachMessage(breach),
  };
}

/** A person's id, name and account, or null. */
export function personRef(state: OrgState, personId: string | null): PersonRef | null {
  if (personId === null) return null;
  const person = state.persons.get(personId);
  return { id: personId, name: person?.name ?? personId, userId: person?.userId ?? null };
}

function appointerName(state: OrgState, appointer: Appointer): string {
  const named =
    appointer.kind === 'forum' ? state.fora.get(appointer.id) : state.parties.get(appointer.id);
  return named?.name ?? appointer.id;
}

/** Born: the rule in words. Appointed: who appointed (the appointment's appointer, else the seat's). */
export function seatExplanation(
  state: OrgState,
  seatEntityId: string,
  appointer: Appointer | null = null,
): BilingualText {
  const seat = state.seats.get(seatEntityId);
  if (seat?.born) {
    const forum = state.fora.get(seat.forumId);
    const clusterName = (id: string) => state.clusters.get(id)?.name ?? null;
    return bornRuleText(seat.born, {
      forumName: (id) => state.fora.get(id)?.name ?? null,
      clusterName,
      ownClusterName: forum?.clusterId ? clusterName(forum.clusterId) : null,
      partyName: (id) => state.parties.get(id)?.name ?? null,
    });
  }
  const by = appointer ?? seat?.appointedBy ?? null;
  if (by === null) return orgText('bornRule.appointed');
  return orgText('bornRule.appointedBy', { appointer: appointerName(state, by) });
}

/** The function seats that gave a member a role, with the appointment holding each. */
function memberFunctions(state: OrgState, member: Member): MemberFunction[] {
  return member.functionSeatEntityIds.map((seatEntityId) => {
    const seat = state.seats.get(seatEntityId);
    const appointment = seat && seat.born === null ? appointmentOf(state, seatEntityId) : null;
    return {
      seatEntityId,
      seatLabel: seat?.label ?? '',
      role: seat?.role ?? member.role,
      appointmentId: appointment?.personId === member.personId ? appointment.id : null,
    };
  });
}

/** The substitute office of a born member and the stand-in in words (null for others). */
function substituteOf(
  state: OrgState,
  member: Member,
): Pick<MemberView, 'substituteOffice' | 'substituteText'> {
  const office = member.via.kind === 'officeHolders' ? member.via.substituteOffice : undefined;
  if (office === undefined) return { substituteOffice: null, substituteText: null };
  const name = personRef(state, member.substitutePersonId)?.name ?? null;
  return {
    substituteOffice: office,
    substituteText:
      name === null
        ? orgText('reform.substituteVacant', { office })
        : orgText('reform.substituteFor', { office, name }),
  };
}

/** A derived member with names, the appointments behind it and an explanation. */
export function presentMember(state: OrgState, member: Member): MemberView {
  const appointment =
    member.via.kind === 'appointment' && member.via.appointmentId !== null
      ? (appointmentOf(state, member.seatEntityId) ?? null)
      : null;
  return {
    forumEntityId: member.forumEntityId,
    seatEntityId: member.seatEntityId,
    seatLabel: state.seats.get(member.seatEntityId)?.label ?? '',
    person: personRef(state, member.personId),
    role: member.role,
    roles: [...member.roles],
    partyEntityId: member.partyEntityId,
    partyName: member.partyEntityId
      ? (state.parties.get(member.partyEntityId)?.name ?? null)
      : null,
    partyKind: member.partyKind,
    clusterEntityId: member.clusterEntityId,
    clusterName: member.clusterEntityId
      ? (state.clusters.get(member.clusterEntityId)?.name ?? null)
      : null,
    source: member.source,
    isVacant: member.isVacant,
    substitute: personRef(state, member.substitutePersonId),
    ...substituteOf(state, member),
    seatPoliticalParty: state.seats.get(member.seatEntityId)?.politicalParty ?? null,
    personPoliticalParty: member.personId
      ? (state.persons.get(member.personId)?.politicalParty ?? null)
      : null,
    explanation: seatExplanation(state, member.seatEntityId, appointment?.appointedBy ?? null),
    appointment: appointment ? { key: null, ...appointment } : null,
    appointmentId: appointment?.id ?? null,
    functionSeatEntityIds: [...member.functionSeatEntityIds],
    functions: memberFunctions(state, member),
  };
}

function changeOf(
  date: IsoDate,
  states: { before: OrgState; after: OrgState },
  pair: { before: Member | null; after: Member | null; fields: string[] },
): MemberChange {
  const ref = (pair.after ?? pair.before) as Member;
  const state = pair.after ? states.after : states.before;
  const beforePerson = pair.before?.isVacant === false ? pair.before.personId : null;
  const afterPerson = pair.after?.isVacant === false ? pair.after.personId : null;
  return {
    date,
    change: beforePerson === null ? 'joined' : afterPerson === null ? 'left' : 'changed',
    forumEntityId: ref.forumEntityId,
    forumName: state.fora.get(ref.forumEntityId)?.name ?? ref.forumEntityId,
    seatEntityId: ref.seatEntityId,
    seatLabel: state.seats.get(ref.seatEntityId)?.label ?? '',
    before: personRef(states.before, beforePerson),
    after: personRef(states.after, afterPerson),
    rolesBefore: pair.before ? [...pair.before.roles] : [],
    rolesAfter: pair.after ? [...pair.after.roles] : [],
    source: ref.source,
    fields: pair.fields,
  };
}

/**
 * A member diff as dated changes: who joined, left or changed which seat. Vacancies appearing or
 * disappearing count as leaving or joining of the person, so "the new co-chair takes the SSU
 * seat" is one `changed` entry with both persons.
 */
export function presentDiff(
  date: IsoDate,
  diff: MembersDiff,
  states: { before: OrgState; after: OrgState },
): MemberChange[] {
  return [
    ...diff.changed.map((c) => changeOf(date, states, { ...c, fields: [...c.fields] })),
    ...diff.added.map((m) => changeOf(date, states, { before: null, after: m, fields: [] })),
    ...diff.removed.map((m) => changeOf(date, states, { before: m, after: null, fields: [] })),
  ].filter((c) => c.before !== null || c.after !== null || c.fields.length > 0);
}

/** Every member of every forum in a members map, flattened (fora that fail are left out). */
export function flattenMembers(
  results: ReadonlyMap<string, { ok: boolean; members?: readonly Member[] }>,
): Member[] {
  return [...results.values()].flatMap((r) => (r.ok && r.members ? [...r.members] : []));
}

/** The persons a member diff concerns (before and after, substitutes included). */
export function personsInDiff(diff: MembersDiff): string[] {
  const ids = new Set<string>();
  const add = (m: Member) => {
    if (m.personId) ids.add(m.personId);
    if (m.substitutePersonId) ids.add(m.substitutePersonId);
  };
  for (const c of diff.changed) {
    add(c.before);
    add(c.after);
  }
  diff.added.forEach(add);
  diff.removed.forEach(add);
  return [...ids];
}

/** A composition rule in words, e.g. "Alle klynger er repræsenteret (min. 5 kommuner)". */
/** "region = kommune + 1": a seat count relation in words. */
function relationLabel(partyKind: string, other: string, difference: number): BilingualText {
  const a = orgLabel('partyKind', partyKind);
  const b = orgLabel('partyKind', other);
  const sign = difference < 0 ? `− ${-difference}` : `+ ${difference}`;
  return { da: `${a.da} = ${b.da} ${sign}`, en: `${a.en} = ${b.en} ${sign}` };
}

export function ruleLabel(spec: CompositionRuleSpec): BilingualText {
  const base = orgLabel('ruleKind', spec.kind);
  const detail: string[] = [];
  if (spec.kind === 'seatsOfPartyKind') {
    if (spec.min !== undefined) detail.push(`≥ ${spec.min}`);
    if (spec.max !== undefined) detail.push(`≤ ${spec.max}`);
  }
  if (spec.kind === 'maxSeatsPerMunicipality') detail.push(`≤ ${spec.max}`);
  if (spec.kind === 'seatsPerMunicipality') {
    detail.push(`${spec.seats}`);
    for (const tier of spec.tiers) detail.push(`> ${tier.populationAbove}: ${tier.seats}`);
  }
  const kind =
    spec.kind === 'seatsOfPartyKind' || spec.kind === 'roleHeldByPartyKind'
      ? orgLabel('partyKind', spec.partyKind)
      : spec.kind === 'includesAllClusterCoChairs'
        ? orgLabel('partyKind', spec.side)
        : spec.kind === 'seatCountRelation'
          ? relationLabel(spec.partyKind, spec.otherPartyKind, spec.difference)
          : spec.kind === 'everyClusterRepresented' && spec.areaKind !== undefined
            ? orgLabel('areaKind', spec.areaKind)
            : null;
  const role = spec.kind === 'roleHeldByPartyKind' ? orgLabel('role', spec.role) : null;
  const suffix = (lang: 'da' | 'en') => {
    const parts = [role?.[lang], kind?.[lang], ...detail].filter(Boolean);
    return parts.length ? ` (${parts.join(', ')})` : '';
  };
  return { da: base.da + suffix('da'), en: base.en + suffix('en') };
}
