/**
 * Semantic checks on validity periods: no period ends before it starts, an element lies within
 * the period of what it belongs to (a seat within its forum, a forum within the collaboration),
 * and facts that must not coincide do not overlap (two appointments to one seat; the same office
 * twice).
 */
import { overlaps, type Validity } from '../../shared/dates';
import type { FilePath } from './locate';
import { isFirstOfEntry, type NormalisedOrg } from './model';
import type { OrgIndex, ProblemSink } from './problems';

const show = (v: Validity): string => `${v.validFrom} – ${v.validTo ?? '…'}`;

/** True when `inner` lies within `outer` (both ends inclusive; null = open). */
export function within(inner: Validity, outer: Validity): boolean {
  const startsInside = inner.validFrom >= outer.validFrom;
  const endsInside =
    outer.validTo === null || (inner.validTo !== null && inner.validTo <= outer.validTo);
  return startsInside && endsInside;
}

function checkPeriod(
  sink: ProblemSink,
  row: Validity & { path: FilePath },
  parent: Validity | undefined,
  parentName: { da: string; en: string },
): void {
  if (row.validTo !== null && row.validTo < row.validFrom) {
    sink.error([...row.path, 'validTo'], {
      da: `validTo (${row.validTo}) ligger før validFrom (${row.validFrom})`,
      en: `validTo (${row.validTo}) is before validFrom (${row.validFrom})`,
    });
    return;
  }
  if (parent !== undefined && !within(row, parent)) {
    sink.error([...row.path, 'validFrom'], {
      da: `Perioden ${show(row)} ligger uden for ${parentName.da} (${show(parent)})`,
      en: `The period ${show(row)} lies outside ${parentName.en} (${show(parent)})`,
    });
  }
}

function checkOverlaps<T extends Validity & { path: FilePath }>(
  sink: ProblemSink,
  rows: readonly T[],
  groupOf: (row: T) => string,
  report: (row: T, other: T) => void,
): void {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = groupOf(row);
    const earlier = groups.get(key) ?? [];
    const clash = earlier.find((other) => overlaps(row, other));
    if (clash !== undefined) report(row, clash);
    groups.set(key, [...earlier, row]);
  }
}

function checkOfficeOverlaps(org: NormalisedOrg, sink: ProblemSink): void {
  checkOverlaps(
    sink,
    org.offices,
    (o) => `${o.personKey}|${o.partyKey}|${o.office}`,
    (o) =>
      sink.error([...o.path, 'validFrom'], {
        da: `Personen "${o.personKey}" har allerede embedet ${o.office} i "${o.partyKey}" i en overlappende periode`,
        en: `Person "${o.personKey}" already holds office ${o.office} in "${o.partyKey}" in an overlapping period`,
      }),
  );
  const single = org.offices.filter((o) => o.office !== 'other' && o.office !== 'councilMember');
  checkOverlaps(
    sink,
    single,
    (o) => `${o.partyKey}|${o.office}`,
    (o, other) => {
      if (o.personKey === other.personKey) return;
      sink.warning([...o.path, 'validFrom'], {
        da: `"${other.personKey}" og "${o.personKey}" har begge embedet ${o.office} i "${o.partyKey}" samtidig`,
        en: `"${other.personKey}" and "${o.personKey}" both hold office ${o.office} in "${o.partyKey}" at the same time`,
      });
    },
  );
}

/** Periods are well-formed, nested in their parents, and exclusive facts do not overlap. */
export function checkValidity(org: NormalisedOrg, index: OrgIndex, sink: ProblemSink): void {
  const collaboration = org.collaboration;
  const inCollaboration = { da: 'samarbejdets periode', en: "the collaboration's period" };
  checkPeriod(sink, collaboration, undefined, inCollaboration);
  for (const row of [
    ...org.parties,
    ...org.clusters,
    ...org.fora,
    ...org.offices,
    ...org.appointments,
  ]) {
    checkPeriod(sink, row, collaboration, inCollaboration);
  }
  for (const m of org.memberships) {
    checkPeriod(sink, m, index.clusters.get(m.clusterKey), {
      da: 'klyngens periode',
      en: "the cluster's period",
    });
  }
  const inForum = { da: 'forummets periode', en: "the forum's period" };
  for (const seat of org.seats.filter(isFirstOfEntry)) {
    checkPeriod(sink, seat, index.fora.get(seat.forumKey), inForum);
  }
  for (const rule of org.rules) checkPeriod(sink, rule, index.fora.get(rule.forumKey), inForum);
  for (const a of org.appointments) {
    const seat = index.seats.get(a.seatRef);
    if (seat !== undefined && !within(a, seat)) {
      sink.error([...a.path, 'validFrom'], {
        da: `Udpegningen ${show(a)} ligger uden for pladsens periode (${show(seat)})`,
        en: `The appointment ${show(a)} lies outside the seat's period (${show(seat)})`,
      });
    }
  }
  checkOverlaps(
    sink,
    org.appointments,
    (a) => a.seatRef,
    (a, other) =>
      sink.error([...a.path, 'validFrom'], {
        da: `Pladsen "${a.seatRef}" har allerede en udpegning i en overlappende periode (${show(other)})`,
        en: `Seat "${a.seatRef}" already has an appointment in an overlapping period (${show(other)})`,
      }),
  );
  checkOfficeOverlaps(org, sink);
}
