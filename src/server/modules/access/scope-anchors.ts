/*
 * The anchors of a scope target (scope-targets.repo.ts, scope-targets.joint-work.ts).
 */

/** Where an object lies: the organisation it hangs on, widened upwards to regions. */
export interface Anchors {
  collaborations: Set<string>;
  regions: Set<string>;
  fora: Set<string>;
  clusters: Set<string>;
  parties: Set<string>;
}

export const emptyAnchors = (): Anchors => ({
  collaborations: new Set(),
  regions: new Set(),
  fora: new Set(),
  clusters: new Set(),
  parties: new Set(),
});

export const add = (set: Set<string>, value: string | null | undefined) => {
  if (value) set.add(value);
};
