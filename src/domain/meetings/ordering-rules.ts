/**
 * Validation of a set of ordering rules, the preparation chain they describe, and the seed-004
 * rule set for a collaboration organised like the Capital Region's.
 */
import type { OrderingRuleIssueCode } from '../../shared/meetings.enums';
import type { OrderingRule } from './ordering';

/** A problem in a rule set; `code` is an i18n key. */
export interface OrderingRuleIssue {
  ruleId: string;
  code: OrderingRuleIssueCode;
  params: Record<string, string | number>;
}

const isPreparing = (r: OrderingRule): boolean => r.kind === 'preMeeting' || r.kind === 'prepares';

/**
 * Problems that make a rule set unusable: a forum depending on itself, min above max, a
 * duplicate id, or a cycle among `preMeeting`/`prepares` rules (the preparation chain must lead
 * upwards). Cycles among `after` rules are allowed: "SSU after KKR" and "KKR after SSU" simply
 * make the two fora alternate.
 */
export function validateOrderingRules(rules: readonly OrderingRule[]): OrderingRuleIssue[] {
  const issues: OrderingRuleIssue[] = [];
  const seen = new Set<string>();
  for (const r of rules) {
    if (seen.has(r.id)) issues.push({ ruleId: r.id, code: 'ordering.duplicateId', params: {} });
    seen.add(r.id);
    if (r.forumId === r.dependsOnForumId) {
      issues.push({
        ruleId: r.id,
        code: 'ordering.selfDependency',
        params: { forumId: r.forumId },
      });
    }
    if (r.maxDaysBetween != null && r.maxDaysBetween < r.minDaysBetween) {
      issues.push({
        ruleId: r.id,
        code: 'ordering.minAboveMax',
        params: { minDays: r.minDaysBetween, maxDays: r.maxDaysBetween },
      });
    }
  }
  for (const r of rules.filter(isPreparing)) {
    if (
      r.forumId !== r.dependsOnForumId &&
      findPreparationChain(r.forumId, r.dependsOnForumId, rules)
    ) {
      issues.push({ ruleId: r.id, code: 'ordering.cycle', params: { forumId: r.forumId } });
    }
  }
  return issues;
}

/**
 * The preparation chain from `fromForumId` up to `toForumId` along `preMeeting`/`prepares`
 * rules, lowest forum first (e.g. cluster administrative forum → officials' committee → TSS →
 * SSU), or null when the rules do not connect them. Shortest chain wins; among equals the
 * rule order decides, so the result is deterministic.
 */
export function findPreparationChain(
  fromForumId: string,
  toForumId: string,
  rules: readonly OrderingRule[],
): string[] | null {
  if (fromForumId === toForumId) return [fromForumId];
  const previous = new Map<string, string>([[fromForumId, fromForumId]]);
  let frontier = [fromForumId];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const forum of frontier) {
      for (const r of rules) {
        if (!isPreparing(r) || r.dependsOnForumId !== forum || previous.has(r.forumId)) continue;
        previous.set(r.forumId, forum);
        if (r.forumId === toForumId) return unwind(previous, fromForumId, toForumId);
        next.push(r.forumId);
      }
    }
    frontier = next;
  }
  return null;
}

function unwind(previous: ReadonlyMap<string, string>, from: string, to: string): string[] {
  const chain = [to];
  for (let at = to; at !== from;) {
    at = previous.get(at) ?? from;
    chain.unshift(at);
  }
  return chain;
}

/** The rule for the link `lower → upper` of a preparation chain, if declared. */
export function preparationRule(
  lowerForumId: string,
  upperForumId: string,
  rules: readonly OrderingRule[],
): OrderingRule | undefined {
  return rules.find(
    (r) => isPreparing(r) && r.forumId === upperForumId && r.dependsOnForumId === lowerForumId,
  );
}

/** Forum ids of a collaboration organised as in seed 004 (Region Hovedstaden, 2022). */
export interface Seed004ForumIds {
  kkr: string;
  ssu: string;
  /** The municipal (political) pre-meeting before SSU. */
  municipalPreMeeting: string;
  tss: string;
  officialsCommittee: string;
  /** Each cluster's administrative-strategic forum. */
  clusterAdministrativeFora: readonly string[];
}

/**
 * Seed 004's ordering as rules. The order is the seed's ("SSU after KKR", "municipal
 * pre-meetings before SSU", "TSS prepares SSU", "the officials' committee is the municipal
 * pre-meeting for TSS"; seed 000: the clusters prepare the officials' committee). The day
 * counts are not in the seeds: they are proposed defaults for the secretariat to adjust.
 */
export function seed004OrderingRules(ids: Seed004ForumIds): OrderingRule[] {
  return [
    {
      id: 'ssu-after-kkr',
      kind: 'after',
      forumId: ids.ssu,
      dependsOnForumId: ids.kkr,
      minDaysBetween: 1,
    },
    {
      id: 'ssu-municipal-pre-meeting',
      kind: 'preMeeting',
      forumId: ids.ssu,
      dependsOnForumId: ids.municipalPreMeeting,
      minDaysBetween: 0,
      maxDaysBetween: 14,
    },
    {
      id: 'tss-prepares-ssu',
      kind: 'prepares',
      forumId: ids.ssu,
      dependsOnForumId: ids.tss,
      minDaysBetween: 14,
      maxDaysBetween: 56,
    },
    {
      id: 'officials-pre-meeting-tss',
      kind: 'preMeeting',
      forumId: ids.tss,
      dependsOnForumId: ids.officialsCommittee,
      minDaysBetween: 1,
      maxDaysBetween: 21,
    },
    ...ids.clusterAdministrativeFora.map((clusterForumId) => ({
      id: `cluster-prepares-officials:${clusterForumId}`,
      kind: 'prepares' as const,
      forumId: ids.officialsCommittee,
      dependsOnForumId: clusterForumId,
      minDaysBetween: 1,
      maxDaysBetween: 42,
    })),
  ];
}
