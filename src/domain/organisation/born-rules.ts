/**
 * Evaluation of the three born-rule kinds for one seat. Rules that read other fora's members go
 * through the evaluator passed in, which memoises and detects cycles; an error from a dependency
 * is handed back as a value, never thrown.
 */
import type { PartyKind } from '../../shared/organisation.enums';
import { clusterFora, officeHoldersOf, type OrgState } from './as-of';
import { isFullMember } from './roles';
import type {
  Member,
  MemberEvaluator,
  MemberIssue,
  MembersError,
  MemberVia,
} from './members.types';
import type {
  BornRule,
  Forum,
  OfficeHoldersOfRepresentedRule,
  OfficeHoldersRule,
  PartySelector,
  RoleHoldersRule,
  Seat,
} from './types';

/** What a born rule yields for its seat. */
export type BornOutcome =
  { ok: true; members: Member[]; issues: MemberIssue[] } | { ok: false; error: MembersError };

interface BornContext {
  state: OrgState;
  forum: Forum;
  seat: Seat;
  evaluate: MemberEvaluator;
}

interface Who {
  personId: string | null;
  partyEntityId: string | null;
  substitutePersonId?: string | null;
  partyKind?: PartyKind | null;
  clusterEntityId?: string | null;
  via: MemberVia;
}

/** The cluster a party represents when it is unambiguous (split municipalities give null). */
function onlyClusterOf(state: OrgState, partyId: string | null): string | null {
  const ids = partyId === null ? [] : (state.clustersByParty.get(partyId) ?? []);
  return ids.length === 1 ? (ids[0] ?? null) : null;
}

/** Builds a born member of `ctx.seat`; missing attribution falls back to seat and party. */
function bornMember(ctx: BornContext, who: Who, fallbackKind?: PartyKind): Member {
  const party = who.partyEntityId === null ? undefined : ctx.state.parties.get(who.partyEntityId);
  return {
    forumEntityId: ctx.forum.entityId,
    seatEntityId: ctx.seat.entityId,
    personId: who.personId,
    role: ctx.seat.role,
    roles: [ctx.seat.role],
    partyEntityId: who.partyEntityId,
    partyKind: who.partyKind ?? party?.kind ?? ctx.seat.partyKind ?? fallbackKind ?? null,
    clusterEntityId:
      ctx.seat.clusterId ?? who.clusterEntityId ?? onlyClusterOf(ctx.state, who.partyEntityId),
    source: 'born',
    isVacant: who.personId === null,
    substitutePersonId: who.substitutePersonId ?? null,
    functionSeatEntityIds: [],
    via: who.via,
  };
}

function emptyRule(ctx: BornContext, rule: BornRule, reason: 'noParties' | 'noForums') {
  const issue: MemberIssue = {
    kind: 'bornRuleEmpty',
    seatEntityId: ctx.seat.entityId,
    ruleKind: rule.kind,
    reason,
  };
  const placeholder = bornMember(ctx, {
    personId: null,
    partyEntityId: null,
    via: { kind: 'emptyRule', ruleKind: rule.kind },
  });
  return { ok: true as const, members: [placeholder], issues: [issue] };
}

function partiesOf(ctx: BornContext, selector: PartySelector): readonly string[] {
  const { state, forum } = ctx;
  switch (selector.of) {
    case 'forumCluster':
      return forum.clusterId === null
        ? []
        : (state.clusters.get(forum.clusterId)?.memberPartyIds ?? []);
    case 'cluster':
      return state.clusters.get(selector.clusterId)?.memberPartyIds ?? [];
    case 'collaboration':
      return [...state.parties.values()]
        .filter((p) => p.kind === selector.partyKind)
        .map((p) => p.entityId);
    case 'parties':
      return selector.partyIds.filter((id) => state.parties.has(id));
  }
}

function selectorCluster(ctx: BornContext, selector: PartySelector): string | null {
  if (selector.of === 'forumCluster') return ctx.forum.clusterId;
  return selector.of === 'cluster' ? selector.clusterId : null;
}

/** The holders of an office in each party, a vacancy for each party where it is unfilled. */
function holdersInParties(
  ctx: BornContext,
  partyIds: readonly string[],
  office: OfficeHoldersRule['office'],
  viaOf: (partyId: string, officeHoldingId: string | null) => MemberVia,
  clusterEntityId: string | null,
  substituteOffice: OfficeHoldersRule['office'] | null = null,
): Member[] {
  return partyIds.flatMap((partyId) => {
    const holdings = officeHoldersOf(ctx.state, partyId, office);
    const substitutePersonId =
      substituteOffice === null
        ? null
        : (officeHoldersOf(ctx.state, partyId, substituteOffice)[0]?.personId ?? null);
    if (holdings.length === 0) {
      return [
        bornMember(ctx, {
          personId: null,
          partyEntityId: partyId,
          clusterEntityId,
          substitutePersonId,
          via: viaOf(partyId, null),
        }),
      ];
    }
    return holdings.map((h) =>
      bornMember(ctx, {
        personId: h.personId,
        partyEntityId: partyId,
        clusterEntityId,
        substitutePersonId: substitutePersonId === h.personId ? null : substitutePersonId,
        via: viaOf(partyId, h.id),
      }),
    );
  });
}

