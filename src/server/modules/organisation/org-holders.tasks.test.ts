/**
 * Reading office-holder files (the worker task, run inline): `;` and `,` separators, UTF-8 with
 * and without BOM, Windows-1252 (older Danish Excel), quoted cells, Danish letters; an XLSX file
 * whose first sheet holds the rows; bytes that are neither give null.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { HolderImportParty } from '../../../domain/organisation/office-holders-rows';
import { INLINE_ORG_HOLDER_POOL, runOrgHolderTask } from './org-holders.tasks';

const PARTIES: HolderImportParty[] = [
  { entityId: 'p-aeroe', name: 'Ærø', kind: 'municipality', code: '492' },
  { entityId: 'p-soenderborg', name: 'Sønderborg', kind: 'municipality', code: '540' },
];

const read = (bytes: Uint8Array, kind: 'csv' | 'xlsx' = 'csv') =>
  runOrgHolderTask(INLINE_ORG_HOLDER_POOL, 'orgHolders.read', { bytes, kind, parties: PARTIES });

const TEXT = 'Kommune;Embede;Navn;Gyldig fra\r\nÆrø;Borgmester;Søren Ødegård;1.1.2026\r\n';

describe('reading an office-holder file', () => {
  it.each([
    ['UTF-8 with BOM', Buffer.from(`\uFEFF${TEXT}`, 'utf8')],
    ['UTF-8', Buffer.from(TEXT, 'utf8')],
    ['Windows-1252', Buffer.from(TEXT, 'latin1')],
    [
      'commas and quotes',
      Buffer.from(
        'Kommune,Embede,Navn,Gyldig fra\n"Ærø","Borgmester","Søren Ødegård","1.1.2026"\n',
      ),
    ],
  ])('reads %s', async (_label, bytes) => {
    const result = await read(new Uint8Array(bytes));
    expect(result?.errors).toEqual([]);
    expect(result?.rows).toEqual([
      {
        row: 2,
        partyId: 'p-aeroe',
        office: 'mayor',
        name: 'Søren Ødegård',
        email: null,
        title: null,
        validFrom: '2026-01-01',
      },
    ]);
  });

  it('reads the first sheet of an XLSX file with a date cell', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Ark1');
    sheet.addRow(['Kommunekode', 'Embede', 'Navn', 'Gyldig fra']);
    sheet.addRow([540, 'Sundhedsdirektør', 'Åge Ørum', new Date(Date.UTC(2026, 0, 1))]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const result = await read(bytes, 'xlsx');
    expect(result?.rows[0]).toMatchObject({
      partyId: 'p-soenderborg',
      office: 'healthDirector',
      validFrom: '2026-01-01',
    });
  });

  it('gives null for bytes that are not a spreadsheet', async () => {
    expect(await read(new Uint8Array(Buffer.from('PK\u0003\u0004 nope')), 'xlsx')).toBeNull();
  });
});
