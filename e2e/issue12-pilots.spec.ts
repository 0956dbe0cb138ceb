/**
 * Issue 12, the pilot-to-scale-up journey and the knowledge bank, in Danish, as the demo admin:
 * a pilot is recorded through the form in a cluster forum of the demo collaboration, raised as a
 * case along the proposed route ("Rejs som sag"); the lower fora treat it at meetings held today
 * (through the API: the meeting pages are long and tested elsewhere); the last forum's scale-up
 * decision ("Opskaleres, alle klynger") and the spread for a municipality are recorded on the
 * pilot page; the knowledge bank finds the pilot by a Danish word form and shows "Lignende i andre
 * klynger". Every page is axe clean (no serious or critical violations).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInDenmark } from '../src/shared/dates';
import type { PilotDetail } from '../src/shared/pilots.contract';
import {
  DEMO_ADMIN,
  expectNoSeriousA11yViolations,
  launchBrowser,
  loggedInPage,
  newContext,
  visible,
} from './fixtures/browser';

const TODAY = todayInDenmark();
const TITLE = `Videokonsultationer i hjemmesygeplejen ${Date.now()}`;

let browser: Browser;
let context: BrowserContext;
let page: Page;

async function call<T>(method: 'post' | 'get', url: string, data?: unknown): Promise<T> {
  const { token } = (await (await page.request.get('/api/auth/csrf')).json()) as { token: string };
  const res =
    method === 'get'
      ? await page.request.get(url)
      : await page.request.post(url, { headers: { 'x-csrf-token': token }, data });
  expect(res.ok(), `${method} ${url}: ${res.status()} ${await res.text()}`).toBe(true);
  return (await res.json()) as T;
}

interface Overview {
  foraByLevel: { level: string; fora: { entityId: string; name: string }[] }[];
  parties: { entityId: string; name: string; kind: string }[];
}

/** The demo collaboration with a cluster forum and municipalities today. */
async function demoCollaboration() {
  const list = await call<{ items: { entityId: string; name: string }[] }>(
    'get',
    `/api/org/collaborations?date=${TODAY}`,
  );
  for (const c of list.items) {
    const o = await call<Overview>(
      'get',
      `/api/org/collaborations/${c.entityId}/overview?date=${TODAY}`,
    );
    const cluster = o.foraByLevel.find((l) => l.level === 'cluster')?.fora[0];
    const municipalities = o.parties.filter((p) => p.kind === 'municipality');
    if (cluster && municipalities.length >= 2) return { ...c, cluster, municipalities };
  }
  throw new Error('no demo collaboration with a cluster forum');
}

/** Puts the case's current step on a meeting of its forum today (and decides it unless last). */
async function treatToday(caseId: string, decide: boolean) {
  const c = await call<{ currentStepId: string; steps: { id: string; forumId: string }[] }>(
    'get',
    `/api/cases/${caseId}`,
  );
  const step = c.steps.find((s) => s.id === c.currentStepId)!;
  const saved = await call<{ meeting?: { id: string }; id?: string }>('post', '/api/meetings', {
    forumId: step.forumId,
    title: 'Møde om pilotprojekt',
    startsAt: `${TODAY}T07:00`,
    endsAt: `${TODAY}T07:30`,
    acknowledgeWarnings: true,
  });
  const meetingId = (saved.meeting?.id ?? saved.id) as string;
  const agenda = await call<{ items: { id: string; caseId: string | null }[] }>(
    'post',
    `/api/agendas/${meetingId}/items`,
    { kind: 'case', caseId, stepId: step.id },
  );
  const itemId = agenda.items.find((i) => i.caseId === caseId)!.id;
  if (!decide) return;
  await call('post', `/api/agendas/${meetingId}/publish`, {});
  await call('post', `/api/agendas/${meetingId}/items/${itemId}/decision`, {
    text: 'Indstilles til videre behandling',
  });
}

beforeAll(async () => {
  browser = await launchBrowser();
  context = await newContext(browser);
  page = await loggedInPage(context, DEMO_ADMIN.email);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
});