function officeHolders(ctx: BornContext, rule: OfficeHoldersRule): BornOutcome {
  const partyIds = partiesOf(ctx, rule.parties);
  if (partyIds.length === 0) return emptyRule(ctx, rule, 'noParties');
  const via = (partyId: string, officeHoldingId: string | null): MemberVia => ({
    kind: 'officeHolders',
    office: rule.office,
    partyId,
    officeHoldingId,
    ...(rule.substitute ? { substituteOffice: rule.substitute.office } : {}),
  });
  const members = holdersInParties(
    ctx,
    partyIds,
    rule.office,
    via,
    selectorCluster(ctx, rule.parties),
    rule.substitute?.office ?? null,
  );
  return { ok: true, members, issues: [] };
}

function sourceFora(ctx: BornContext, rule: RoleHoldersRule): Forum[] {
  if (rule.forums.of === 'clusterForums') return [...clusterFora(ctx.state, rule.forums.forumKind)];
  return rule.forums.forumIds.flatMap((id) => ctx.state.fora.get(id) ?? []);
}

/** The seat that gives `member` the role in its forum: the function seat, else its own seat. */
function seatGivingRole(state: OrgState, member: Member, role: RoleHoldersRule['role']): string {
  const functionSeat = member.functionSeatEntityIds.find(
    (id) => state.seats.get(id)?.role === role,
  );
  return functionSeat ?? member.seatEntityId;
}

function roleHolders(ctx: BornContext, rule: RoleHoldersRule): BornOutcome {
  const fora = sourceFora(ctx, rule);
  if (fora.length === 0) return emptyRule(ctx, rule, 'noForums');
  const members: Member[] = [];
  for (const source of fora) {
    const result = ctx.evaluate(source.entityId);
    if (!result.ok) return { ok: false, error: result.error };
    const holders = result.members.filter(
      (m) =>
        m.roles.includes(rule.role) &&
        (rule.partyKind === undefined || m.partyKind === rule.partyKind),
    );
    const via = (sourceSeatId: string | null): MemberVia => ({
      kind: 'roleHolders',
      role: rule.role,
      sourceForumId: source.entityId,
      sourceSeatId,
    });
    if (holders.length === 0) {
      const who = {
        personId: null,
        partyEntityId: null,
        clusterEntityId: source.clusterId,
        via: via(null),
      };
      members.push(bornMember(ctx, who, rule.partyKind));
    }
    for (const h of holders) {
      const who = {
        ...h,
        clusterEntityId: source.clusterId ?? h.clusterEntityId,
        via: via(seatGivingRole(ctx.state, h, rule.role)),
      };
      members.push(bornMember(ctx, who));
    }
  }
  return { ok: true, members, issues: [] };
}

function officeHoldersOfRepresented(
  ctx: BornContext,
  rule: OfficeHoldersOfRepresentedRule,
): BornOutcome {
  if (!ctx.state.fora.has(rule.forumId)) return emptyRule(ctx, rule, 'noForums');
  const result = ctx.evaluate(rule.forumId);
  if (!result.ok) return { ok: false, error: result.error };
  const represented = result.members.filter(
    (m) =>
      !m.isVacant &&
      isFullMember(m) &&
      m.partyEntityId !== null &&
      (rule.role === undefined || m.roles.includes(rule.role)) &&
      (rule.partyKind === undefined || m.partyKind === rule.partyKind),
  );
  const partyIds = [...new Set(represented.map((m) => m.partyEntityId ?? ''))];
  if (partyIds.length === 0) return emptyRule(ctx, rule, 'noParties');
  const ordered = [...ctx.state.parties.keys()].filter((id) => partyIds.includes(id));
  const via = (partyId: string, officeHoldingId: string | null): MemberVia => ({
    kind: 'officeHoldersOfRepresented',
    office: rule.office,
    partyId,
    sourceForumId: rule.forumId,
    officeHoldingId,
  });
  return { ok: true, members: holdersInParties(ctx, ordered, rule.office, via, null), issues: [] };
}

/**
 * Evaluates `rule` for `seat` of `forum` on the state's day. Each referenced party with the
 * office unfilled (or referenced forum with the role unheld) gives a vacancy; a rule with nothing
 * to draw from at all gives one vacancy and a `bornRuleEmpty` issue.
 */
export function evaluateBornRule(ctx: BornContext, rule: BornRule): BornOutcome {
  switch (rule.kind) {
    case 'officeHolders':
      return officeHolders(ctx, rule);
    case 'roleHolders':
      return roleHolders(ctx, rule);
    case 'officeHoldersOfRepresented':
      return officeHoldersOfRepresented(ctx, rule);
  }
}
