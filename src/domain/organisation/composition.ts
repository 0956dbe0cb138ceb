/**
 * Composition checks: the declared rules of a forum plus the built-in structural checks, on the
 * state's day. The server runs them before and after a change and refuses (409) a change that
 * adds a breach unless the caller acknowledges it (see `newBreaches`).
 */
import { rulesOf, type OrgState } from './as-of';
import type { Breach } from './breach';
import { checkRule } from './composition-rules';
import { createMemberEvaluator } from './members';
import { isFullMember } from './roles';
import type { MemberEvaluator, MemberIssue, MembersError } from './members.types';
import type { Forum } from './types';

function structural(
  forum: Forum,
  kind: Breach['ruleKind'],
  severity: Breach['severity'],
  rest: Pick<Breach, 'code' | 'subject' | 'params'>,
): Breach {
  return {
    forumEntityId: forum.entityId,
    ruleId: null,
    ruleKind: kind,
    severity,
    ...rest,
    params: { forumName: forum.name, ...rest.params },
  };
}

/**
 * `functionHolderNotMember` (error) params: `seatLabel`, `role`, `personName`.
 * `bornRuleEmpty` (warning) params: `seatLabel`, `ruleKind`, `reason`.
 */
function issueBreach(state: OrgState, forum: Forum, issue: MemberIssue): Breach {
  const seatLabel = state.seats.get(issue.seatEntityId)?.label ?? null;
  if (issue.kind === 'functionHolderNotMember') {
    return structural(forum, issue.kind, 'error', {
      code: 'breach.functionHolderNotMember',
      subject: `${issue.seatEntityId}|${issue.personId}`,
      params: {
        seatLabel,
        role: issue.role,
        personName: state.persons.get(issue.personId)?.name ?? null,
      },
    });
  }
  return structural(forum, issue.kind, 'warning', {
    code: 'breach.bornRuleEmpty',
    subject: issue.seatEntityId,
    params: { seatLabel, ruleKind: issue.ruleKind, reason: issue.reason },
  });
}

/** `ruleCycle` (error) params: `forumNames` (the cycle path, first forum repeated at the end). */
function errorBreach(state: OrgState, forum: Forum, error: MembersError): Breach[] {
  if (error.kind !== 'ruleCycle') return [];
  const forumNames = error.forumEntityIds.map((id) => state.fora.get(id)?.name ?? id);
  return [
    structural(forum, 'ruleCycle', 'error', {
      code: 'breach.ruleCycle',
      subject: [...error.forumEntityIds].sort().join(','),
      params: { forumNames },
    }),
  ];
}

/**
 * All breaches of one forum on the state's day: its declared composition rules valid on the day,
 * then the structural checks (function holder not a member, born rule that yields nobody, born
 * rules in a cycle). An unknown forum has no breaches. Pass the evaluator of a wider computation
 * to share its memo.
 */
export function checkForum(
  state: OrgState,
  forumEntityId: string,
  evaluate: MemberEvaluator = createMemberEvaluator(state),
): Breach[] {
  const forum = state.fora.get(forumEntityId);
  if (forum === undefined) return [];
  const result = evaluate(forumEntityId);
  if (!result.ok) return errorBreach(state, forum, result.error);
  const ctx = {
    state,
    forum,
    members: result.members,
    fullMembers: result.members.filter(isFullMember),
    evaluate,
  };
  return [
    ...rulesOf(state, forumEntityId).flatMap((rule) => checkRule(ctx, rule)),
    ...result.issues.map((issue) => issueBreach(state, forum, issue)),
  ];
}

/** The breaches of every forum valid on the state's day, fora in Danish name order. */
export function checkCollaboration(state: OrgState): Breach[] {
  const evaluate = createMemberEvaluator(state);
  return [...state.fora.keys()].flatMap((forumId) => checkForum(state, forumId, evaluate));
}
