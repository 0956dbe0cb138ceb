/**
 * The page benchmark's structure, not its speed: on the demo data every endpoint of the table
 * (the overhead rows and every page API) answers 2xx with the session it is sent with, and the
 * ids are picked from the data. Timings are the benchmark's business (`npm run bench`), never a
 * test's.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/server/db/client';
import { loadDemoData } from '../src/server/demo/demo';
import { demoLoaders } from '../src/server/demo/loaders';
import { openTestDatabase } from '../src/server/test/database';
import { benchApp, benchCookies, benchPostgresUrl } from './pages-server';
import {
  dataSummary,
  overheadEndpoints,
  pageEndpoints,
  pickIds,
  type BenchIds,
  type Endpoint,
} from './pages-endpoints';

const DAY = '2026-03-02';

describe('the page benchmark on the demo data', () => {
  let database: Database;
  let app: FastifyInstance;
  let ids: BenchIds;
  let cookies: Record<Endpoint['session'], string>;

  beforeAll(async () => {
    database = await openTestDatabase();
    await loadDemoData(database, demoLoaders, { today: DAY });
    ids = await pickIds(database.db);
    app = await benchApp(database);
    cookies = await benchCookies(app);
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('picks the ids and words from the data', async () => {
    expect(ids.planId).not.toBeNull();
    expect(ids.transferIds.length).toBeGreaterThanOrEqual(2);
    expect(ids.rareWord.length).toBeGreaterThanOrEqual(6);
    expect(ids.commonWord.length).toBeGreaterThanOrEqual(6);
    expect(await dataSummary(database.db)).toMatch(/^\d+ meetings, \d+ agenda items, \d+ cases/);
  });

  it('answers every endpoint of the table with 2xx', async () => {
    const endpoints = [...overheadEndpoints(), ...pageEndpoints(ids, DAY)];
    // The four search rows, and the knowledge bank's search (issue 12).
    expect(endpoints.filter((e) => e.goal === 'search')).toHaveLength(5);
    const failed: string[] = [];
    for (const endpoint of endpoints) {
      const cookie = cookies[endpoint.session];
      const res = await app.inject({
        method: 'GET',
        url: endpoint.url,
        headers: { accept: 'application/json', ...(cookie ? { cookie } : {}) },
      });
      if (res.statusCode < 200 || res.statusCode > 299) {
        failed.push(
          `${endpoint.name} ${endpoint.url}: ${res.statusCode} ${res.body.slice(0, 120)}`,
        );
      }
    }
    expect(failed).toEqual([]);
  });
});

describe('the benchmark’s PostgreSQL database', () => {
  it('is DATABASE_URL, else samspil_bench on BENCH_DATABASE_URL’s server or the local one', () => {
    expect(benchPostgresUrl({ DATABASE_URL: 'postgres://u@db:5432/prod' })).toBe(
      'postgres://u@db:5432/prod',
    );
    expect(benchPostgresUrl({ DATABASE_URL: './data' })).toBe(
      'postgres://postgres@127.0.0.1:5432/samspil_bench',
    );
    expect(benchPostgresUrl({ BENCH_DATABASE_URL: 'postgres://u@h:6543/postgres' })).toBe(
      'postgres://u@h:6543/samspil_bench',
    );
    expect(benchPostgresUrl({ BENCH_DATABASE_URL: 'postgres://u@h:6543/other' })).toBe(
      'postgres://u@h:6543/other',
    );
  });
});
