import { describe, expect, it } from 'vitest';
import { preferredCollaboration } from './scopes';

const ids = ['a', 'b', 'c'];

describe('preferredCollaboration', () => {
  it('starts on the first collaboration the user works in wholly', () => {
    expect(preferredCollaboration(ids, { everywhere: false, whole: ['c'], part: ['b'] })).toBe('c');
  });

  it('falls back to one the user works in part of', () => {
    expect(preferredCollaboration(ids, { everywhere: false, whole: [], part: ['b'] })).toBe('b');
  });

  it('takes the first for national users, users without grants, or before the answer', () => {
    expect(preferredCollaboration(ids, { everywhere: true, whole: [], part: [] })).toBe('a');
    expect(preferredCollaboration(ids, { everywhere: false, whole: ['x'], part: [] })).toBe('a');
    expect(preferredCollaboration(ids, undefined)).toBe('a');
    expect(preferredCollaboration([], undefined)).toBe('');
  });
});
