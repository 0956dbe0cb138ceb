/**
 * Born-rule cycles between fora: a born seat that reads another forum's members makes its forum
 * depend on that forum, and a cycle of such dependencies cannot be evaluated (the domain reports
 * `ruleCycle`). A forum reading itself is allowed (the domain evaluates it in steps). Found here
 * so the file points at the seat that closes the cycle.
 */
import type { FilePath } from './locate';
import type { NormalisedOrg, NSeat } from './model';
import type { ProblemSink } from './problems';

/** The fora a seat's born rule reads (its own forum left out). */
export function bornDependencies(seat: NSeat, org: NormalisedOrg): string[] {
  const born = seat.born;
  if (born === null) return [];
  let keys: string[] = [];
  if (born.kind === 'officeHoldersOfRepresented') keys = [born.forum];
  else if (born.kind === 'roleHolders') {
    const selector = born.forums;
    keys =
      selector.of === 'forums'
        ? selector.forums
        : org.fora
            .filter((f) => f.clusterKey !== null && f.kind === selector.forumKind)
            .map((f) => f.key);
  }
  return keys.filter((key) => key !== seat.forumKey);
}

interface Edge {
  to: string;
  path: FilePath;
}

function graphOf(org: NormalisedOrg): Map<string, Edge[]> {
  const graph = new Map<string, Edge[]>();
  for (const seat of org.seats) {
    for (const to of bornDependencies(seat, org)) {
      const edges = graph.get(seat.forumKey) ?? [];
      if (!edges.some((e) => e.to === to)) edges.push({ to, path: [...seat.path, 'born'] });
      graph.set(seat.forumKey, edges);
    }
  }
  return graph;
}

/** Reports each born-rule cycle once, at the seat whose rule closes it. */
export function checkBornCycles(org: NormalisedOrg, sink: ProblemSink): void {
  const graph = graphOf(org);
  const state = new Map<string, 'open' | 'done'>();
  const reported = new Set<string>();
  const visit = (forum: string, trail: string[]): void => {
    state.set(forum, 'open');
    for (const edge of graph.get(forum) ?? []) {
      if (state.get(edge.to) === 'open') {
        const cycle = [...trail.slice(trail.indexOf(edge.to)), forum, edge.to];
        const id = [...new Set(cycle)].sort().join(',');
        if (!reported.has(id)) {
          reported.add(id);
          sink.error(edge.path, {
            da: `Fødte pladser danner en cirkel mellem fora: ${cycle.join(' → ')}`,
            en: `Born seats form a cycle between fora: ${cycle.join(' → ')}`,
          });
        }
      } else if (state.get(edge.to) === undefined) {
        visit(edge.to, [...trail, forum]);
      }
    }
    state.set(forum, 'done');
  };
  for (const forum of org.fora) {
    if (state.get(forum.key) === undefined) visit(forum.key, []);
  }
}
