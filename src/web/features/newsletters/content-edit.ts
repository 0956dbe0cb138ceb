/** Pure edits of a newsletter's content in the editor: move, remove, add, change. */
import type {
  NewsletterContent,
  NewsletterItem,
  NewsletterSection,
} from '../../../shared/newsletters.contract';

/** `list` with the element at `index` moved by `by` (−1 up, +1 down); unchanged at the ends. */
export function move<T>(list: readonly T[], index: number, by: -1 | 1): T[] {
  const to = index + by;
  if (index < 0 || index >= list.length || to < 0 || to >= list.length) return [...list];
  const out = [...list];
  const [item] = out.splice(index, 1);
  out.splice(to, 0, item as T);
  return out;
}

let counter = 0;
/** A new id for a hand-made section or item (unique within the editor session). */
export function newId(prefix: string): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${counter}`;
}

export function updateSection(
  content: NewsletterContent,
  sectionId: string,
  change: (s: NewsletterSection) => NewsletterSection,
): NewsletterContent {
  return {
    ...content,
    sections: content.sections.map((s) => (s.id === sectionId ? change(s) : s)),
  };
}

export function updateItem(
  content: NewsletterContent,
  sectionId: string,
  itemId: string,
  change: Partial<NewsletterItem>,
): NewsletterContent {
  return updateSection(content, sectionId, (s) => ({
    ...s,
    items: s.items.map((i) => (i.id === itemId ? { ...i, ...change } : i)),
  }));
}

export function removeItem(content: NewsletterContent, sectionId: string, itemId: string) {
  return updateSection(content, sectionId, (s) => ({
    ...s,
    items: s.items.filter((i) => i.id !== itemId),
  }));
}

export function addItem(content: NewsletterContent, sectionId: string, title: string) {
  return updateSection(content, sectionId, (s) => ({
    ...s,
    items: [
      ...s.items,
      { id: newId('item'), source: 'manual', title, text: '', link: null, on: null },
    ],
  }));
}
