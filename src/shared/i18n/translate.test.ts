import { describe, expect, it } from 'vitest';
import { translate, translator } from './translate';

describe('translate', () => {
  it('looks up a dotted key and interpolates', () => {
    expect(translate('documents', 'item', 'da', { number: 2, title: 'Økonomi' })).toBe(
      'Punkt 2. Økonomi',
    );
    expect(translator('documents', 'en')('kinds.minutes')).toBe('Minutes');
  });

  it('returns the key for a missing text and leaves unknown variables', () => {
    expect(translate('documents', 'no.such.key', 'da')).toBe('no.such.key');
    expect(translate('documents', 'item', 'da', { number: 1 })).toBe('Punkt 1. {{title}}');
  });
});
