import { describe, expect, it } from 'vitest';
import { addEntry, adjacentDuplicates, moveEntry, removeEntry } from './route-builder';

describe('route builder', () => {
  const route = ['klynge', 'eu', 'tss', 'ssu'];

  it('adds, removes and moves forums', () => {
    expect(addEntry(['klynge'], 'eu')).toEqual(['klynge', 'eu']);
    expect(removeEntry(route, 1)).toEqual(['klynge', 'tss', 'ssu']);
    expect(moveEntry(route, 2, -1)).toEqual(['klynge', 'tss', 'eu', 'ssu']);
    expect(moveEntry(route, 0, 1)).toEqual(['eu', 'klynge', 'tss', 'ssu']);
  });

  it('leaves the route unchanged when a move would leave the list', () => {
    expect(moveEntry(route, 0, -1)).toEqual(route);
    expect(moveEntry(route, 3, 1)).toEqual(route);
  });

  it('finds the same forum twice in a row', () => {
    expect(adjacentDuplicates(['a', 'b', 'b', 'a'])).toEqual([3]);
    expect(adjacentDuplicates(route)).toEqual([]);
  });
});
