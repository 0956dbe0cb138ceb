/**
 * Semantic checks on references: every key a file element names must exist (party, cluster,
 * forum, seat, person), and the named element must be of a fitting kind (an acute hospital is a
 * hospital; an appointment goes to an appointed seat).
 */
import { FUNCTION_ROLES, type SeatRole } from '../../shared/organisation.enums';
import type { FilePath } from './locate';
import {
  isFirstOfEntry,
  type KeyedAppointer,
  type NForum,
  type NormalisedOrg,
  type NSeat,
} from './model';
import type { OrgIndex, ProblemSink } from './problems';

type Kind = 'party' | 'cluster' | 'forum' | 'person';

const NAMES: Record<Kind, { da: string; en: string }> = {
  party: { da: 'parten', en: 'party' },
  cluster: { da: 'klyngen', en: 'cluster' },
  forum: { da: 'forummet', en: 'forum' },
  person: { da: 'personen', en: 'person' },
};

function mapOf(index: OrgIndex, kind: Kind): ReadonlyMap<string, unknown> {
  if (kind === 'party') return index.parties;
  if (kind === 'cluster') return index.clusters;
  if (kind === 'forum') return index.fora;
  return index.persons;
}

/** Reports a reference to a missing element; returns whether it resolves. */
function ref(
  index: OrgIndex,
  sink: ProblemSink,
  kind: Kind,
  key: string | null | undefined,
  path: FilePath,
): boolean {
  if (key === null || key === undefined) return true;
  if (mapOf(index, kind).has(key)) return true;
  sink.error(path, {
    da: `Henvisning til ${NAMES[kind].da} "${key}", som ikke findes i filen`,
    en: `Reference to ${NAMES[kind].en} "${key}", which is not in the file`,
  });
  return false;
}

function refAppointer(
  index: OrgIndex,
  sink: ProblemSink,
  appointer: KeyedAppointer | null,
  path: FilePath,
): void {
  if (appointer !== null)
    ref(index, sink, appointer.kind, appointer.key, [...path, appointer.kind]);
}

/**
 * A forum's owner is a region (the health council is the regional council's body), and a
 * health council's area is an area of kind `healthCouncilArea`.
 */
function checkOwnerAndArea(forum: NForum, index: OrgIndex, sink: ProblemSink): void {
  if (ref(index, sink, 'party', forum.ownerKey, [...forum.path, 'owner'])) {
    const owner = forum.ownerKey === null ? undefined : index.parties.get(forum.ownerKey);
    if (owner !== undefined && owner.kind !== 'region') {
      sink.error([...forum.path, 'owner'], {
        da: `Ejeren "${owner.key}" er af typen ${owner.kind}; et forums ejer skal være en region`,
        en: `Owner "${owner.key}" is of kind ${owner.kind}; a forum's owner must be a region`,
      });
    }
  }
  if (forum.level !== 'healthCouncil') return;
  const area = forum.clusterKey === null ? undefined : index.clusters.get(forum.clusterKey);
  if (forum.clusterKey === null) {
    sink.warning([...forum.path, 'level'], {
      da: 'Et sundhedsråd bør have sit område (cluster: nøglen på et sundhedsrådsområde)',
      en: 'A health council should name its area (cluster: the key of a health council area)',
    });
  } else if (area !== undefined && area.kind !== 'healthCouncilArea') {
    sink.error([...forum.path, 'cluster'], {
      da: `Et sundhedsråds område skal være af typen healthCouncilArea, men "${area.key}" er ${area.kind}`,
      en: `A health council's area must be of kind healthCouncilArea, but "${area.key}" is ${area.kind}`,
    });
  }
}

function checkStructureRefs(org: NormalisedOrg, index: OrgIndex, sink: ProblemSink): void {
  for (const party of org.parties) {
    ref(index, sink, 'party', party.parentKey, [...party.path, 'parent']);
    party.predecessors.forEach((p, i) => {
      if (p.collaboration === org.collaboration.key)
        ref(index, sink, 'party', p.party, [...party.path, 'predecessors', i, 'party']);
    });
  }
  for (const cluster of org.clusters) {
    const path = [...cluster.path, 'acuteHospital'];
    if (!ref(index, sink, 'party', cluster.acuteHospitalKey, path)) continue;
    const hospital = cluster.acuteHospitalKey
      ? index.parties.get(cluster.acuteHospitalKey)
      : undefined;
    if (hospital !== undefined && hospital.kind !== 'hospital') {
      sink.warning(path, {
        da: `Akutsygehuset "${hospital.key}" er ikke en part af typen hospital`,
        en: `Acute hospital "${hospital.key}" is not a party of kind hospital`,
      });
    }
  }
  for (const forum of org.fora) {
    ref(index, sink, 'cluster', forum.clusterKey, [...forum.path, 'cluster']);
    checkOwnerAndArea(forum, index, sink);
    ref(index, sink, 'forum', forum.reportsToKey, [...forum.path, 'reportsTo']);
    if (forum.reportsToKey === forum.key) {
      sink.error([...forum.path, 'reportsTo'], {
        da: 'Et forum kan ikke referere til sig selv',
        en: 'A forum cannot report to itself',
      });
    }
    forum.successorKeys.forEach((key, i) =>
      ref(index, sink, 'forum', key, [...forum.path, 'successors', i]),
    );
    const secretariat = forum.secretariat;
    secretariat?.servedBy.forEach((key, i) =>
      ref(index, sink, 'party', key, [...forum.path, 'secretariat', 'servedBy', i]),
    );
    secretariat?.paidBy.forEach((key, i) =>
      ref(index, sink, 'party', key, [...forum.path, 'secretariat', 'paidBy', i]),
    );
  }
}

