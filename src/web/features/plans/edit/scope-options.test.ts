import { describe, expect, it } from 'vitest';
import type { ScopeGrantView } from '../../../../shared/scopes';
import { collaborationsInScope } from './scope-options';

const south = { entityId: 's', regionName: 'Region Syddanmark' };
const capital = { entityId: 'c', regionName: 'Region Hovedstaden' };
const grant = (kind: ScopeGrantView['kind'], target: string | null): ScopeGrantView => ({
  kind,
  target,
  label: target ?? 'hele landet',
  source: 'manual',
});

describe('collaborationsInScope', () => {
  it('offers a regional secretariat only its region', () => {
    expect(
      collaborationsInScope([south, capital], [grant('region', 'Region Syddanmark')], false),
    ).toEqual([south]);
  });
  it('offers a collaboration scope its collaboration', () => {
    expect(collaborationsInScope([south, capital], [grant('collaboration', 'c')], false)).toEqual([
      capital,
    ]);
  });
  it('offers everything to an admin, a national scope, or scopes it cannot place', () => {
    expect(collaborationsInScope([south, capital], [], true)).toHaveLength(2);
    expect(collaborationsInScope([south, capital], [grant('all', null)], false)).toHaveLength(2);
    expect(collaborationsInScope([south, capital], [grant('forum', 'f')], false)).toHaveLength(2);
    expect(collaborationsInScope([south, capital], undefined, false)).toHaveLength(2);
  });
});
