/** The Danish decision text generated from a structured scale-up decision. */
import type { ScaleUpOutcome, ScaleUpScope } from './pilots';

/**
 * "Pilotprojektet «titel» opskaleres til alle klynger." and the like; `clusterNames` gives the
 * names of a listed scope in order.
 */
export function decisionText(
  title: string,
  outcome: ScaleUpOutcome,
  scope: ScaleUpScope | null,
  clusterNames: readonly string[],
): string {
  const name = `Pilotprojektet «${title.trim()}»`;
  if (outcome === 'adjustAndRetry') return `${name} justeres og afprøves igen.`;
  if (outcome === 'stop') return `${name} stoppes og opskaleres ikke.`;
  if (scope === null || scope.kind === 'all') return `${name} opskaleres til alle klynger.`;
  const names = clusterNames.length ? clusterNames : scope.clusterIds;
  const list =
    names.length === 1
      ? names[0]
      : `${names.slice(0, -1).join(', ')} og ${names[names.length - 1] ?? ''}`;
  return `${name} opskaleres til ${list}.`;
}
