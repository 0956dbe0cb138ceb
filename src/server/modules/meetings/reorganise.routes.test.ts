/**
 * A reorganisation (the organisation module's `reorganise`) carries the future meetings of an
 * ended forum over to its successor through the meetings carry-over handler wired in app.ts:
 * same meeting and ICS UID, higher SEQUENCE, the successor's name in the feed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../platform/audit';
import { createTestContext, type TestClient } from '../../test/test-app';
import { todayInDenmark } from '../../../shared/dates';
import { orgContext, reorganise } from '../organisation/index';
import { meetingDatesByForum } from './integration';
import { createFora } from './meetings.fixtures';

// Next year's dates, whatever today is: the feeds list meetings from half a year back.
const YEAR = Number(todayInDenmark().slice(0, 4)) + 1;
const BEFORE = `${YEAR - 1}-11-11`;
const REFORM = `${YEAR}-01-01`;
const AFTER = `${YEAR}-03-03`;
const LATER = `${YEAR}-05-05`;

const ctx = await createTestContext();
afterAll(() => ctx.close());

const { collaborationId, fora } = await createFora(ctx.database.db, [
  'Sundhedsklynge Byen',
  'Sundhedsråd Byen',
]);
const oldForum = fora['Sundhedsklynge Byen'];
const newForum = fora['Sundhedsråd Byen'];
let secretariat: TestClient;
const ids: Record<string, string> = {};

beforeAll(async () => {
  secretariat = await ctx.loginAs('secretariat');
  for (const date of [BEFORE, AFTER]) {
    const res = await secretariat.post('/api/meetings', {
      forumId: oldForum,
      title: 'Klyngemøde',
      startsAt: `${date}T10:00`,
      endsAt: `${date}T12:00`,
      // The day may fall on a weekend in some years.
      acknowledgeWarnings: true,
    });
    expect(res.statusCode, res.body).toBe(201);
    ids[date] = res.json().meeting.id;
  }
});

describe('reorganisation', () => {
  it('moves meetings from the reform date on to the successor forum', async () => {
    const before = (await secretariat.get(`/api/meetings/${ids[AFTER]}`)).json();
    const result = await reorganise(
      orgContext(ctx.database.db, meetingDatesByForum),
      SYSTEM_ACTOR,
      collaborationId,
      {
        effectiveDate: REFORM,
        mappings: [{ fromForumId: oldForum, toForumIds: [newForum] }],
      },
    );
    const report = result.carriedOver.find((r) => r.handler === 'meetings');
    expect(report?.movedIds).toEqual([ids[AFTER]]);
    const moved = (await secretariat.get(`/api/meetings/${ids[AFTER]}`)).json();
    expect(moved).toMatchObject({
      forumId: newForum,
      forumName: 'Sundhedsråd Byen',
      icsUid: before.icsUid,
      icsSequence: before.icsSequence + 1,
    });
    const kept = (await secretariat.get(`/api/meetings/${ids[BEFORE]}`)).json();
    expect(kept.forumId).toBe(oldForum);
    const feed = await secretariat.get(`/api/meetings/forum/${newForum}.ics`);
    expect(feed.body).toContain(`UID:${before.icsUid}`);
    expect(feed.body).toContain('SUMMARY:Sundhedsråd Byen: Klyngemøde');
  });

  it('no longer accepts meetings for the ended forum after the reform date', async () => {
    const res = await secretariat.post('/api/meetings', {
      forumId: oldForum,
      title: 'Klyngemøde',
      startsAt: `${LATER}T10:00`,
      endsAt: `${LATER}T12:00`,
      // The day may fall on a weekend in some years.
      acknowledgeWarnings: true,
    });
    expect(res.statusCode).toBe(404);
  });
});
