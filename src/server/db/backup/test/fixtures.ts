/**
 * Test helpers for backup and restore: rows for the tables the demo leaves empty, a fingerprint
 * of every table computed independently of the backup code (row count and the MD5 of the rows'
 * text in byte order), and a way to rewrite a backup file line by line.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { asc, sql } from 'drizzle-orm';
import type { Database } from '../../client';
import { freshMemberPeriods } from '../../../modules/organisation/index';
import {
  agendaItems,
  calendarFeedTokens,
  caseAttachments,
  cases,
  closureDays,
  collaborations,
  meetingPredecessors,
  meetings,
  meetingSeries,
  notifications,
  notificationSources,
  processInstances,
  sessions,
  users,
  loginThrottle,
  planInitiatives,
  planLinks,
  fundingApplications,
  fundingApplicationInitiatives,
  fundingApplicationPilots,
} from '../../schema';

/** Bytes that a text round trip would break: NUL, newline, quote, backslash, high bytes. */
export const ATTACHMENT_BYTES = Buffer.from([...Array(256).keys()]);

/**
 * Adds rows to the tables the demo leaves empty, with values that are easy to get wrong
 * (binary content, newlines, quotes, backslashes, Danish letters, JSON, microseconds).
 */
export async function fillDemoGaps(database: Database): Promise<void> {
  const { db } = database;
  const [user] = await db.select().from(users).orderBy(asc(users.email)).limit(1);
  const [aCase] = await db.select().from(cases).orderBy(asc(cases.id)).limit(1);
  const twoMeetings = await db.select().from(meetings).orderBy(asc(meetings.id)).limit(2);
  const [collaboration] = await db.select().from(collaborations).limit(1);
  const [first, second] = twoMeetings;
  if (!user || !aCase || !first || !second || !collaboration) throw new Error('demo not loaded');
  await db.insert(sessions).values({
    id: 'backup-test-session',
    userId: user.id,
    expiresAt: new Date('2031-01-01T00:00:00.123Z'),
    ip: '127.0.0.1',
    userAgent: 'Mozilla/5.0 "vitest"',
    method: 'password',
  });
  await db.insert(loginThrottle).values({
    email: 'ærlig@samspil.test',
    failures: 3,
    lastFailureAt: new Date('2031-01-01T00:00:00.456Z'),
    lockedUntil: null,
  });
  await db.insert(calendarFeedTokens).values({
    userId: user.id,
    tokenHash: createHash('sha256').update('backup-test').digest('hex'),
    feed: 'forum',
    forumId: first.forumId,
    label: 'Mødekalender – Æblerød',
  });
  await db.insert(caseAttachments).values({
    caseId: aCase.id,
    fileName: 'bilag "ø" \\ 1.bin',
    mediaType: 'application/octet-stream',
    sizeBytes: ATTACHMENT_BYTES.length,
    sha256: createHash('sha256').update(ATTACHMENT_BYTES).digest('hex'),
    content: ATTACHMENT_BYTES,
    uploadedBy: user.id,
  });
  await db.insert(closureDays).values([
    { kind: 'annual', name: 'Grundlovsdag', month: 6, day: 5, fromYear: 2024 },
    { kind: 'date', name: 'Juleaftensdag', date: '2026-12-24', collaborationId: collaboration.id },
  ]);
  await db.insert(meetingSeries).values({
    forumId: first.forumId,
    title: 'Faste møder',
    params: { weekday: 2, note: 'linje 1\nlinje 2', nested: { list: [1, 2.5, null, 'å'] } },
  });
  await db.insert(processInstances).values({
    templateKey: 'backup-test',
    title: 'Proces',
    template: { steps: [{ key: 'a', label: 'Første "trin"' }] },
    options: {},
    collaborationId: collaboration.id,
  });
  await db.insert(meetingPredecessors).values({ meetingId: second.id, predecessorId: first.id });
  const [initiative] = await db.select().from(planInitiatives).limit(1);
  const [item] = await db.select().from(agendaItems).orderBy(asc(agendaItems.id)).limit(1);
  if (!initiative || !item) throw new Error('demo plan or agendas not loaded');
  await db.insert(planLinks).values({
    planId: initiative.planId,
    initiativeId: initiative.id,
    kind: 'agendaItem',
    targetId: item.id,
  });
  // Funding applications' links (issue 13): the demo application links neither.
  const [application] = await db.select().from(fundingApplications).limit(1);
  if (!application) throw new Error('demo funding not loaded');
  await db
    .insert(fundingApplicationInitiatives)
    .values({ applicationId: application.id, initiativeId: initiative.id });
  await db.insert(fundingApplicationPilots).values({
    applicationId: application.id,
    pilotId: '0b9d6c1e-5f7a-4c2e-9d3b-2a1f0e4c8b7a',
  });
  await fillIssue12And13Gaps(database, {
    collaborationId: collaboration.id,
    forumId: first.forumId,
    meetingId: first.id,
    itemId: item.id,
    caseId: aCase.id,
  });
  // The derived membership periods (and the versions they were derived from).
  await freshMemberPeriods(db);
  await db.insert(notificationSources).values({
    source: 'audit:backup-test',
    kind: 'agendaPublished',
    recipients: 1,
  });
  await db.insert(notifications).values({
    source: 'audit:backup-test',
    kind: 'agendaPublished',
    userId: user.id,
    email: user.email,
    locale: 'da',
    subject: 'Dagsorden offentliggjort',
    body: 'Hej\r\n\ttab\\backslash "citat" 😀',
    link: '/meetings/x',
    status: 'failed',
    attempts: 3,
    lastError: 'SMTP: 550',
  });
}

