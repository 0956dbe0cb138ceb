import { describe, expect, it } from 'vitest';
import type { NewsletterContent } from '../../../shared/newsletters.contract';
import { addItem, move, removeItem, updateItem } from './content-edit';

describe('move', () => {
  it.each([
    [[1, 2, 3], 0, 1, [2, 1, 3]],
    [[1, 2, 3], 2, -1, [1, 3, 2]],
    [[1, 2, 3], 0, -1, [1, 2, 3]],
    [[1, 2, 3], 2, 1, [1, 2, 3]],
    [[1], 5, 1, [1]],
  ] as const)('%o, moving %i by %i → %o', (list, index, by, expected) => {
    expect(move(list, index, by)).toEqual(expected);
  });
});

describe('item edits', () => {
  const content: NewsletterContent = {
    intro: '',
    sections: [
      {
        id: 's',
        heading: 'Beslutninger',
        items: [{ id: 'a', source: 'decision', title: 'A', text: '', link: null, on: null }],
      },
      { id: 't', heading: 'Andet', items: [] },
    ],
  };
  it('changes, adds and removes an item in its section only', () => {
    const changed = updateItem(content, 's', 'a', { title: 'Ny' });
    expect(changed.sections[0]?.items[0]?.title).toBe('Ny');
    const added = addItem(changed, 't', 'Nyt punkt');
    expect(added.sections[1]?.items).toMatchObject([{ source: 'manual', title: 'Nyt punkt' }]);
    expect(removeItem(added, 's', 'a').sections.map((s) => s.items.length)).toEqual([0, 1]);
    expect(content.sections[0]?.items[0]?.title).toBe('A');
  });
});
