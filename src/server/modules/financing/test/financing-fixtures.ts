/**
 * Fixtures of the financing route tests: the Capital Region's 2022 template imported, and mayors
 * put in the co-chair seats of the political cluster fora (the template leaves them vacant).
 */
import { and, eq, sql } from 'drizzle-orm';
import { expect } from 'vitest';
import type { Db } from '../../../db/client';
import { SYSTEM_ACTOR } from '../../../platform/audit';
import type { TestClient } from '../../../test/test-app';
import { findEntityIdByKey, importOrgFile, seats } from '../../organisation/index';

/** The political cluster fora of capital-2022 and the municipality whose mayor co-chairs it. */
export const CO_CHAIRS = {
  'politisk-byen': '147', // Frederiksberg
  'politisk-syd': '167', // Hvidovre
  'politisk-midt': '151', // Ballerup
  'politisk-nord': '219', // Hillerød
} as const;

export async function importCapital(db: Db): Promise<string> {
  const yaml = await import('node:fs').then((fs) =>
    fs.readFileSync('templates/capital-2022.yaml', 'utf8'),
  );
  await importOrgFile(db, SYSTEM_ACTOR, yaml, { dryRun: false });
  return (await findEntityIdByKey(db, 'collaboration', null, 'capital-2022')) as string;
}

async function partyByCode(db: Db, collaborationId: string, code: string): Promise<string> {
  const rows = (await db.execute(
    sql`select entity_id from parties where collaboration_id = ${collaborationId} and code = ${code} limit 1`,
  )) as unknown as { rows: { entity_id: string }[] };
  const id = rows.rows[0]?.entity_id;
  if (!id) throw new Error(`no party ${code}`);
  return id;
}

/** Makes a person the mayor of `code` and appoints them to the forum's co-chair seat. */
export async function giveCoChair(
  client: TestClient,
  db: Db,
  collaborationId: string,
  forumKey: string,
  code: string,
  from: string,
): Promise<void> {
  const forumId = (await findEntityIdByKey(db, 'forum', collaborationId, forumKey)) as string;
  const [seat] = await db
    .select({ id: seats.entityId })
    .from(seats)
    .where(and(eq(seats.forumId, forumId), eq(seats.role, 'coChair')))
    .limit(1);
  const partyId = await partyByCode(db, collaborationId, code);
  const person = await client.post('/api/org/persons', { name: `Borgmester ${code}` });
  expect(person.statusCode, person.body).toBe(201);
  const personId = (person.json() as { id?: string; entityId?: string }).id;
  const holding = await client.post('/api/org/office-holdings', {
    personId,
    partyId,
    office: 'mayor',
    validFrom: from,
    acknowledgeBreaches: true,
  });
  expect(holding.statusCode, holding.body).toBe(201);
  const appointed = await client.post('/api/org/appointments', {
    seatId: seat?.id,
    personId,
    validFrom: from,
    acknowledgeBreaches: true,
  });
  expect(appointed.statusCode, appointed.body).toBe(201);
}
