/**
 * Reform journey (issue 7): the secretariat imports Region Hovedstaden's and Region Sjælland's
 * 2022 collaborations (the API, as a setup), merges both into Region Østdanmark's collaboration
 * from 1 January 2027 through the reform wizard (sources and day → the shipped template
 * ostdanmark-2027.yaml → the dry-run preview with mappings and counts → confirm → result), plans
 * the first meeting of Sundhedsråd Nordsjælland on a working day in 2027, and reads the old SSU on
 * its last day, which names its successors. The South Danish demo collaboration is left alone
 * (the other journeys plan in it).
 */
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextWorkingDay } from '../src/domain/meetings';
import { addDays, todayInDenmark, type IsoDate } from '../src/shared/dates';
import {
  DEMO_ADMIN,
  expectNoSeriousA11yViolations,
  launchBrowser,
  logIn,
  newContext,
  visible,
  useDanish,
} from './fixtures/browser';

const template = (name: string) =>
  readFileSync(new URL(`../templates/${name}`, import.meta.url), 'utf8');

const CAPITAL = { key: 'capital-2022', name: 'Sundhedssamarbejdet i Region Hovedstaden' };
const ZEALAND = { key: 'zealand-2022', name: 'Sundhedssamarbejdet i Region Sjælland' };
const EAST = { key: 'ostdanmark-2027', name: 'Sundhedssamarbejdet i Østdanmark fra 2027' };
/** The shipped template templates/ostdanmark-2027.yaml, by its name in the wizard. */
const TEMPLATE = 'ostdanmark-2027';
const EFFECTIVE: IsoDate = '2027-01-01';
const LAST_DAY: IsoDate = '2026-12-31';
const SSU = 'Sundhedssamarbejdsudvalget';
const COUNCIL = 'Sundhedsråd Nordsjælland';
/** The old cluster whose open work the reform carries over. */
const CLUSTER = 'Sundhedsklynge Nord (politisk)';
const CARRIED_CASE = 'Fælles forløb for borgere med KOL i Nordsjælland (e2e)';
const MEETING = 'Sundhedsråd Nordsjælland, første møde (e2e)';
/** A dry run or a run of a merger of two regions can take a while on two shared cores. */
const SLOW = { timeout: 120_000 };

/** The council's meeting day: a working day at least two weeks ahead, in 2027 after New Year. */
function councilMeetingDay(today: IsoDate = todayInDenmark()): IsoDate {
  const earliest = addDays(today, 14);
  return nextWorkingDay(earliest > '2027-01-05' ? earliest : '2027-01-05');
}

interface Named {
  entityId: string;
  key: string;
  name: string;
}

/** The numbers of one row of a counts table: before and after. */
async function countRow(table: Locator, kind: string): Promise<[number, number]> {
  const cells = await table.getByRole('row', { name: new RegExp(`^${kind}`) }).getByRole('cell');
  const [before, after] = (await cells.allTextContents()).map(Number);
  return [before ?? NaN, after ?? NaN];
}

async function csrfToken(page: Page): Promise<string> {
  const { token } = (await (await page.request.get('/api/auth/csrf')).json()) as {
    token: string;
  };
  return token;
}

/** Imports an organisation file through the API (a no-op when it is imported already). */
async function importFile(page: Page, yaml: string): Promise<void> {
  const response = await page.request.post('/api/org/files/import?dryRun=false', {
    headers: { 'x-csrf-token': await csrfToken(page) },
    data: { yaml },
    timeout: SLOW.timeout,
  });
  expect(response.status(), await response.text()).toBe(200);
}

/** The collaboration with `key` on `date`, or undefined. */
async function collaboration(page: Page, key: string, date: IsoDate): Promise<Named | undefined> {
  const list = (await (await page.request.get(`/api/org/collaborations?date=${date}`)).json()) as {
    items: Named[];
  };
  return list.items.find((c) => c.key === key);
}