describe('issue 12: a pilot to scale-up, and the knowledge bank', () => {
  it('records, raises, decides, spreads and finds a pilot; every page axe clean', async () => {
    const demo = await demoCollaboration();
    // The pilots list and the form.
    await page.goto(`/pilots?collaborationId=${demo.entityId}`);
    await visible(page.getByRole('heading', { level: 1, name: 'Pilotprojekter' }));
    await expectNoSeriousA11yViolations(page, 'pilots list');
    await page.getByRole('link', { name: 'Nyt pilotprojekt' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Nyt pilotprojekt' }));
    await page.getByLabel('Titel').fill(TITLE);
    await page.getByLabel('Ejende forum').selectOption(demo.cluster.entityId);
    await page
      .getByLabel('Hypotese')
      .fill('Videokonsultationer sparer kørsel og giver flere besøg.');
    await page.getByLabel('Tema').fill('Digitale løsninger');
    await page.getByLabel('Periode fra').fill('2025-01-01');
    for (const m of demo.municipalities.slice(0, 2)) {
      await page.getByRole('checkbox', { name: m.name, exact: true }).check();
    }
    await page.getByLabel('Omkostninger (kr.)').fill('125.000,50');
    await expectNoSeriousA11yViolations(page, 'pilot form');
    await page.getByRole('button', { name: 'Gem', exact: true }).click();
    await visible(page.getByRole('heading', { level: 1, name: TITLE }));
    await visible(page.getByText('125.000,50 kr.'));
    await expectNoSeriousA11yViolations(page, 'pilot page');
    const pilotId = page.url().split('/pilots/')[1] as string;

    // Raised as a case along the proposed route.
    await page.getByRole('button', { name: 'Rejs som sag' }).click();
    await visible(page.getByRole('link', { name: 'Se sagen' }));
    const raised = await call<PilotDetail>('get', `/api/pilots/${pilotId}`);
    const caseId = raised.caseId as string;
    const c = await call<{ steps: unknown[] }>('get', `/api/cases/${caseId}`);
    for (let i = 0; i < c.steps.length - 1; i++) await treatToday(caseId, true);
    await treatToday(caseId, false);

    // The scale-up decision on the pilot page.
    await page.reload();
    await visible(page.getByRole('heading', { level: 2, name: 'Beslutning om opskalering' }));
    await page.getByRole('radio', { name: 'Opskaleres' }).check();
    await page.getByRole('radio', { name: 'Alle klynger' }).check();
    await page.getByRole('button', { name: 'Registrer beslutning' }).click();
    await visible(page.getByText(`Pilotprojektet «${TITLE}» opskaleres til alle klynger.`));

    // The spread for one municipality.
    const first = demo.municipalities[0]!;
    await page.getByLabel('Kommune', { exact: true }).selectOption({ label: first.name });
    await page.getByLabel('Status', { exact: true }).selectOption({ label: 'I gang' });
    await page.getByRole('button', { name: 'Registrer', exact: true }).click();
    const row = page.getByRole('row', { name: new RegExp(first.name) });
    await visible(row.getByText('I gang'));
    await expectNoSeriousA11yViolations(page, 'pilot page after the decision');

    // The knowledge bank, by a Danish word form.
    await page.goto('/knowledge');
    await visible(page.getByRole('heading', { level: 1, name: 'Vidensbank' }));
    const form = page.getByRole('search', { name: 'Søg i vidensbanken' });
    await form.getByLabel('Søgeord').fill('videokonsultationen');
    await form.getByRole('button', { name: 'Søg', exact: true }).click();
    const link = page.getByRole('link', { name: TITLE }).first();
    await visible(link);
    await page
      .getByRole('button', { name: `Vis lignende i andre klynger for ${TITLE}` })
      .first()
      .click();
    await visible(page.getByText(/Intet lignende i andre klynger|\(/).first());
    await expectNoSeriousA11yViolations(page, 'knowledge bank');
    await link.click();
    await visible(page.getByRole('heading', { level: 1, name: TITLE }));
  });
});
