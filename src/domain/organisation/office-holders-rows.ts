/**
 * Reading the rows of an office-holder file (issue 11): the header by its Danish (or English)
 * names, the party by municipality code or name, the office by its Danish name or an alias, the
 * person's name and e-mail, a title and the day the holding starts. Every problem is reported
 * with the row number the user sees (header = its own row), in Danish and English; nothing is
 * guessed. Pure: the sheet has already been read (CSV or XLSX) into rows of cells.
 */
import { isIsoDate, type IsoDate } from '../../shared/dates';
import { translate, type TranslateParams } from '../../shared/i18n/translate';
import { OFFICE_HOLDER_LIMITS } from '../../shared/office-holders.contract';
import { OFFICES, type Office, type PartyKind } from '../../shared/organisation.enums';
import type { FileRowError } from '../../shared/plan-indicators.contract';

/** A row of cells with its row number as the sheet shows it. */
export interface HolderSheetRow {
  row: number;
  cells: readonly (string | number | null)[];
}

/** A party the file may name: by name, or (a municipality) by its 3-digit code. */
export interface HolderImportParty {
  entityId: string;
  name: string;
  kind: PartyKind;
  code: string | null;
}

/** One row read and resolved. */
export interface HolderRow {
  row: number;
  partyId: string;
  office: Office;
  name: string;
  email: string | null;
  title: string | null;
  validFrom: IsoDate;
}

/** The columns of the file; `party`, `office`, `name` and `validFrom` are required. */
export type HolderColumn =
  'partyCode' | 'party' | 'office' | 'name' | 'email' | 'title' | 'validFrom';

/** A text of the import in both languages (`organisation:holders.<key>`). */
export function holderText(key: string, params: TranslateParams = {}): { da: string; en: string } {
  const inLanguage = (lang: 'da' | 'en') => {
    const office = params.office;
    const named =
      typeof office === 'string' && (OFFICES as readonly string[]).includes(office)
        ? { ...params, office: translate('organisation', `office.${office}`, lang) }
        : params;
    return translate('organisation', `holders.${key}`, lang, named);
  };
  return { da: inLanguage('da'), en: inLanguage('en') };
}

/** A row's problem (`holders.errors.<kind>`). */
export function holderError(
  row: number,
  column: string | null,
  kind: string,
  params: TranslateParams = {},
): FileRowError {
  const text = holderText(`errors.${kind}`, { row, column: column ?? '', ...params });
  return { sheet: null, row, column, message: text.da, messageEn: text.en };
}

/** Lower case, without spaces, hyphens, dots, underscores and colons: how names are compared. */
export function squash(text: string): string {
  return text.toLocaleLowerCase('da-DK').replace(/[\s\u00a0\-._:/()]/g, '');
}

const HEADER_ALIASES: Record<HolderColumn, readonly string[]> = {
  partyCode: ['kommunekode', 'kommunenr', 'kommunenummer', 'code', 'municipalitycode'],
  party: ['kommune', 'part', 'myndighed', 'region', 'organisation', 'municipality', 'party'],
  office: ['embede', 'hverv', 'funktion', 'office'],
  name: ['navn', 'fuldtnavn', 'personnavn', 'name', 'fullname'],
  email: ['email', 'mail', 'emailadresse', 'epost', 'emailaddress'],
  title: ['titel', 'stillingsbetegnelse', 'stilling', 'title', 'jobtitle'],
  validFrom: ['gyldigfra', 'fra', 'fradato', 'tiltrådt', 'tiltraadt', 'startdato', 'validfrom'],
};