/** The forum called `name` in a collaboration on `date`. */
async function forumNamed(
  page: Page,
  collaborationId: string,
  name: string,
  date: IsoDate,
): Promise<string> {
  const overview = (await (
    await page.request.get(`/api/org/collaborations/${collaborationId}/overview?date=${date}`)
  ).json()) as { foraByLevel?: { fora: { entityId: string; name: string }[] }[] };
  const forum = (overview.foraByLevel ?? []).flatMap((l) => l.fora).find((f) => f.name === name);
  if (!forum) throw new Error(`${name} is missing in ${collaborationId} on ${date}`);
  return forum.entityId;
}

/**
 * Open work in the old cluster before the reform (whose 2022 model ends on 31 December 2026, so
 * it has no meetings in 2027): a case on its way from the cluster to the SSU. Answers its id.
 */
async function openCase(page: Page, collaborationId: string): Promise<string> {
  const cluster = await forumNamed(page, collaborationId, CLUSTER, LAST_DAY);
  const ssu = await forumNamed(page, collaborationId, SSU, LAST_DAY);
  const raised = await page.request.post('/api/cases', {
    headers: { 'x-csrf-token': await csrfToken(page) },
    data: {
      collaborationId,
      title: CARRIED_CASE,
      type: 'decision',
      raisedInForumId: cluster,
      route: [cluster, ssu],
    },
  });
  expect(raised.status(), await raised.text()).toBe(201);
  return ((await raised.json()) as { case: { id: string } }).case.id;
}

