/**
 * One checker per composition rule kind (docs/design/organisation-model.md, "Composition
 * rules"). Each takes the forum's derived members on the day and returns its breaches; the
 * params of each breach code are documented on the checker, and every breach also has
 * `forumName`. Representation rules count full members only (`isFullMember`): attendees sit at
 * the table without holding one of the forum's seats.
 */
import { clusterFora, type OrgState } from './as-of';
import type { Breach, BreachParams } from './breach';
import type { Member, MemberEvaluator } from './members.types';
import type { CompositionRule, CompositionRuleSpec, Forum } from './types';
import type { BreachCode } from '../../shared/organisation.enums';

/** What a checker sees. */
export interface CheckContext {
  state: OrgState;
  forum: Forum;
  /** All derived members, attendees and vacancies included. */
  members: readonly Member[];
  /** The members proper (`isFullMember`): what representation rules count. */
  fullMembers: readonly Member[];
  evaluate: MemberEvaluator;
}

type SpecOf<K extends CompositionRuleSpec['kind']> = Extract<CompositionRuleSpec, { kind: K }>;

function breach(
  ctx: CheckContext,
  rule: CompositionRule,
  code: BreachCode,
  subject: string,
  params: BreachParams,
): Breach {
  return {
    forumEntityId: ctx.forum.entityId,
    ruleId: rule.id,
    ruleKind: rule.spec.kind,
    severity: rule.severity,
    code,
    subject,
    params: { forumName: ctx.forum.name, ...params },
  };
}

const partyName = (state: OrgState, id: string | null): string | null =>
  id === null ? null : (state.parties.get(id)?.name ?? null);
const personName = (state: OrgState, id: string | null): string | null =>
  id === null ? null : (state.persons.get(id)?.name ?? null);

/**
 * Params: `clusterName`. One breach per cluster (of `areaKind`, when given) with no
 * (non-vacant) member representing it.
 */
function everyClusterRepresented(
  ctx: CheckContext,
  rule: CompositionRule,
  spec: SpecOf<'everyClusterRepresented'>,
): Breach[] {
  const seated = ctx.fullMembers.filter((m) => !m.isVacant);
  return [...ctx.state.clusters.values()]
    .filter((cluster) => spec.areaKind === undefined || cluster.kind === spec.areaKind)
    .filter(
      (cluster) =>
        !seated.some(
          (m) =>
            m.clusterEntityId === cluster.entityId ||
            (m.partyEntityId !== null && cluster.memberPartyIds.includes(m.partyEntityId)),
        ),
    )
    .map((c) =>
      breach(ctx, rule, 'breach.everyClusterRepresented', c.entityId, { clusterName: c.name }),
    );
}

/** Params: `personName`, `clusterName`, `partyName`. One breach per co-chair not seated here. */
function includesAllClusterCoChairs(
  ctx: CheckContext,
  rule: CompositionRule,
  spec: SpecOf<'includesAllClusterCoChairs'>,
): Breach[] {
  const seated = new Set(ctx.fullMembers.map((m) => m.personId));
  return clusterFora(ctx.state, 'political').flatMap((clusterForum) => {
    const result = ctx.evaluate(clusterForum.entityId);
    if (!result.ok) return [];
    const coChairs = result.members.filter(
      (m) => m.roles.includes('coChair') && m.partyKind === spec.side && m.personId !== null,
    );
    return coChairs
      .filter((m) => !seated.has(m.personId))
      .map((m) =>
        breach(ctx, rule, 'breach.includesAllClusterCoChairs', m.personId ?? '', {
          personName: personName(ctx.state, m.personId),
          clusterName: ctx.state.clusters.get(clusterForum.clusterId ?? '')?.name ?? null,
          partyName: partyName(ctx.state, m.partyEntityId),
        }),
      );
  });
}

/** Params: `partyKind`, `count`, `min`, `max`. Counts full members, vacancies included. */
function seatsOfPartyKind(
  ctx: CheckContext,
  rule: CompositionRule,
  spec: SpecOf<'seatsOfPartyKind'>,
): Breach[] {
  const count = ctx.fullMembers.filter((m) => m.partyKind === spec.partyKind).length;
  const params = { partyKind: spec.partyKind, count, min: spec.min ?? null, max: spec.max ?? null };
  if (spec.min !== undefined && count < spec.min) {
    return [breach(ctx, rule, 'breach.seatsOfPartyKind.tooFew', spec.partyKind, params)];
  }
  if (spec.max !== undefined && count > spec.max) {
    return [breach(ctx, rule, 'breach.seatsOfPartyKind.tooMany', spec.partyKind, params)];
  }
  return [];
}