/** Danish names and aliases of each office (the code names are accepted too). */
const OFFICE_ALIASES: Record<Office, readonly string[]> = {
  mayor: ['borgmester', 'overborgmester'],
  deputyMayor: ['viceborgmester', '1viceborgmester', 'førsteviceborgmester'],
  councilMember: [
    'kommunalbestyrelsesmedlem',
    'byrådsmedlem',
    'medlemafkommunalbestyrelsen',
    'medlemafbyrådet',
  ],
  municipalDirector: ['kommunaldirektør', 'administrerendedirektør'],
  healthDirector: [
    'sundhedsdirektør',
    'direktørforsundhed',
    'direktørforsundhedogomsorg',
    'socialogsundhedsdirektør',
    'sundhedsogomsorgsdirektør',
    'sundhedsogældredirektør',
  ],
  healthManager: ['sundhedschef'],
  regionCouncilChair: ['regionsrådsformand', 'formandforregionsrådet', 'regionrådsformand'],
  regionCouncilViceChair: [
    'næstformandforregionsrådet',
    'næstformandiregionsrådet',
    'regionsrådsnæstformand',
  ],
  regionalCouncillor: ['regionsrådsmedlem', 'medlemafregionsrådet', 'regionsrådspolitiker'],
  regionalDirector: ['regionsdirektør'],
  hospitalDirector: ['hospitalsdirektør', 'sygehusdirektør'],
  ploChair: ['formandforplo', 'ploformand'],
  ploViceChair: ['næstformandforplo', 'plonæstformand'],
  other: ['andet', 'andetembede'],
};

const OFFICE_BY_ALIAS: ReadonlyMap<string, Office> = new Map(
  OFFICES.flatMap((office) =>
    [office, ...OFFICE_ALIASES[office]].map((alias) => [squash(alias), office] as const),
  ),
);

/** The office a cell names (Danish name, alias or code name), or null. */
export function officeOf(value: string): Office | null {
  return OFFICE_BY_ALIAS.get(squash(value)) ?? null;
}

/** The column of each header cell we know; the first match of a column wins. */
export function headerColumns(header: HolderSheetRow): Map<HolderColumn, number> {
  const out = new Map<HolderColumn, number>();
  header.cells.forEach((cell, i) => {
    const name = squash(cellText(cell));
    for (const [column, aliases] of Object.entries(HEADER_ALIASES) as [HolderColumn, string[]][]) {
      if (!out.has(column) && aliases.includes(name)) out.set(column, i);
    }
  });
  return out;
}

