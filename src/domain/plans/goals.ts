/**
 * The goal hierarchy (målhierarki): a vision only at the root; a goal under a vision or at the
 * root; a sub-goal under a goal. No cycles; codes unique within the plan.
 */
import type { GoalLevel } from '../../shared/plans.enums';
import { ok, refuse, type PlanResult } from './errors';

/** A goal as the rules see it. */
export interface GoalNodeInput {
  id: string;
  parentId: string | null;
  level: GoalLevel;
  code: string;
}

/** Whether `level` may hang under a parent of `parentLevel` (null = the root). */
export function parentAllowed(level: GoalLevel, parentLevel: GoalLevel | null): boolean {
  switch (level) {
    case 'vision':
      return parentLevel === null;
    case 'goal':
      return parentLevel === null || parentLevel === 'vision';
    case 'subGoal':
      return parentLevel === 'goal';
  }
}

function levelError(level: GoalLevel): PlanResult<never> {
  if (level === 'vision') return refuse('visionNotAtRoot');
  if (level === 'goal') return refuse('goalParentLevel');
  return refuse('subGoalParentLevel');
}

/**
 * Checks the goal `next` (new or changed) against the other goals of the plan: its parent
 * exists, has the right level, no cycle arises, its code is free, and its children still fit
 * under its (possibly new) level.
 */
export function checkGoal(goals: readonly GoalNodeInput[], next: GoalNodeInput): PlanResult<true> {
  const others = goals.filter((g) => g.id !== next.id);
  const byId = new Map(others.map((g) => [g.id, g]));
  const code = next.code.trim();
  if (others.some((g) => g.code.trim().toLowerCase() === code.toLowerCase())) {
    return refuse('goalCodeTaken', { code });
  }
  let parentLevel: GoalLevel | null = null;
  if (next.parentId !== null) {
    if (next.parentId === next.id) return refuse('goalCycle');
    const parent = byId.get(next.parentId);
    if (!parent) return refuse('goalParentUnknown');
    parentLevel = parent.level;
    // Walk up from the parent: reaching `next` again is a cycle.
    const seen = new Set<string>();
    let at: GoalNodeInput | undefined = parent;
    while (at && at.parentId !== null) {
      if (at.parentId === next.id || seen.has(at.id)) return refuse('goalCycle');
      seen.add(at.id);
      at = byId.get(at.parentId);
    }
  }
  if (!parentAllowed(next.level, parentLevel)) return levelError(next.level);
  for (const child of others.filter((g) => g.parentId === next.id)) {
    if (!parentAllowed(child.level, next.level)) return levelError(child.level);
  }
  return ok(true);
}

/** Builds the tree of `goals` (ordered by position, then code); orphans go to the root. */
export function goalTree<T extends GoalNodeInput & { position: number }>(
  goals: readonly T[],
): (T & { children: (T & { children: unknown[] })[] })[] {
  type Node = T & { children: Node[] };
  const nodes = new Map<string, Node>(goals.map((g) => [g.id, { ...g, children: [] }]));
  const roots: Node[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId === null ? undefined : nodes.get(node.parentId);
    if (parent && parent !== node) parent.children.push(node);
    else roots.push(node);
  }
  const order = (a: Node, b: Node) =>
    a.position - b.position || a.code.localeCompare(b.code, 'da', { numeric: true });
  const sortAll = (list: Node[]) => {
    list.sort(order);
    for (const n of list) sortAll(n.children);
  };
  sortAll(roots);
  return roots;
}
