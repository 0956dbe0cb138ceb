/**
 * A party's label as shown in lists: its name, followed by its kind in brackets only when the
 * name does not already say it ("Odense (kommune)", but "Almen praksis (PLO)", not
 * "Almen praksis (PLO) (almen praksis (PLO))").
 */

/** Lower case (Danish rules) with runs of white space folded to one space. */
function folded(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('da').replace(/\s+/g, ' ').trim();
}

/** True when the kind adds something to the name: it is not empty and not already in the name. */
export function kindAddsToName(name: string, kindLabel: string | null | undefined): boolean {
  const kind = folded(kindLabel ?? '');
  return kind !== '' && !folded(name).includes(kind);
}

/** "Name (kind)", or the name alone when the kind is empty or already part of the name. */
export function partyLabel(name: string, kindLabel: string | null | undefined): string {
  return kindAddsToName(name, kindLabel) ? `${name} (${kindLabel?.trim() ?? ''})` : name;
}
