/**
 * Danish ordering for names: "Aabenraa" sorts as "Åbenrå", after "Ærø" and "Øster". Every list
 * a user sees is sorted with this collator, so the domain's output is already in display order.
 */
const collator = new Intl.Collator('da');

/** Compares two strings in Danish alphabetical order. */
export function compareDa(a: string, b: string): number {
  return collator.compare(a, b);
}

/** Sorts a copy of `items` by the Danish order of `nameOf(item)`, ties kept in input order. */
export function sortByName<T>(items: Iterable<T>, nameOf: (item: T) => string): T[] {
  return [...items].sort((a, b) => collator.compare(nameOf(a), nameOf(b)));
}
