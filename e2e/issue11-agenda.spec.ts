/**
 * Issue 11, points 1 and 5, as the secretariat does them in Danish at 1366 and at 1024 px:
 * 1. a case waiting in KKR stands on another meeting's draft agenda with its recommendation
 *    written; the new meeting's "Tilføj punkt" offers it with where it stands, and moving it
 *    there works (no `Trinnet kan ikke gå fra "recommended" til "onAgenda"`); the case's history
 *    shows the move;
 * 5. a meeting weeks ahead takes no decision (the minutes say it is not held yet), while on a
 *    meeting held today the decision is written, the case is "Afgjort", its page shows the
 *    decision as come back and offers no "Løft til næste forum".
 * Every page visited has no serious or critical accessibility violations.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayInDenmark, type IsoDate } from '../src/shared/dates';
import { DEMO_USERS } from '../src/server/demo/demo';
import {
  DEMO_ADMIN,
  expectNoSeriousA11yViolations,
  launchBrowser,
  logIn,
  newContext,
  useDanish,
  visible,
} from './fixtures/browser';
import { journeyMeetingDay } from './fixtures/days';

const KKR = 'KKR Syddanmark';
const SECRETARIAT = DEMO_USERS.find((u) => u.role === 'secretariat')?.email ?? '';

/** The collaboration and KKR forum on a day (the demo has KKR Syddanmark in every era). */
async function kkrOn(page: Page, date: IsoDate): Promise<{ collaborationId: string; kkr: string }> {
  const list = (await (await page.request.get('/api/org/collaborations')).json()) as {
    items: { entityId: string }[];
  };
  for (const { entityId } of list.items) {
    const overview = (await (
      await page.request.get(`/api/org/collaborations/${entityId}/overview?date=${date}`)
    ).json()) as { foraByLevel?: { fora: { entityId: string; name: string }[] }[] };
    const kkr = (overview.foraByLevel ?? []).flatMap((l) => l.fora).find((f) => f.name === KKR);
    if (kkr) return { collaborationId: entityId, kkr: kkr.entityId };
  }
  throw new Error(`${KKR} is missing on ${date}`);
}

/** An API call with the CSRF token, expecting a 2xx answer. */
async function call<T>(page: Page, method: 'post' | 'patch', url: string, data: unknown) {
  const { token } = (await (await page.request.get('/api/auth/csrf')).json()) as { token: string };
  const res = await page.request[method](url, { headers: { 'x-csrf-token': token }, data });
  expect(res.ok(), `${method} ${url}: ${res.status()} ${await res.text()}`).toBe(true);
  return (await res.json()) as T;
}

async function meetingOn(page: Page, forumId: string, title: string, date: IsoDate) {
  const saved = await call<{ meeting: { id: string } }>(page, 'post', '/api/meetings', {
    forumId,
    title,
    startsAt: `${date}T13:00`,
    endsAt: `${date}T15:00`,
    location: 'Regionshuset, Vejle',
    acknowledgeWarnings: true,
  });
  return saved.meeting.id;
}

async function raiseCase(
  page: Page,
  where: { collaborationId: string; kkr: string },
  title: string,
) {
  const raised = await call<{ case: { id: string } }>(page, 'post', '/api/cases', {
    collaborationId: where.collaborationId,
    title,
    summary: 'Klyngerne foreslår en fælles model.',
    type: 'decision',
    raisedInForumId: where.kkr,
    route: [where.kkr],
  });
  return raised.case.id;
}

async function addCaseItem(page: Page, meetingId: string, caseId: string): Promise<string> {
  const agenda = await call<{ items: { id: string; caseId: string | null }[] }>(
    page,
    'post',
    `/api/agendas/${meetingId}/items`,
    { kind: 'case', caseId, stepId: `${caseId}-1` },
  );
  return agenda.items.find((i) => i.caseId === caseId)?.id ?? '';
}

