import { describe, expect, it } from 'vitest';
import { fitLabel } from './BarChart';
import { isHeavyLoad, median } from './burden';

describe('seat burden', () => {
  it('takes the median of odd and even lists', () => {
    expect(median([])).toBe(0);
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('flags a load at least 50 % and more than one seat above the median', () => {
    expect(isHeavyLoad(6, 4)).toBe(true);
    expect(isHeavyLoad(5, 4)).toBe(false);
    expect(isHeavyLoad(2, 1)).toBe(false);
    expect(isHeavyLoad(3, 1)).toBe(true);
  });
});

describe('fitLabel', () => {
  it('keeps short labels and cuts long ones with an ellipsis', () => {
    expect(fitLabel('Fyn')).toBe('Fyn');
    const cut = fitLabel('Sundhedsklynge Lillebælt (officielt navn ikke verificeret)');
    expect(cut.length).toBeLessThanOrEqual(30);
    expect(cut.endsWith('…')).toBe(true);
  });
});