function checkBornRefs(seat: NSeat, index: OrgIndex, sink: ProblemSink): void {
  const born = seat.born;
  const path = [...seat.path, 'born'];
  if (born === null) return;
  if (born.kind === 'officeHolders') {
    if (born.parties.of === 'cluster')
      ref(index, sink, 'cluster', born.parties.cluster, [...path, 'parties', 'cluster']);
    if (born.parties.of === 'parties') {
      born.parties.parties.forEach((key, i) =>
        ref(index, sink, 'party', String(key), [...path, 'parties', 'parties', i]),
      );
    }
    if (born.parties.of === 'forumCluster' && index.fora.get(seat.forumKey)?.clusterKey === null) {
      sink.error([...path, 'parties', 'of'], {
        da: `forumCluster kræver, at forummet "${seat.forumKey}" hører til en klynge (cluster:)`,
        en: `forumCluster needs forum "${seat.forumKey}" to belong to a cluster (cluster:)`,
      });
    }
  } else if (born.kind === 'roleHolders') {
    if (born.forums.of === 'forums') {
      born.forums.forums.forEach((key, i) =>
        ref(index, sink, 'forum', key, [...path, 'forums', 'forums', i]),
      );
    }
  } else {
    ref(index, sink, 'forum', born.forum, [...path, 'forum']);
  }
}

function checkSeatShape(seat: NSeat, index: OrgIndex, sink: ProblemSink): void {
  if (seat.isFunction && !(FUNCTION_ROLES as readonly SeatRole[]).includes(seat.role)) {
    sink.error([...seat.path, 'role'], {
      da: `En funktionsplads skal have rollen ${FUNCTION_ROLES.join(', ')}`,
      en: `A function seat must have the role ${FUNCTION_ROLES.join(', ')}`,
    });
  }
  if (seat.born !== null && seat.appointedBy !== null) {
    sink.error([...seat.path, 'appointedBy'], {
      da: 'En født plads udpeges ikke (fjern appointedBy eller born)',
      en: 'A born seat is not appointed (remove appointedBy or born)',
    });
  }
  if (seat.expandedFrom !== null && (seat.born !== null || seat.isFunction)) {
    sink.error([...seat.path, 'count'], {
      da: 'count kan ikke bruges på fødte pladser eller funktionspladser',
      en: 'count cannot be used on born seats or function seats',
    });
  }
  if (seat.expandedFrom !== null && seat.expandedFrom.key.includes('#')) {
    sink.error([...seat.path, 'key'], {
      da: 'En plads med count kan ikke have #n i nøglen',
      en: 'A seat with count cannot have #n in its key',
    });
  }
  const party = seat.partyKey === null ? undefined : index.parties.get(seat.partyKey);
  if (party !== undefined && seat.partyKind !== null && party.kind !== seat.partyKind) {
    sink.error([...seat.path, 'partyKind'], {
      da: `Parten "${party.key}" er af typen ${party.kind}, ikke ${seat.partyKind}`,
      en: `Party "${party.key}" is of kind ${party.kind}, not ${seat.partyKind}`,
    });
  }
}

function checkSeatRefs(org: NormalisedOrg, index: OrgIndex, sink: ProblemSink): void {
  for (const seat of org.seats) {
    if (!isFirstOfEntry(seat)) continue;
    ref(index, sink, 'party', seat.partyKey, [...seat.path, 'party']);
    ref(index, sink, 'cluster', seat.clusterKey, [...seat.path, 'cluster']);
    refAppointer(index, sink, seat.appointedBy, [...seat.path, 'appointedBy']);
    checkBornRefs(seat, index, sink);
    checkSeatShape(seat, index, sink);
  }
}

function checkAppointmentSeat(seatRef: string, index: OrgIndex, sink: ProblemSink, path: FilePath) {
  const seat = index.seats.get(seatRef);
  if (seat === undefined) {
    const counted = index.countedSeats.get(seatRef);
    sink.error(path, {
      da: counted
        ? `Pladsen "${seatRef}" har count; angiv hvilken, fx "${counted[0]}"`
        : `Henvisning til pladsen "${seatRef}", som ikke findes i filen`,
      en: counted
        ? `Seat "${seatRef}" has a count; say which one, e.g. "${counted[0]}"`
        : `Reference to seat "${seatRef}", which is not in the file`,
    });
  } else if (seat.born !== null) {
    sink.error(path, {
      da: `Pladsen "${seatRef}" er født; dens medlemmer udledes og udpeges ikke`,
      en: `Seat "${seatRef}" is born; its members are derived, not appointed`,
    });
  }
}

function checkPeopleRefs(org: NormalisedOrg, index: OrgIndex, sink: ProblemSink): void {
  for (const office of org.offices)
    ref(index, sink, 'party', office.partyKey, [...office.path, 'party']);
  for (const a of org.appointments) {
    checkAppointmentSeat(a.seatRef, index, sink, [...a.path, 'seat']);
    ref(index, sink, 'person', a.personKey, [...a.path, 'person']);
    ref(index, sink, 'party', a.onBehalfOfKey, [...a.path, 'onBehalfOf']);
    ref(index, sink, 'person', a.substituteKey, [...a.path, 'substitute']);
    refAppointer(index, sink, a.appointedBy, [...a.path, 'appointedBy']);
  }
}

/** Every reference of the file resolves to an element of a fitting kind. */
export function checkReferences(org: NormalisedOrg, index: OrgIndex, sink: ProblemSink): void {
  checkStructureRefs(org, index, sink);
  checkSeatRefs(org, index, sink);
  checkPeopleRefs(org, index, sink);
}