export interface TableFingerprint {
  rows: number;
  md5: string;
}

/** Every table of every schema but pg-boss's: row count and MD5 of the rows' text. */
export async function fingerprints(database: Database): Promise<Record<string, TableFingerprint>> {
  const { db } = database;
  const tables = (await db.execute(
    sql.raw(`SELECT table_schema AS schema, table_name AS name FROM information_schema.tables
              WHERE table_type = 'BASE TABLE'
                AND table_schema NOT IN ('pg_catalog', 'information_schema', 'pgboss')
              ORDER BY 1, 2`),
  )) as unknown as { rows: { schema: string; name: string }[] };
  const result: Record<string, TableFingerprint> = {};
  for (const { schema, name } of tables.rows) {
    const q = `"${schema}"."${name}"`;
    const found = (await db.execute(
      sql.raw(`SELECT count(*)::int AS rows,
                      md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text COLLATE "C"), '')) AS md5
                 FROM ${q} AS t`),
    )) as unknown as { rows: TableFingerprint[] };
    const row = found.rows[0];
    if (row) result[`${schema}.${name}`] = { rows: Number(row.rows), md5: row.md5 };
  }
  return result;
}

/** Rewrites a backup file's lines (decompressed in memory: for small test files only). */
export function rewriteBackup(
  from: string,
  to: string,
  change: (lines: string[]) => string[],
): void {
  const lines = gunzipSync(readFileSync(from)).toString('utf8').split('\n');
  writeFileSync(to, gzipSync(Buffer.from(change(lines).join('\n'), 'utf8')));
}

/**
 * Rows for the tables of issues 12 and 13 the demo leaves empty (consultations, decision actions,
 * history records, newsletters, pilots), with awkward text, so their backup is tested too.
 */
