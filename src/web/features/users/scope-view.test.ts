import { describe, expect, it } from 'vitest';
import { ROLES } from '../../../shared/roles';
import type { ScopeOption } from '../../../shared/scopes';
import {
  countOptions,
  groupOptions,
  manualChanged,
  manualScopes,
  scopesMatter,
  showsKind,
  sortGrants,
  summarizeGrants,
  toggleGrant,
  type EditedGrant,
} from './scope-view';

const FORUM = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
const PARTY = '16fd2706-8baf-433b-82eb-8c7fada847da';
const COLLAB = '9b2f4c3e-1d5a-4f6b-8c7d-0e1f2a3b4c5d';

const grant = (
  kind: EditedGrant['kind'],
  target: string | null,
  label: string,
  source: EditedGrant['source'] = 'manual',
): EditedGrant => ({ kind, target, label, source });

const option = (
  kind: ScopeOption['kind'],
  target: string | null,
  label: string,
  group: string | null = null,
): ScopeOption => ({ kind, target, label, group });

describe('sortGrants and summarizeGrants', () => {
  const grants = [
    grant('party', PARTY, 'Odense Kommune'),
    grant('region', 'Region Syddanmark', 'Region Syddanmark'),
    grant('forum', FORUM, 'Ældre-forum'),
    grant('forum', 'a5f0c4b2-0000-4000-8000-000000000001', 'Akutforum'),
    grant('all', null, 'Hele landet'),
  ];

  it('puts the whole country first, then kind by kind, names in Danish order (Æ after Z)', () => {
    expect(sortGrants(grants).map((g) => g.label)).toEqual([
      'Hele landet',
      'Region Syddanmark',
      'Akutforum',
      'Ældre-forum',
      'Odense Kommune',
    ]);
  });

  it('shows two and counts the rest, but never "+1 more" when the one fits', () => {
    expect(summarizeGrants(grants)).toMatchObject({ more: 3 });
    expect(summarizeGrants(grants).shown.map((g) => g.kind)).toEqual(['all', 'region']);
    expect(summarizeGrants(grants.slice(0, 3))).toMatchObject({ more: 0 });
    expect(summarizeGrants(grants.slice(0, 3)).shown).toHaveLength(3);
    expect(summarizeGrants([])).toEqual({ shown: [], more: 0 });
  });
});

describe('groupOptions', () => {
  const options = [
    option('all', null, 'Hele landet'),
    option('region', 'Region Syddanmark', 'Region Syddanmark'),
    option('party', PARTY, 'Odense Kommune', 'Sundhedssamarbejde Syd'),
    option('forum', FORUM, 'Sundhedsklynge Fyn', 'Sundhedssamarbejde Syd'),
    // The same forum under a former name: shown once.
    option('forum', FORUM, 'Klynge Fyn', 'Sundhedssamarbejde Syd'),
    option('collaboration', COLLAB, 'Sundhedssamarbejde Syd', 'Region Syddanmark'),
  ];

  it('groups a search by kind in the fixed order, each object once', () => {
    const groups = groupOptions(options, 'syd');
    expect(groups.map((g) => [g.kind, g.items.map((o) => o.label)])).toEqual([
      ['all', ['Hele landet']],
      ['region', ['Region Syddanmark']],
      ['collaboration', ['Sundhedssamarbejde Syd']],
      ['forum', ['Sundhedsklynge Fyn']],
      ['party', ['Odense Kommune']],
    ]);
    expect(countOptions(groups)).toBe(5);
  });

  it('offers only the whole country and the regions before anything is typed', () => {
    expect(groupOptions(options, '  ').map((g) => g.kind)).toEqual(['all', 'region']);
  });

  it('has no groups when nothing matches', () => {
    expect(groupOptions([], 'zzz')).toEqual([]);
    expect(countOptions([])).toBe(0);
  });
});

describe('editing grants', () => {
  const fromLogin = grant('region', 'Region Syddanmark', 'Region Syddanmark', 'oidc');
  const byHand = grant('forum', FORUM, 'Sundhedsklynge Fyn');

  it('adds an option as a grant given by hand, once', () => {
    const added = toggleGrant([fromLogin], option('party', PARTY, 'Odense Kommune'), true);
    expect(added).toEqual([fromLogin, grant('party', PARTY, 'Odense Kommune')]);
    expect(toggleGrant(added, option('party', PARTY, 'Odense Kommune'), true)).toEqual(added);
    // Already granted by the login: not added by hand as well.
    expect(toggleGrant([fromLogin], fromLogin, true)).toEqual([fromLogin]);
  });

  it('removes grants given by hand but never those from the login', () => {
    expect(toggleGrant([fromLogin, byHand], byHand, false)).toEqual([fromLogin]);
    expect(toggleGrant([fromLogin, byHand], fromLogin, false)).toEqual([fromLogin, byHand]);
  });

  it('sends only the grants given by hand, the whole country without a target', () => {
    expect(manualScopes([fromLogin, byHand, grant('all', '', 'Hele landet')])).toEqual([
      { kind: 'forum', target: FORUM },
      { kind: 'all', target: null },
    ]);
  });

  it('sees a change in the grants given by hand, not in order or in the login', () => {
    const other = grant('party', PARTY, 'Odense Kommune');
    expect(manualChanged([byHand, other], [other, byHand])).toBe(false);
    expect(manualChanged([byHand], [byHand, fromLogin])).toBe(false);
    expect(manualChanged([byHand], [byHand, other])).toBe(true);
    expect(manualChanged([byHand], [])).toBe(true);
  });
});

describe('labels', () => {
  it('names the kind unless the name says it already', () => {
    expect(showsKind('forum', 'Sundhedsklynge Fyn', 'Forum')).toBe(true);
    expect(showsKind('region', 'Region Syddanmark', 'Region')).toBe(false);
    expect(showsKind('region', 'Nordjylland', 'Region')).toBe(true);
    expect(showsKind('all', 'Hele landet', 'Hele landet')).toBe(false);
  });

  it('says scopes matter for members and the secretariat only', () => {
    expect(ROLES.filter(scopesMatter)).toEqual(['member', 'secretariat']);
  });
});
