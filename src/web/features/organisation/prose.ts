/**
 * Free text from organisation files (charters, decision competence) is hard-wrapped YAML: a
 * single line break continues the sentence, a blank line starts a paragraph, and a line starting
 * with a list marker ("1.", "-", "•") starts a new line.
 */

const LIST_ITEM = /^(\d+[.)]|[-*•])\s/;

/** The text as paragraphs, each a list of lines to show (joined where the file wrapped them). */
export function paragraphs(text: string): string[][] {
  return text
    .trim()
    .split(/\n\s*\n/)
    .map((block) =>
      block.split('\n').reduce<string[]>((lines, raw) => {
        const line = raw.trim();
        if (!line) return lines;
        if (lines.length === 0 || LIST_ITEM.test(line)) return [...lines, line];
        return [...lines.slice(0, -1), `${lines[lines.length - 1]} ${line}`];
      }, []),
    )
    .filter((lines) => lines.length > 0);
}
