/**
 * The acceptance journey of issue 14 (financing simulator): the demo secretariat opens
 * "Finansiering af sekretariater", picks the South Danish collaboration on a fixed day of the
 * 2022–2026 structure, sees the clusters with their hosts derived from the co-chair mayors, types
 * the resources, saves two scenarios (population key, equal shares), compares them side by side,
 * puts them on a KKR meeting's draft agenda and records the chosen one as the forum's decision.
 * The page has no serious or critical accessibility violations.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectNoSeriousA11yViolations,
  launchBrowser,
  loggedInPage,
  newContext,
  visible,
} from './fixtures/browser';

const AS_OF = '2026-06-01';
const MEETING_DAY = '2026-06-09';
const KKR = 'KKR Syddanmark';

let browser: Browser;
let context: BrowserContext;
let page: Page;

async function call<T>(method: 'post' | 'get', url: string, data?: unknown): Promise<T> {
  const { token } = (await (await page.request.get('/api/auth/csrf')).json()) as { token: string };
  const res = await page.request[method](url, { headers: { 'x-csrf-token': token }, data });
  expect(res.ok(), `${method} ${url}: ${res.status()} ${await res.text()}`).toBe(true);
  return (await res.json()) as T;
}

/** The collaboration holding KKR Syddanmark on the day, and the forum. */
async function kkrOn(
  date: string,
): Promise<{ collaborationId: string; name: string; kkr: string }> {
  const list = await call<{ items: { entityId: string; name: string }[] }>(
    'get',
    `/api/org/collaborations?date=${date}`,
  );
  for (const { entityId, name } of list.items) {
    const overview = await call<{ foraByLevel?: { fora: { entityId: string; name: string }[] }[] }>(
      'get',
      `/api/org/collaborations/${entityId}/overview?date=${date}`,
    );
    const kkr = (overview.foraByLevel ?? []).flatMap((l) => l.fora).find((f) => f.name === KKR);
    if (kkr) return { collaborationId: entityId, name, kkr: kkr.entityId };
  }
  throw new Error(`${KKR} is missing on ${date}`);
}

beforeAll(async () => {
  browser = await launchBrowser();
  context = await newContext(browser);
  page = await loggedInPage(context, 'sekretariat@demo.samspil.dk', 1366);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
});

describe('financing the secretariats', () => {
  it('compares two scenarios and records the forum’s decision', async () => {
    const { collaborationId, name, kkr } = await kkrOn(AS_OF);
    const meeting = await call<{ meeting: { id: string } }>('post', '/api/meetings', {
      forumId: kkr,
      title: 'KKR: finansiering af klyngesekretariater',
      startsAt: `${MEETING_DAY}T13:00`,
      endsAt: `${MEETING_DAY}T15:00`,
      acknowledgeWarnings: true,
    });
    const meetingId = meeting.meeting.id;

    await page.goto('/financing');
    await visible(page.getByRole('heading', { level: 1, name: 'Finansiering af sekretariater' }));
    await page.getByLabel('Pr. dato').fill(AS_OF);
    await page.getByLabel('Samarbejde').selectOption(collaborationId);
    const clusters = await visible(
      page.getByRole('table', { name: 'Klynger og sekretariatsressourcer' }),
    );
    // The hosts are derived from the co-chair mayors (Kolding took Lillebælt over in 2025).
    await visible(clusters.getByRole('cell', { name: 'Kolding', exact: true }));
    await visible(clusters.getByRole('cell', { name: 'Odense', exact: true }));

    const fte = page.getByLabel(/^Årsværk: /);
    const rates = page.getByLabel(/^Kr\. pr\. årsværk: /);
    const count = await fte.count();
    expect(count).toBeGreaterThan(1);
    for (let i = 0; i < count; i++) {
      await fte.nth(i).fill(i % 2 === 0 ? '1,5' : '2');
      await rates.nth(i).fill('654.321,23');
    }
    await visible(page.getByRole('table', { name: 'Resultat' }));
    await expectNoSeriousA11yViolations(page, 'the simulator');

    await page.getByLabel('Scenariets navn').fill('Befolkningsnøgle');
    await page.getByRole('button', { name: 'Gem scenarie' }).click();
    await visible(page.getByText('Scenariet er gemt.').first());
    await page.getByLabel('Fordelingsnøgle (model 2 og 3)').selectOption('equal');
    await page.getByLabel('Scenariets navn').fill('Lige andele');
    await page.getByRole('button', { name: 'Gem som nyt scenarie' }).click();
    await visible(page.getByRole('checkbox', { name: 'Vælg Lige andele til sammenligning' }));

    await page.getByRole('checkbox', { name: 'Vælg Befolkningsnøgle til sammenligning' }).check();
    await page.getByRole('checkbox', { name: 'Vælg Lige andele til sammenligning' }).check();
    await page.getByRole('button', { name: 'Sammenlign valgte' }).click();
    const comparison = await visible(
      page.getByRole('table', { name: 'Sammenligning', exact: true }),
    );
    await visible(comparison.getByRole('rowheader', { name: 'Befolkningsnøgle' }));
    await visible(comparison.getByRole('rowheader', { name: 'Lige andele' }));
    await visible(page.getByRole('table', { name: 'Sammenligning: Netto' }));
    await expectNoSeriousA11yViolations(page, 'the comparison');

    await page.getByRole('button', { name: 'Åbn Befolkningsnøgle' }).click();
    await visible(page.getByRole('heading', { level: 2, name: 'Scenarie: Befolkningsnøgle' }));
    await page.getByLabel('Møde (udkast til dagsorden)').selectOption(meetingId);
    await page.getByRole('button', { name: 'Sæt på dagsorden' }).click();
    const dialog = await visible(page.getByRole('alertdialog'));
    await dialog.getByRole('button', { name: 'Sæt på dagsorden' }).click();
    await visible(page.getByText('Punktet er sat på dagsordenen.').first());

    // The forum meets: its agenda is published and the meeting day has passed.
    await call('post', `/api/agendas/${meetingId}/publish`, {});
    await page.getByLabel('Valgt model').selectOption('3');
    await page.getByRole('button', { name: 'Registrér beslutning' }).click();
    const confirm = await visible(page.getByRole('alertdialog'));
    await confirm.getByRole('button', { name: 'Registrér beslutning' }).click();
    await visible(page.getByText(`Valgt: Model 3 (${KKR}, ${MEETING_DAY})`));
    await expectNoSeriousA11yViolations(page, 'the decision');

    const agenda = await call<{ items: { title: string; decision?: string | null }[] }>(
      'get',
      `/api/agendas/${meetingId}`,
    );
    expect(JSON.stringify(agenda.items)).toContain('Forumet valgte Model 3 i scenariet');
    expect(name).not.toBe('');
  });
});