/** Params: `municipalityName`, `count`, `max`. Full members; vacancies count for their party. */
function maxSeatsPerMunicipality(
  ctx: CheckContext,
  rule: CompositionRule,
  spec: SpecOf<'maxSeatsPerMunicipality'>,
): Breach[] {
  const counts = new Map<string, number>();
  for (const m of ctx.fullMembers) {
    if (m.partyKind === 'municipality' && m.partyEntityId !== null) {
      counts.set(m.partyEntityId, (counts.get(m.partyEntityId) ?? 0) + 1);
    }
  }
  return [...counts]
    .filter(([, count]) => count > spec.max)
    .map(([partyId, count]) =>
      breach(ctx, rule, 'breach.maxSeatsPerMunicipality', partyId, {
        municipalityName: partyName(ctx.state, partyId),
        count,
        max: spec.max,
      }),
    );
}

/**
 * `.vacant` params: `role`, `partyKind` (nobody holds the role). `.wrongParty` params: `role`,
 * `partyKind`, `personName`, `partyName` (one breach per holder of another party kind).
 */
function roleHeldByPartyKind(
  ctx: CheckContext,
  rule: CompositionRule,
  spec: SpecOf<'roleHeldByPartyKind'>,
): Breach[] {
  const holders = ctx.fullMembers.filter((m) => !m.isVacant && m.roles.includes(spec.role));
  const base = { role: spec.role, partyKind: spec.partyKind };
  if (holders.length === 0) {
    return [breach(ctx, rule, 'breach.roleHeldByPartyKind.vacant', spec.role, base)];
  }
  return holders
    .filter((m) => m.partyKind !== spec.partyKind)
    .map((m) =>
      breach(ctx, rule, 'breach.roleHeldByPartyKind.wrongParty', m.personId ?? '', {
        ...base,
        personName: personName(ctx.state, m.personId),
        partyName: partyName(ctx.state, m.partyEntityId),
      }),
    );
}

/** Params: `year`, `count`, `min`, `max`. Counts the meetings dated in the day's calendar year. */
function cadenceMet(ctx: CheckContext, rule: CompositionRule): Breach[] {
  const { cadence } = ctx.forum;
  if (cadence === null) return [];
  const year = ctx.state.date.slice(0, 4);
  const dates = ctx.state.meetingDates.get(ctx.forum.entityId) ?? [];
  const count = dates.filter((d) => d.startsWith(`${year}-`)).length;
  const params = { year: Number(year), count, min: cadence.min, max: cadence.max };
  if (count < cadence.min) return [breach(ctx, rule, 'breach.cadenceMet.tooFew', year, params)];
  if (cadence.max !== null && count > cadence.max) {
    return [breach(ctx, rule, 'breach.cadenceMet.tooMany', year, params)];
  }
  return [];
}

/** Params: `seatLabel`, `partyName`, `clusterName`. One breach per vacant member row. */
function noVacantSeats(ctx: CheckContext, rule: CompositionRule): Breach[] {
  return ctx.members
    .filter((m) => m.isVacant)
    .map((m) =>
      breach(
        ctx,
        rule,
        'breach.noVacantSeats',
        `${m.seatEntityId}|${m.partyEntityId ?? m.clusterEntityId ?? ''}`,
        {
          seatLabel: ctx.state.seats.get(m.seatEntityId)?.label ?? null,
          partyName: partyName(ctx.state, m.partyEntityId),
          clusterName: ctx.state.clusters.get(m.clusterEntityId ?? '')?.name ?? null,
        },
      ),
    );
}

/** The seats a municipality should have: the highest tier its population exceeds, else `seats`. */
export function expectedSeats(
  spec: Pick<SpecOf<'seatsPerMunicipality'>, 'seats' | 'tiers'>,
  population: number | null,
): number {
  if (population === null) return spec.seats;
  const tier = [...spec.tiers]
    .filter((t) => population > t.populationAbove)
    .sort((a, b) => b.populationAbove - a.populationAbove)[0];
  return tier?.seats ?? spec.seats;
}