describe.each([1366, 1024])('issue 11 agenda and decisions at %i px', (width) => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const tag = `${width} px`;
  const day = journeyMeetingDay();
  const moveTitle = `Fælles model for genoptræning (e2e ${tag})`;
  const decideTitle = `Fælles model for sygeplejeklinikker (e2e ${tag})`;
  const decision = `KKR godkender modellen (${tag}).`;
  let first = '';
  let second = '';
  let held = '';
  let moveCase = '';
  let decideCase = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await newContext(browser);
    page = await context.newPage();
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/login');
    await logIn(page, SECRETARIAT || DEMO_ADMIN.email, DEMO_ADMIN.password);
    await useDanish(page);
    const ahead = await kkrOn(page, day);
    first = await meetingOn(page, ahead.kkr, `KKR-møde A (e2e ${tag})`, day);
    second = await meetingOn(page, ahead.kkr, `KKR-møde B (e2e ${tag})`, addDays(day, 2));
    moveCase = await raiseCase(page, ahead, moveTitle);
    const itemId = await addCaseItem(page, first, moveCase);
    await call(page, 'patch', `/api/agendas/${first}/items/${itemId}`, {
      recommendation: 'Det indstilles, at modellen godkendes.',
    });
    const today = todayInDenmark();
    const now = await kkrOn(page, today);
    held = await meetingOn(page, now.kkr, `KKR-møde i dag (e2e ${tag})`, today);
    decideCase = await raiseCase(page, now, decideTitle);
    await addCaseItem(page, held, decideCase);
    await call(page, 'post', `/api/agendas/${held}/publish`, {});
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('moves a case from another meeting’s draft agenda, with a confirmation', async () => {
    await page.goto(`/meetings/${second}`);
    await visible(page.getByRole('heading', { level: 1, name: `KKR-møde B (e2e ${tag})` }));
    await page.getByRole('button', { name: 'Tilføj punkt' }).click();
    const dialog = await visible(
      page.getByRole('dialog', { name: 'Tilføj punkt til dagsordenen' }),
    );
    const option = dialog.locator('option', { hasText: moveTitle });
    const label = (await option.textContent()) ?? '';
    expect(label).toContain(`står på KKR-møde A (e2e ${tag})`);
    await dialog.getByLabel('Sag', { exact: true }).selectOption({ label });
    await visible(dialog.getByText('Sagen står allerede på en anden dagsorden'));
    await expectNoSeriousA11yViolations(page, 'the add-item dialog with a move');
    await dialog.getByRole('button', { name: 'Flyt sagen hertil' }).click();
    await visible(page.getByRole('heading', { name: `Punkt 1: ${moveTitle}` }));
    expect(await page.getByText('recommended').count()).toBe(0);
    await page.goto(`/cases/${moveCase}`);
    await visible(page.getByRole('heading', { level: 1, name: moveTitle }));
    await visible(page.getByText('Flyttet til et andet møde').first());
    await visible(page.getByText('Det indstilles, at modellen godkendes.').first());
    await expectNoSeriousA11yViolations(page, 'the moved case');
  });

  it('takes no decision for a meeting that is not held yet', async () => {
    await call(page, 'post', `/api/agendas/${second}/publish`, {});
    await page.goto(`/meetings/${second}`);
    await page.getByRole('tab', { name: 'Referat' }).click();
    await visible(page.getByText('Mødet er ikke holdt endnu'));
    expect(
      await page.getByRole('button', { name: `Skriv beslutning til "${moveTitle}"` }).count(),
    ).toBe(0);
    await expectNoSeriousA11yViolations(page, 'the minutes of a meeting not held');
    await page.goto(`/cases/${moveCase}`);
    await visible(page.getByText(/Beslutningen kan registreres fra mødedagen/));
    expect(await page.getByRole('button', { name: 'Registrér beslutning' }).count()).toBe(0);
  });

  it('records a decision at a held meeting; the case shows it back and offers no escalation', async () => {
    await page.goto(`/meetings/${held}`);
    await page.getByRole('tab', { name: 'Referat' }).click();
    await page.getByRole('button', { name: `Skriv beslutning til "${decideTitle}"` }).click();
    const dialog = await visible(page.getByRole('dialog', { name: /^Beslutning, punkt 1/ }));
    await dialog.getByLabel('Beslutning', { exact: true }).fill(decision);
    await dialog.getByLabel('Forummet afgør sagen endeligt').check();
    await dialog.getByRole('button', { name: 'Gem beslutning' }).click();
    await visible(page.getByText('Beslutningen til punkt 1 er gemt.'));
    await expectNoSeriousA11yViolations(page, 'the minutes of a held meeting');

    await page.goto(`/cases/${decideCase}`);
    await visible(page.getByRole('heading', { level: 1, name: decideTitle }));
    const back = page.locator('section[aria-labelledby="case-returned"]');
    await visible(back.getByText(decision));
    expect(await back.getByText('Der er endnu ikke kommet beslutninger tilbage.').count()).toBe(0);
    await visible(page.getByText('Afgjort').first());
    expect(await page.getByRole('button', { name: 'Løft til næste forum' }).count()).toBe(0);
    await expectNoSeriousA11yViolations(page, 'the decided case');
  });
});
