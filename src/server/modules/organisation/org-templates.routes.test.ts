/**
 * The template routes for the reform wizard: admin and secretariat list the shipped templates
 * with the collaboration each describes and read one as YAML; readers may not; a name outside
 * the folder's own list (a path, a traversal, an unknown file) is a 4xx, never a file read.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient } from '../../test/test-app';
import { listTemplates } from './org-templates.service';

const ctx = await createTestContext();
afterAll(() => ctx.close());

let secretariat: TestClient;
let admin: TestClient;
let reader: TestClient;
beforeAll(async () => {
  secretariat = await ctx.loginAs('secretariat');
  admin = await ctx.loginAs('admin');
  reader = await ctx.loginAs('reader');
});

describe('GET /api/org/templates', () => {
  it('lists the shipped templates with key, name and validity', async () => {
    const res = await secretariat.get('/api/org/templates');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().items).toEqual(
      expect.arrayContaining([
        {
          name: 'south-denmark-2022',
          key: 'south-denmark-2022',
          title: 'Sundhedssamarbejdet i Syddanmark',
          validFrom: '2022-07-01',
          validTo: '2026-12-31',
        },
      ]),
    );
    expect((await admin.get('/api/org/templates')).statusCode).toBe(200);
    expect((await reader.get('/api/org/templates')).statusCode).toBe(403);
  });

  it('answers one template as YAML', async () => {
    const res = await admin.get('/api/org/templates/south-denmark-2022');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/yaml/);
    expect(res.body).toContain('key: south-denmark-2022');
    expect((await reader.get('/api/org/templates/south-denmark-2022')).statusCode).toBe(403);
  });

  it.each([
    ['an unknown template', 'no-such-template', 404],
    ['a traversal', '..%2F..%2Fpackage', 400],
    ['a file name with its suffix', 'south-denmark-2022.yaml', 400],
    ['an upper-case name', 'South-Denmark-2022', 400],
  ])('refuses %s', async (_what, name, status) => {
    const res = await secretariat.get(`/api/org/templates/${name}`);
    expect(res.statusCode, res.body).toBe(status);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});

describe('listTemplates', () => {
  it('lists only well-named .yaml files and survives a broken one', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'samspil-templates-'));
    await writeFile(
      join(dir, 'a-2027.yaml'),
      'collaboration:\n  key: a\n  name: A\n  validFrom: 2027-01-01\n',
    );
    await writeFile(join(dir, 'broken.yaml'), 'collaboration: [\n');
    await writeFile(join(dir, 'Secret.yaml'), 'x: 1\n');
    await writeFile(join(dir, 'notes.txt'), 'x');
    expect(await listTemplates(dir)).toEqual([
      { name: 'a-2027', key: 'a', title: 'A', validFrom: '2027-01-01', validTo: null },
      { name: 'broken', key: null, title: 'broken', validFrom: null, validTo: null },
    ]);
  });
});