/**
 * Params: `municipalityName`, `population`, `expected`, `count`. One breach per municipality of
 * the forum's area (its cluster) whose full members (vacancies included) differ from the seats
 * its population gives. A forum without an area has nothing to check.
 */
function seatsPerMunicipality(
  ctx: CheckContext,
  rule: CompositionRule,
  spec: SpecOf<'seatsPerMunicipality'>,
): Breach[] {
  const area =
    ctx.forum.clusterId === null ? undefined : ctx.state.clusters.get(ctx.forum.clusterId);
  if (area === undefined) return [];
  return area.memberPartyIds.flatMap((partyId) => {
    const party = ctx.state.parties.get(partyId);
    if (party === undefined || party.kind !== 'municipality') return [];
    const expected = expectedSeats(spec, party.population);
    const count = ctx.fullMembers.filter((m) => m.partyEntityId === partyId).length;
    if (count === expected) return [];
    return [
      breach(ctx, rule, 'breach.seatsPerMunicipality', partyId, {
        municipalityName: party.name,
        population: party.population,
        expected,
        count,
      }),
    ];
  });
}

/**
 * Params: `partyKind`, `count`, `otherPartyKind`, `otherCount`, `difference`, `expected`. Full
 * members of `partyKind` must equal those of `otherPartyKind` plus `difference` (vacancies count).
 */
function seatCountRelation(
  ctx: CheckContext,
  rule: CompositionRule,
  spec: SpecOf<'seatCountRelation'>,
): Breach[] {
  const countOf = (kind: string) => ctx.fullMembers.filter((m) => m.partyKind === kind).length;
  const count = countOf(spec.partyKind);
  const otherCount = countOf(spec.otherPartyKind);
  const expected = otherCount + spec.difference;
  if (count === expected) return [];
  return [
    breach(ctx, rule, 'breach.seatCountRelation', spec.partyKind, {
      partyKind: spec.partyKind,
      count,
      otherPartyKind: spec.otherPartyKind,
      otherCount,
      difference: spec.difference,
      expected,
    }),
  ];
}

/**
 * Params: `seatLabel`, `politicalParty`, `personName`, `personParty`. One breach per seated
 * member whose seat is reserved for a political party the person does not represent (or whose
 * party is not recorded).
 */
function politicalComposition(ctx: CheckContext, rule: CompositionRule): Breach[] {
  return ctx.members.flatMap((m) => {
    const seat = ctx.state.seats.get(m.seatEntityId);
    if (m.isVacant || m.personId === null || !seat?.politicalParty) return [];
    const personParty = ctx.state.persons.get(m.personId)?.politicalParty ?? null;
    if (personParty !== null && samePoliticalParty(personParty, seat.politicalParty)) return [];
    return [
      breach(ctx, rule, 'breach.politicalComposition', `${m.seatEntityId}|${m.personId}`, {
        seatLabel: seat.label,
        politicalParty: seat.politicalParty,
        personName: personName(ctx.state, m.personId),
        personParty,
      }),
    ];
  });
}

/** Political parties compare without case and surrounding space ("A" = "a "). */
function samePoliticalParty(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase('da') === b.trim().toLocaleLowerCase('da');
}

/** Checks one declared rule against the forum's members on the day. */
export function checkRule(ctx: CheckContext, rule: CompositionRule): Breach[] {
  const { spec } = rule;
  switch (spec.kind) {
    case 'everyClusterRepresented':
      return everyClusterRepresented(ctx, rule, spec);
    case 'includesAllClusterCoChairs':
      return includesAllClusterCoChairs(ctx, rule, spec);
    case 'seatsOfPartyKind':
      return seatsOfPartyKind(ctx, rule, spec);
    case 'maxSeatsPerMunicipality':
      return maxSeatsPerMunicipality(ctx, rule, spec);
    case 'roleHeldByPartyKind':
      return roleHeldByPartyKind(ctx, rule, spec);
    case 'cadenceMet':
      return cadenceMet(ctx, rule);
    case 'noVacantSeats':
      return noVacantSeats(ctx, rule);
    case 'seatsPerMunicipality':
      return seatsPerMunicipality(ctx, rule, spec);
    case 'seatCountRelation':
      return seatCountRelation(ctx, rule, spec);
    case 'politicalComposition':
      return politicalComposition(ctx, rule);
  }
}
