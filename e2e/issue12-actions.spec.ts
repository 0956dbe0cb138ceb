/**
 * Decisions followed up (issue 12, point 5), in Danish: the demo secretariat opens the minutes of
 * a held meeting, adds an action to a decided item with "Tilføj handling" (owner: a party, a due
 * date, the proposed follow-up forum), and finds it on the "Opfølgning" page filtered by that
 * forum, where its status can be changed. Both pages have no serious or critical accessibility
 * violations.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionPage, ActionProposal } from '../src/shared/actions.contract';
import type { Agenda } from '../src/shared/agendas.contract';
import { addDays, todayInDenmark } from '../src/shared/dates';
import type { CalendarView } from '../src/shared/meetings.contract';
import { DEMO_USERS } from '../src/server/demo/demo';
import {
  expectNoSeriousA11yViolations,
  launchBrowser,
  loggedInPage,
  newContext,
  visible,
} from './fixtures/browser';

const SECRETARIAT = DEMO_USERS.find((u) => u.role === 'secretariat')?.email ?? '';
const TITLE = 'Udarbejd fælles implementeringsplan (e2e)';

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await newContext(browser);
  page = await loggedInPage(context, SECRETARIAT, 1366);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
});

/** A held meeting of the demo with an open (not closed) item that has a decision. */
async function decidedItem(): Promise<{ meetingId: string; itemId: string; itemTitle: string }> {
  const today = todayInDenmark();
  const res = await page.request.get(
    `/api/meetings/calendar?from=${addDays(today, -300)}&to=${addDays(today, -1)}`,
  );
  expect(res.status()).toBe(200);
  const view = (await res.json()) as CalendarView;
  for (const meeting of [...view.meetings].reverse()) {
    const agenda = (await (await page.request.get(`/api/agendas/${meeting.id}`)).json()) as Agenda;
    const item = (agenda.items ?? []).find((i) => !i.redacted && !i.closed && i.decision);
    if (item && !item.redacted)
      return { meetingId: meeting.id, itemId: item.id, itemTitle: item.title };
  }
  throw new Error('the demo has no held meeting with a decided item');
}

describe('a decision followed up', () => {
  it('creates an action from a decision and shows it on the follow-up page', async () => {
    const source = await decidedItem();
    const proposal = (await (
      await page.request.get(
        `/api/actions/proposal?meetingId=${source.meetingId}&itemId=${source.itemId}`,
      )
    ).json()) as ActionProposal;
    const party = proposal.parties[0];
    expect(party, 'the collaboration has parties').toBeTruthy();

    await page.goto(`/meetings/${source.meetingId}`);
    await page.getByRole('tab', { name: 'Referat' }).click();
    await page.getByRole('button', { name: `Tilføj handling: ${source.itemTitle}` }).click();
    const dialog = await visible(page.getByRole('dialog'));
    await visible(dialog.getByLabel('Handling', { exact: true }));
    await dialog.getByLabel('Handling', { exact: true }).fill(TITLE);
    await dialog.getByLabel('Ansvarlig er').selectOption('party');
    await dialog.getByLabel('Part', { exact: true }).selectOption(party?.id ?? '');
    await dialog.getByLabel('Frist').fill(addDays(todayInDenmark(), 30));
    expect(await dialog.getByLabel('Opfølgende forum').inputValue()).toBe(
      proposal.followUpForum.id,
    );
    await expectNoSeriousA11yViolations(page, 'the "Tilføj handling" dialog');
    await dialog.getByRole('button', { name: 'Opret handling' }).click();
    await visible(page.getByText('Handlingen er oprettet.'));

    const list = (await (
      await page.request.get(`/api/actions?followUpForumId=${proposal.followUpForum.id}`)
    ).json()) as ActionPage;
    expect(list.items.map((a) => a.title)).toContain(TITLE);

    await page.goto(`/follow-up?forumId=${proposal.followUpForum.id}`);
    await visible(page.getByRole('heading', { level: 1, name: 'Opfølgning' }));
    const row = page.getByRole('row', { name: new RegExp(TITLE.replace(/[()]/g, '\\$&')) });
    await visible(row);
    expect(await row.textContent()).toContain(party?.name ?? '');
    await expectNoSeriousA11yViolations(page, 'the follow-up page');

    await row.getByRole('button', { name: `Opdater: ${TITLE}` }).click();
    const update = await visible(page.getByRole('dialog'));
    await update.getByLabel('Ny status').selectOption('inProgress');
    await update.getByLabel('Note om fremdrift').fill('Arbejdet er i gang.');
    await update.getByRole('button', { name: 'Gem' }).click();
    await visible(page.getByText('Handlingen er opdateret.'));
    await visible(row.getByText('I gang'));
  });
});