describe('the 2027 reform through the wizard', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let ssuId = '';
  let carriedCaseId = '';
  const meetingDay = councilMeetingDay();
  /**
   * Before 1 January 2027 the old cluster takes a new case, which the reform carries over; on a
   * later day (the suite also runs under faketime) the old fora have ended and there is none.
   */
  const withOpenCase = todayInDenmark() <= LAST_DAY;
  const minimum = withOpenCase ? 1 : 0;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await newContext(browser);
    page = await context.newPage();
    await page.goto('/login');
    await logIn(page, DEMO_ADMIN.email, DEMO_ADMIN.password);
    await useDanish(page);
    await importFile(page, template('capital-2022.yaml'));
    await importFile(page, template('zealand-2022.yaml'));
    const capital = await collaboration(page, CAPITAL.key, LAST_DAY);
    if (!capital) throw new Error('capital-2022 was not imported');
    ssuId = await forumNamed(page, capital.entityId, SSU, LAST_DAY);
    if (withOpenCase) carriedCaseId = await openCase(page, capital.entityId);
  }, 240_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('chooses both regions, the day and a merged collaboration', async () => {
    await page.goto('/organisation');
    await visible(page.getByRole('heading', { level: 1, name: 'Organisation' }));
    await page.getByRole('link', { name: 'Omorganisering', exact: true }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Omorganisering' }));
    await visible(page.getByRole('heading', { level: 2, name: '1. Vælg samarbejde og dato' }));

    await page.getByLabel('Den nye organisation gælder fra').fill(EFFECTIVE);
    await visible(page.getByText(/De gamle fora nedlægges med udgangen af .*31\. december 2026/));
    // Nothing chosen yet: the step says so.
    await page.getByRole('button', { name: 'Næste' }).click();
    await visible(page.getByText('Vælg mindst ét samarbejde.'));

    for (const source of [CAPITAL, ZEALAND]) {
      await (await visible(page.getByRole('checkbox', { name: source.name, exact: true }))).check();
    }
    const merged = page.getByRole('radio', {
      name: 'Et nyt (eller sammenlagt) samarbejde, som filen beskriver',
    });
    // Two sources: the target follows to "new".
    expect(await merged.isChecked()).toBe(true);
    await expectNoSeriousA11yViolations(page, 'the wizard, step 1');
    await page.getByRole('button', { name: 'Næste' }).click();
    await visible(page.getByRole('heading', { level: 2, name: '2. Vælg efterfølgermodellen' }));
  });

  it('chooses the Østdanmark template and previews the merger (a dry run)', async () => {
    const choice = await visible(
      page.getByRole('radio', { name: new RegExp(`\\(${TEMPLATE}\\)`) }),
    );
    await Promise.all([
      page.waitForResponse((r) => r.url().endsWith(`/api/org/templates/${TEMPLATE}`) && r.ok()),
      choice.check(),
    ]);
    await page.getByRole('button', { name: 'Vis forhåndsvisning' }).click();
    await visible(page.getByRole('heading', { level: 2, name: '3. Forhåndsvisning' }));

    await page.getByRole('heading', { name: 'Gamle fora og deres efterfølgere' }).waitFor(SLOW);
    await visible(page.getByText('Dette er en forhåndsvisning. Intet er gemt.'));
    const summary = await visible(page.getByText(/nedlægges .*; fra .* fortsætter arbejdet i/));
    const text = (await summary.textContent()) ?? '';
    expect(text).toContain(CAPITAL.name);
    expect(text).toContain(ZEALAND.name);
    expect(text).toContain(`${EAST.name} (oprettes)`);

    // The mappings: every old forum with its successors; the SSU among them.
    const mappings = await visible(
      page.getByRole('table', {
        name: 'Hvert gammelt forum og de fora, der overtager dets arbejde',
      }),
    );
    expect(await mappings.getByRole('row').count()).toBeGreaterThan(5);
    expect(await mappings.textContent()).toContain(SSU);
    expect(await mappings.textContent()).toContain(COUNCIL);

    // The counts before and after match (else the server would refuse the run).
    const counts = page.getByRole('table', {
      name: 'Antal før omorganiseringen og fundet hos efterfølgerne bagefter',
    });
    await visible(counts.getByRole('rowheader', { name: 'Åbne sager' }));
    for (const kind of ['Åbne sager', 'Åbne sagstrin']) {
      const [before, after] = await countRow(counts, kind);
      expect(before, kind).toBeGreaterThanOrEqual(minimum);
      expect(after, kind).toBe(before);
    }
    expect(await counts.locator('tr.reform-mismatch').count()).toBe(0);
    expect(await page.getByText('Tallene stemmer ikke').count()).toBe(0);

    // Nothing written by the preview.
    expect(await collaboration(page, EAST.key, '2027-03-01')).toBeUndefined();
    await expectNoSeriousA11yViolations(page, 'the wizard preview');
  });

  it('confirms, runs the merger and shows the counts and the new collaboration', async () => {
    const acknowledge = page.getByLabel('Jeg har set overtrædelserne og vil gennemføre alligevel');
    if ((await acknowledge.count()) > 0) {
      // New composition breaches (the councils' seats are vacant): going on must be acknowledged.
      await page.getByRole('button', { name: 'Gennemfør omorganiseringen' }).click();
      await visible(page.getByText('Bekræft, at du har set overtrædelserne.'));
      await acknowledge.check();
    }
    await page.getByRole('button', { name: 'Gennemfør omorganiseringen' }).click();
    const confirm = await visible(
      page.getByRole('alertdialog', { name: 'Gennemfør omorganiseringen?' }),
    );
    expect(await confirm.textContent()).toMatch(/\d+ fora nedlægges .*og \d+ åbne ting flyttes/);
    await expectNoSeriousA11yViolations(page, 'the confirm dialog');
    await confirm.getByRole('button', { name: 'Gennemfør omorganiseringen' }).click();

    await page
      .getByRole('heading', { level: 2, name: '4. Omorganiseringen er gennemført' })
      .waitFor(SLOW);
    await visible(page.getByText(/Fra .*1\. januar 2027 fortsætter arbejdet i/));
    const counts = await visible(
      page.getByRole('table', {
        name: 'Antal før omorganiseringen og fundet hos efterfølgerne bagefter',
      }),
    );
    for (const kind of ['Åbne sager', 'Åbne sagstrin']) {
      const [before, after] = await countRow(counts, kind);
      expect(before, kind).toBeGreaterThanOrEqual(minimum);
      expect(after, kind).toBe(before);
    }
    expect(await counts.locator('tr.reform-mismatch').count()).toBe(0);
    await expectNoSeriousA11yViolations(page, 'the wizard result');

    const east = await collaboration(page, EAST.key, '2027-03-01');
    expect(east?.name).toBe(EAST.name);
    // The sources end on their last day.
    expect(await collaboration(page, CAPITAL.key, '2027-03-01')).toBeUndefined();
    expect(await collaboration(page, ZEALAND.key, LAST_DAY)).toBeDefined();
    if (withOpenCase) {
      // The cluster's open case went on in the new collaboration.
      const carried = (await (await page.request.get(`/api/cases/${carriedCaseId}`)).json()) as {
        collaborationId: string;
      };
      expect(carried.collaborationId).toBe(east?.entityId);
    }

    await page.getByRole('link', { name: new RegExp(`^Åbn ${EAST.name} pr\\.`) }).click();
    await visible(page.getByRole('heading', { level: 1, name: EAST.name }));
    await visible(page.getByText(COUNCIL).first());
  });

  it(`plans a meeting of ${COUNCIL} in 2027`, async () => {
    const east = await collaboration(page, EAST.key, meetingDay);
    if (!east) throw new Error(`${EAST.key} is missing on ${meetingDay}`);
    const councilId = await forumNamed(page, east.entityId, COUNCIL, meetingDay);

    await page.goto('/meetings');
    await visible(page.getByRole('heading', { level: 1, name: 'Møder' }));
    await page.getByRole('button', { name: 'Nyt møde' }).first().click();
    const dialog = await visible(page.getByRole('dialog', { name: 'Nyt møde' }));
    // The forum picker offers the fora valid on the meeting's day: the date goes first.
    await dialog.getByLabel('Dato').fill(meetingDay);
    const forum = dialog.getByLabel('Forum');
    await forum.locator(`option[value="${councilId}"]`).waitFor({ state: 'attached' });
    await forum.selectOption(councilId);
    await dialog.getByLabel('Titel').fill(MEETING);
    await dialog.getByLabel('Starttid').fill('13:00');
    await dialog.getByLabel('Sluttid').fill('15:00');
    await dialog.getByLabel('Sted').fill('Regionsgården, Hillerød');
    await dialog.getByRole('button', { name: 'Opret møde' }).click();

    await visible(page.getByRole('heading', { level: 1, name: MEETING }));
    expect(page.url()).toMatch(/\/meetings\/[0-9a-f-]{36}$/);
    const facts = (await page.locator('.mtg-facts').textContent()) ?? '';
    expect(facts).toContain(COUNCIL);
  });

  it('shows the old SSU on its last day with its successors by name', async () => {
    const answer = (await (
      await page.request.get(`/api/org/fora/${ssuId}?date=${LAST_DAY}`)
    ).json()) as { successors: { id: string; name: string }[] };
    expect(answer.successors.length).toBeGreaterThan(0);

    await page.goto(`/organisation/fora/${ssuId}?dato=${LAST_DAY}`);
    await visible(page.getByRole('heading', { level: 1, name: SSU }));
    await page.getByRole('tab', { name: 'Om forummet' }).click();
    const about = await visible(page.getByRole('tabpanel', { name: 'Om forummet' }));
    const text = (await about.textContent()) ?? '';
    expect(text).toMatch(/Efterfølges fra .*1\. januar 2027 af/);
    for (const successor of answer.successors) {
      await visible(about.getByRole('link', { name: successor.name }).first());
      expect(text).not.toContain(successor.id);
    }
  });
});