/** A cell as trimmed text (non-breaking spaces as spaces, runs of spaces as one). */
export function cellText(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return String(value)
    .replace(/\u00a0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Days from 1899-12-30 (Excel's serial dates) to an ISO date. */
function fromSerial(serial: number): IsoDate | null {
  if (!Number.isInteger(serial) || serial < 1 || serial > 2958465) return null;
  return new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10);
}

/** A date as written: ISO, Danish `1.1.2026` / `01-01-2026` / `1/1/2026`, or an Excel serial. */
export function parseHolderDate(value: string | number | null): IsoDate | null | 'bad' {
  if (value === null) return null;
  if (typeof value === 'number') return fromSerial(value) ?? 'bad';
  const t = cellText(value);
  if (t === '') return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:T[\d:.]+Z?)?$/.exec(t);
  if (iso) {
    const day = `${iso[1]}-${iso[2]}-${iso[3]}`;
    return isIsoDate(day) ? day : 'bad';
  }
  const m = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$/.exec(t);
  if (!m?.[1] || !m[2] || !m[3]) return 'bad';
  const day = `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
  return isIsoDate(day) ? day : 'bad';
}

/** A party's name the way look-ups compare it (case, spaces, "Kommune" suffix ignored). */
export function partyNameKey(name: string): string {
  return cellText(name)
    .toLocaleLowerCase('da-DK')
    .replace(/^(.+) kommune$/, '$1')
    .replace(/^kommune$/, '');
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const MAX = { name: 200, email: 254, title: 200 } as const;

/** Finds parties by name or municipality code. */
function partyFinder(parties: readonly HolderImportParty[]) {
  const byName = new Map<string, string>();
  const byCode = new Map<string, string>();
  for (const p of parties) {
    byName.set(partyNameKey(p.name), p.entityId);
    if (p.code) byCode.set(p.code.replace(/^0+(?=\d{3}$)/, '').padStart(3, '0'), p.entityId);
  }
  return (code: string, name: string): string | undefined => {
    if (/^\d{1,4}$/.test(code))
      return byCode.get(code.replace(/^0+(?=\d{3}$)/, '').padStart(3, '0'));
    if (/^\d{1,4}$/.test(name))
      return byCode.get(name.replace(/^0+(?=\d{3}$)/, '').padStart(3, '0'));
    return name === '' ? undefined : byName.get(partyNameKey(name));
  };
}

type Get = (column: HolderColumn) => string | number | null;

/** One row → a resolved row, or its problems pushed to `errors`. */
function readRow(
  row: HolderSheetRow,
  get: Get,
  findParty: ReturnType<typeof partyFinder>,
  errors: FileRowError[],
): HolderRow | null {
  const before = errors.length;
  const code = cellText(get('partyCode'));
  const partyName = cellText(get('party'));
  let partyId: string | undefined;
  if (code === '' && partyName === '') errors.push(holderError(row.row, 'Kommune', 'missingParty'));
  else {
    partyId = findParty(code, partyName);
    if (partyId === undefined) {
      const value = code !== '' ? code : partyName;
      errors.push(holderError(row.row, 'Kommune', 'unknownParty', { value }));
    }
  }
  const officeText = cellText(get('office'));
  const office = officeText === '' ? null : officeOf(officeText);
  if (officeText === '') errors.push(holderError(row.row, 'Embede', 'missingOffice'));
  else if (office === null) {
    errors.push(holderError(row.row, 'Embede', 'unknownOffice', { value: officeText }));
  }
  const name = cellText(get('name'));
  if (name === '') errors.push(holderError(row.row, 'Navn', 'missingName'));
  const email = cellText(get('email')).toLocaleLowerCase('da-DK');
  if (email !== '' && !EMAIL.test(email)) {
    errors.push(holderError(row.row, 'E-mail', 'badEmail', { value: email }));
  }
  const title = cellText(get('title'));
  const lengths = [
    ['Navn', name, MAX.name],
    ['E-mail', email, MAX.email],
    ['Titel', title, MAX.title],
  ] as const;
  for (const [column, text, max] of lengths) {
    if (text.length > max) errors.push(holderError(row.row, column, 'tooLong', { max }));
  }
  const rawDate = get('validFrom');
  const validFrom = parseHolderDate(rawDate);
  if (validFrom === null) errors.push(holderError(row.row, 'Gyldig fra', 'missingDate'));
  else if (validFrom === 'bad') {
    errors.push(holderError(row.row, 'Gyldig fra', 'badDate', { value: cellText(rawDate) }));
  }
  if (errors.length > before || !partyId || !office || validFrom === null || validFrom === 'bad') {
    return null;
  }
  return {
    row: row.row,
    partyId,
    office,
    name,
    email: email === '' ? null : email,
    title: title === '' ? null : title,
    validFrom,
  };
}

/**
 * Reads a sheet (header first) into rows: all required columns present, every party and office
 * known, names, e-mails and dates readable. Returns every problem, by row; rows with a problem
 * are left out of `rows`.
 */
export function readHolderRows(
  sheet: readonly HolderSheetRow[],
  parties: readonly HolderImportParty[],
): { rows: HolderRow[]; errors: FileRowError[]; count: number } {
  const [header, ...rest] = sheet;
  if (header === undefined) return { rows: [], errors: [holderError(1, null, 'empty')], count: 0 };
  const columns = headerColumns(header);
  const errors: FileRowError[] = [];
  const required: [HolderColumn, string][] = [
    ['office', 'Embede'],
    ['name', 'Navn'],
    ['validFrom', 'Gyldig fra'],
  ];
  if (!columns.has('party') && !columns.has('partyCode')) required.unshift(['party', 'Kommune']);
  for (const [column, label] of required) {
    if (!columns.has(column))
      errors.push(holderError(header.row, label, 'missingColumn', { column: label }));
  }
  if (errors.length) return { rows: [], errors, count: 0 };
  const data = rest.filter((r) => r.cells.some((c) => cellText(c) !== ''));
  if (data.length === 0) {
    return { rows: [], errors: [holderError(header.row, null, 'empty')], count: 0 };
  }
  if (data.length > OFFICE_HOLDER_LIMITS.maxRows) {
    const params = { count: data.length, max: OFFICE_HOLDER_LIMITS.maxRows };
    return {
      rows: [],
      errors: [holderError(header.row, null, 'tooManyRows', params)],
      count: data.length,
    };
  }
  const findParty = partyFinder(parties);
  const rows: HolderRow[] = [];
  for (const row of data) {
    const get: Get = (column) => {
      const i = columns.get(column);
      return i === undefined ? null : (row.cells[i] ?? null);
    };
    const read = readRow(row, get, findParty, errors);
    if (read !== null) rows.push(read);
  }
  return { rows, errors, count: data.length };
}
