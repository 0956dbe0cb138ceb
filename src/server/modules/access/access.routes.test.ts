/**
 * Scopes through the API: the admin sets them (audited, checked), the user sees theirs, and what
 * each kind of scope covers — a region both of its collaborations, a cluster its fora only, a
 * forum itself, a party its own records — decided by the user's role where the call acts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, type OrgFixture } from '../../test/cases-fixtures';
import { createTestContext, type TestClient } from '../../test/test-app';
import { SYSTEM_ACTOR } from '../../platform/audit';
import { createCollaboration, createParty, orgContext } from '../organisation/index';
import { effectiveRole } from './access.service';
import type { AuthUser } from '../../platform/fastify-types';
import type { ScopeGrant } from '../../../shared/scopes';
import { replaceGrants } from './grants.repo';

const ctx = await createTestContext();
afterAll(() => ctx.close());

let admin: TestClient;
let org: OrgFixture;
let laterCollaborationId: string;
let partyId: string;

beforeAll(async () => {
  admin = await ctx.loginAs('admin');
  org = await buildOrganisation(ctx, { name: 'Samarbejde A', regionName: 'Region Øst (test)' });
  // The same region's next collaboration (as after a reform): a region scope covers both.
  laterCollaborationId = (
    await createCollaboration(orgContext(ctx.database.db), SYSTEM_ACTOR, {
      name: 'Samarbejde A fra 2027',
      regionName: 'Region Øst (test)',
      validFrom: '2027-01-01',
    })
  ).entityId;
  partyId = (
    await createParty(orgContext(ctx.database.db), SYSTEM_ACTOR, org.collaborationId, {
      name: 'Testkommune Øst',
      kind: 'hospital',
      validFrom: '2025-01-01',
    })
  ).result.entityId;
}, 120_000);

async function userWith(scopes: ScopeGrant[]): Promise<AuthUser> {
  const client = await ctx.loginAs('secretariat', 'Sekretær', { scopes });
  return {
    id: client.userId as string,
    email: 'x@samspil.test',
    name: 'Sekretær',
    role: 'secretariat',
    locale: 'da',
  };
}

const roleFor = (user: AuthUser, kind: 'forum' | 'collaboration' | 'party', id: string) =>
  effectiveRole(ctx.database.db, user, [{ kind, id }]);

describe('what a scope covers', () => {
  it('a region: every collaboration of the region, before and after a reorganisation', async () => {
    const user = await userWith([{ kind: 'region', target: 'Region Øst (test)' }]);
    expect(await roleFor(user, 'collaboration', org.collaborationId)).toBe('secretariat');
    expect(await roleFor(user, 'collaboration', laterCollaborationId)).toBe('secretariat');
    expect(await roleFor(user, 'forum', org.fora.ssu)).toBe('secretariat');
  });

  it('a cluster: its fora, not the region’s other fora', async () => {
    const user = await userWith([{ kind: 'cluster', target: org.clusters.nord }]);
    expect(await roleFor(user, 'forum', org.fora.klyngeNord)).toBe('secretariat');
    expect(await roleFor(user, 'forum', org.fora.klyngeSyd)).toBe('reader');
    expect(await roleFor(user, 'collaboration', org.collaborationId)).toBe('reader');
  });

  it('a forum: that forum only', async () => {
    const user = await userWith([{ kind: 'forum', target: org.fora.tema }]);
    expect(await roleFor(user, 'forum', org.fora.tema)).toBe('secretariat');
    expect(await roleFor(user, 'forum', org.fora.ssu)).toBe('reader');
  });

  it('a party: its own records, not the collaboration', async () => {
    const user = await userWith([{ kind: 'party', target: partyId }]);
    expect(await roleFor(user, 'party', partyId)).toBe('secretariat');
    expect(await roleFor(user, 'collaboration', org.collaborationId)).toBe('reader');
  });

  it('none: the role holds nowhere; a seat still makes its holder a member there', async () => {
    const user = await userWith([]);
    expect(await roleFor(user, 'forum', org.fora.ssu)).toBe('reader');
    // The SSU's secretary sits in the SSU: member there, whatever their scopes.
    const secretary = org.ssuSecretary.client.userId as string;
    await replaceGrants(ctx.database.db, secretary, 'manual', []);
    const seated: AuthUser = { ...user, id: secretary };
    expect(await roleFor(seated, 'forum', org.fora.ssu)).toBe('member');
    expect(await roleFor(seated, 'forum', org.fora.tss)).toBe('reader');
  });
});

describe('the collaborations I work in', () => {
  it('names wholly the region’s collaborations, in part a cluster’s; everywhere for admins', async () => {
    const regional = await ctx.loginAs('secretariat', 'Regional', {
      scopes: [{ kind: 'region', target: 'Region Øst (test)' }],
    });
    const mine = (await regional.get('/api/access/my-collaborations')).json();
    expect(mine.everywhere).toBe(false);
    expect(mine.whole).toEqual([org.collaborationId, laterCollaborationId].sort());
    expect(mine.part).toEqual([]);

    const clustered = await ctx.loginAs('secretariat', 'Klynge', {
      scopes: [{ kind: 'cluster', target: org.clusters.nord }],
    });
    const cluster = (await clustered.get('/api/access/my-collaborations')).json();
    expect(cluster).toEqual({ everywhere: false, whole: [], part: [org.collaborationId] });

    const none = await ctx.loginAs('secretariat', 'Ingen', { scopes: [] });
    expect((await none.get('/api/access/my-collaborations')).json()).toEqual({
      everywhere: false,
      whole: [],
      part: [],
    });
    expect((await admin.get('/api/access/my-collaborations')).json().everywhere).toBe(true);
  });

  it('is refused without a login', async () => {
    expect((await ctx.anonymous().get('/api/access/my-collaborations')).statusCode).toBe(401);
  });
});

describe('the admin sets scopes', () => {
  it('replaces them, audited, and names them; the user sees their own', async () => {
    const user = await ctx.loginAs('secretariat', 'Ny sekretær', { scopes: [] });
    const res = await admin.put(`/api/users/${user.userId}/scopes`, {
      scopes: [
        { kind: 'region', target: 'Region Øst (test)' },
        { kind: 'forum', target: org.fora.tema },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(
      res
        .json()
        .items.map((i: { label: string }) => i.label)
        .sort(),
    ).toEqual(['Region Øst (test)', 'Temagruppe Forebyggelse'].sort());
    const mine = await user.get('/api/access/mine');
    expect(mine.json().items).toHaveLength(2);
  });

  it('refuses a target that does not exist, and a malformed grant', async () => {
    const user = await ctx.loginAs('secretariat', 'Sekretær X', { scopes: [] });
    const unknown = await admin.put(`/api/users/${user.userId}/scopes`, {
      scopes: [{ kind: 'forum', target: '00000000-0000-4000-8000-000000000000' }],
    });
    expect(unknown.statusCode).toBe(422);
    const malformed = await admin.put(`/api/users/${user.userId}/scopes`, {
      scopes: [{ kind: 'all', target: 'noget' }],
    });
    expect(malformed.statusCode).toBe(400);
  });

  it('offers regions, collaborations and fora by name', async () => {
    const res = await admin.get('/api/access/scope-options?q=Øst');
    const kinds = res.json().items.map((i: { kind: string }) => i.kind);
    expect(kinds).toEqual(expect.arrayContaining(['region']));
    const fora = await admin.get('/api/access/scope-options?q=Temagruppe');
    expect(fora.json().items).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'forum', target: org.fora.tema })]),
    );
  });

  it('is for admins only', async () => {
    const secretariat = await ctx.loginAs('secretariat');
    const res = await secretariat.put(`/api/users/${secretariat.userId}/scopes`, {
      scopes: [{ kind: 'all', target: null }],
    });
    expect(res.statusCode).toBe(403);
  });
});