async function fillIssue12And13Gaps(
  database: Database,
  ids: {
    collaborationId: string;
    forumId: string;
    meetingId: string;
    itemId: string;
    caseId: string;
  },
): Promise<void> {
  const { db } = database;
  const [party] = (
    (await db.execute(
      sql`select entity_id as id from parties order by entity_id limit 1`,
    )) as unknown as { rows: { id: string }[] }
  ).rows;
  if (!party) throw new Error('demo parties not loaded');
  const c = '3f1c2a4e-6b7d-4e8f-9a0b-1c2d3e4f5a61';
  const n = '3f1c2a4e-6b7d-4e8f-9a0b-1c2d3e4f5a62';
  const sub = '3f1c2a4e-6b7d-4e8f-9a0b-1c2d3e4f5a63';
  const pilot = '3f1c2a4e-6b7d-4e8f-9a0b-1c2d3e4f5a64';
  const decision = '3f1c2a4e-6b7d-4e8f-9a0b-1c2d3e4f5a65';
  const statements = [
    sql`insert into consultations (id, collaboration_id, sender, title, external_deadline,
          drafting_forum_id, deadlines, contribution_deadline)
        values (${c}, ${ids.collaborationId}, 'Sundhedsstyrelsen', 'Høring "æ" \\ ø',
          '2026-03-20', ${ids.forumId}, '[{"forumId": null, "deadline": "2026-02-10"}]'::jsonb,
          '2026-02-10')`,
    sql`insert into consultation_parties (consultation_id, party_id, ordinal, position)
        values (${c}, ${party.id}, 1, 'cosign')`,
    sql`insert into consultation_versions (consultation_id, number, text, saved_by)
        values (${c}, 1, E'Linje 1\nLinje 2\t"citat"', 'Sekretær')`,
    sql`insert into consultation_comments (consultation_id, body, author_name)
        values (${c}, 'Kommentar 😀', 'Kontakt')`,
    sql`insert into consultation_documents (consultation_id, file_name, media_type, size_bytes,
          content, uploaded_by)
        values (${c}, 'høring.bin', 'application/octet-stream', 3, '\\x00ff10'::bytea, 'Sekretær')`,
    sql`insert into decision_actions (collaboration_id, title, meeting_id, item_id, case_id,
          deciding_forum_id, decided_on, owner_party_id, due_date, status_changed_on,
          status_changed_by, follow_up_forum_id, progress)
        values (${ids.collaborationId}, 'Handling "ø"', ${ids.meetingId}, ${ids.itemId},
          ${ids.caseId}, ${ids.forumId}, '2026-03-10', ${party.id}, '2026-04-30', '2026-03-10',
          'Sekretær', ${ids.forumId}, '[{"on": "2026-03-11", "text": "i gang"}]'::jsonb)`,
    sql`insert into follow_up_agenda_items (meeting_id, item_id)
        values (${ids.meetingId}, ${ids.itemId})`,
    sql`insert into history_records (case_id, collaboration_id, source, through_seq)
        values (${ids.caseId}, ${ids.collaborationId}, 'form', 3)`,
    sql`insert into newsletters (id, collaboration_id, title, period_from, period_to, content)
        values (${n}, ${ids.collaborationId}, 'Nyhedsbrev "1"', '2026-01-01', '2026-03-31',
          '{"intro": "Hej\\n", "sections": []}'::jsonb)`,
    sql`insert into newsletter_subscribers (id, collaboration_id, email, email_hash)
        values (${sub}, ${ids.collaborationId}, 'ærlig@samspil.test', 'abc123')`,
    sql`insert into newsletter_deliveries (newsletter_id, subscriber_id, message_id)
        values (${n}, ${sub}, '<backup@samspil.test>')`,
    sql`insert into pilots (id, collaboration_id, forum_id, title, period_from, costs_ore,
          file_name, file_media_type, file_size_bytes, file_sha256, file_content)
        values (${pilot}, ${ids.collaborationId}, ${ids.forumId}, 'Pilot "ø"', '2026-01-01',
          123456789, 'evaluering.bin', 'application/octet-stream', 2, 'x', '\\x0102'::bytea)`,
    sql`insert into pilot_decisions (id, pilot_id, case_id, step_id, forum_id, outcome,
          decided_on, text)
        values (${decision}, ${pilot}, ${ids.caseId}, 'x-1', ${ids.forumId}, 'scaleUp',
          '2026-06-01', 'Opskaleres')`,
    sql`insert into pilot_spread (pilot_id, decision_id, party_id, status, "on")
        values (${pilot}, ${decision}, ${party.id}, 'started', '2026-07-01')`,
  ];
  const q = '3f1c2a4e-6b7d-4e8f-9a0b-1c2d3e4f5a66';
  statements.push(
    sql`insert into financing_population_sets (year, source, figures)
        values (2031, 'DST "FOLK1A"', '{"101": 650000}'::jsonb)`,
    sql`insert into financing_scenarios (collaboration_id, name, as_of, clusters, key,
          secretariat_key, model4_mode, result)
        values (${ids.collaborationId}, 'Scenarie "ø"', '2026-06-01',
          '[{"id": "x", "fteHundredths": 150, "ratePerFte": 65000000}]'::jsonb,
          '{"kind": "mix", "populationPercent": 70}'::jsonb, '{"kind": "equal"}'::jsonb,
          'fundsToHosts', '{"total": 97500000}'::jsonb)`,
    sql`insert into questionnaires (id, collaboration_id, title)
        values (${q}, ${ids.collaborationId}, 'Spørgeskema \\ "1"')`,
    sql`insert into questionnaire_recipients (questionnaire_id, person_id, token_hash,
          link_expires_on)
        values (${q}, ${party.id}, 'abc123', '2026-05-01')`,
  );
  for (const statement of statements) await db.execute(statement);
}
