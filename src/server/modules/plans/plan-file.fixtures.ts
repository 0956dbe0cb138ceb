/**
 * Route-test fixtures of plan files: the cases fixture's collaboration with a region and three
 * municipalities, plans inserted directly (the plan CRUD lands with issue 9's core), and
 * spreadsheets built with exceljs (a 74-initiative plan, an indicator import).
 */
import ExcelJS from 'exceljs';
import { SYSTEM_ACTOR } from '../../platform/audit';
import { buildOrganisation, type OrgFixture } from '../../test/cases-fixtures';
import type { TestContext } from '../../test/test-app';
import { createCollaboration, createParty, orgContext } from '../organisation/index';
import { DEFAULT_DEGREE_KEYS } from '../../../shared/plans.enums';
import { planOwners, plans } from './plans.table';

type Cell = string | number | null;

export interface PlanFixture {
  org: OrgFixture;
  planId: string;
  /** A second, empty plan of the same collaboration. */
  emptyPlanId: string;
  region: string;
  municipalities: { kbh: string; frb: string; taarnby: string };
  otherCollaborationId: string;
}

const FROM = '2025-01-01';

export async function buildPlanFixture(ctx: TestContext): Promise<PlanFixture> {
  const db = ctx.database.db;
  const org = await buildOrganisation(ctx);
  const o = orgContext(db);
  const party = async (kind: 'region' | 'municipality', name: string, code: string | null) =>
    (
      await createParty(o, SYSTEM_ACTOR, org.collaborationId, {
        kind,
        name,
        code,
        validFrom: FROM,
      })
    ).result.entityId;
  const region = await party('region', 'Region Test', null);
  const municipalities = {
    kbh: await party('municipality', 'København', '101'),
    frb: await party('municipality', 'Frederiksberg', '147'),
    taarnby: await party('municipality', 'Tårnby', '185'),
  };
  const other = await createCollaboration(o, SYSTEM_ACTOR, {
    name: 'Andet samarbejde',
    regionName: 'Region Anden',
    validFrom: FROM,
  });
  const degreeScale = DEFAULT_DEGREE_KEYS.map((key, i) => ({
    key,
    label: null,
    score: i === 0 ? null : (i - 1) * 25,
  }));
  const insertPlan = async (key: string, title: string) => {
    const [row] = await db
      .insert(plans)
      .values({
        collaborationId: org.collaborationId,
        key,
        kind: 'healthAgreement',
        title,
        periodFrom: '2024-01-01',
        periodTo: '2027-12-31',
        degreeScale,
        fictional: true,
      })
      .returning({ id: plans.id });
    const id = row?.id as string;
    await db.insert(planOwners).values({ planId: id, forumId: org.fora.ssu, validFrom: FROM });
    return id;
  };
  return {
    org,
    planId: await insertPlan('sundhedsaftale', 'Sundhedsaftalen 2024–2027'),
    emptyPlanId: await insertPlan('tom', 'Tom plan'),
    region,
    municipalities,
    otherCollaborationId: other.entityId,
  };
}

/** An XLSX file of sheets. */
export async function xlsxOf(sheets: { name: string; rows: Cell[][] }[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const r of s.rows) ws.addRow(r);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export const INITIATIVE_HEADER = [
  'nummer',
  'titel',
  'beskrivelse',
  'niveau',
  'mål',
  'mål-titel',
  'ansvarligt forum',
  'deltagende parter',
  'prioritet 2024',
  'prioritet 2025',
  'prioritet 2026',
  'prioritet 2027',
  'økonomi (kr.)',
  'betaler',
  'milepæle',
];

const LEVELS = ['kommune', 'klynge', 'region', 'fælles'];
const PRIORITY = ['høj', 'middel', 'lav', ''];

/** The goal sheet of the 74-initiative plan: a vision, 4 goals, 8 sub-goals. */
export function goalRows(): Cell[][] {
  const rows: Cell[][] = [['kode', 'niveau', 'titel', 'overordnet']];
  rows.push(['V', 'vision', 'Sammenhængende sundhed for borgerne (fiktivt eksempel)', '']);
  for (let g = 1; g <= 4; g += 1) {
    rows.push([String(g), 'mål', `Mål ${g} (fiktivt)`, 'V']);
    for (let s = 1; s <= 2; s += 1)
      rows.push([`${g}.${s}`, 'delmål', `Delmål ${g}.${s}`, String(g)]);
  }
  return rows;
}

/** The initiative sheet of a plan with `n` initiatives (fictional); `bad` rows replaced. */
export function initiativeRows(n = 74, bad: Record<number, Partial<Record<string, Cell>>> = {}) {
  const rows: Cell[][] = [INITIATIVE_HEADER];
  for (let i = 1; i <= n; i += 1) {
    const g = ((i - 1) % 4) + 1;
    const s = ((i - 1) % 2) + 1;
    const row: Cell[] = [
      String(i),
      `Indsats ${i}: fiktiv indsats`,
      i % 3 === 0 ? `Beskrivelse af indsats ${i}\nmed to linjer` : '',
      LEVELS[i % 4] as string,
      `${g}.${s}`,
      `Delmål ${g}.${s}`,
      i % 2 === 0 ? 'Sundhedssamarbejdsudvalget' : 'Embedsmandsudvalget',
      i % 5 === 0 ? 'København; Frederiksberg' : i % 5 === 1 ? 'Tårnby' : '',
      PRIORITY[i % 4] as string,
      PRIORITY[(i + 1) % 4] as string,
      '',
      PRIORITY[(i + 2) % 4] as string,
      i % 4 === 0 ? 100_000 * i : null,
      i % 4 === 0 ? 'kommunerne' : '',
      i % 2 === 0 ? `2025-0${(i % 9) + 1}-15: Opstart; 2026-12-31: Evaluering af indsats ${i}` : '',
    ];
    for (const [column, value] of Object.entries(bad[i] ?? {})) {
      row[INITIATIVE_HEADER.indexOf(column)] = value ?? null;
    }
    rows.push(row);
  }
  return rows;
}

/** The 74-initiative plan as XLSX. */
export async function planXlsx(n = 74, bad: Record<number, Partial<Record<string, Cell>>> = {}) {
  return xlsxOf([
    { name: 'Indsatser', rows: initiativeRows(n, bad) },
    { name: 'Mål', rows: goalRows() },
  ]);
}
