/**
 * Reading a population year from a CSV (code, population, year, source): every row checked, the
 * errors named per row (an i18n key of the financing namespace with its parameters).
 */

/** One row's error: `financing.errors.<key>` with its parameters. */
export interface PopulationRowError {
  key:
    | 'csvUnknownCode'
    | 'csvBadPopulation'
    | 'csvBadYear'
    | 'csvOtherYear'
    | 'csvDuplicate'
    | 'csvNoSource';
  row: number;
  code: string;
}

/** A population year read from a file. */
export interface PopulationSet {
  year: number;
  /** The sources named in the file (distinct, joined with "; "). */
  source: string;
  figures: Record<string, number>;
}

export type PopulationParse =
  | { ok: true; set: PopulationSet }
  | { ok: false; error: 'csvEmpty' | 'csvHeader' }
  | { ok: false; error: 'csvRows'; rows: PopulationRowError[] };

/** Splits CSV text into records (quoted fields with "" escapes; `,` or `;` separated). */
export function csvRecords(text: string): string[][] {
  const out: string[][] = [];
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  const sep = firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === sep) {
      record.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && body[i + 1] === '\n') i++;
      record.push(field);
      out.push(record);
      record = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    out.push(record);
  }
  return out.filter((r) => r.some((f) => f.trim() !== ''));
}

/** Reads a population file; `knownCodes` are the municipality codes it may name. */
export function parsePopulationCsv(text: string, knownCodes: ReadonlySet<string>): PopulationParse {
  const [header, ...rows] = csvRecords(text);
  if (!header) return { ok: false, error: 'csvEmpty' };
  const names = header.map((h) => h.trim().toLowerCase());
  const col = (name: string): number => names.indexOf(name);
  const at = {
    code: col('code'),
    population: col('population'),
    year: col('year'),
    source: col('source'),
  };
  if (Object.values(at).some((i) => i < 0)) return { ok: false, error: 'csvHeader' };
  if (rows.length === 0) return { ok: false, error: 'csvEmpty' };
  const errors: PopulationRowError[] = [];
  const figures: Record<string, number> = {};
  const sources: string[] = [];
  let year: number | null = null;
  rows.forEach((r, i) => {
    const row = i + 2;
    const raw = (r[at.code] ?? '').trim();
    const code = /^\d{1,3}$/.test(raw) ? raw.padStart(3, '0') : raw;
    const population = (r[at.population] ?? '').trim();
    const y = (r[at.year] ?? '').trim();
    const source = (r[at.source] ?? '').trim();
    if (!knownCodes.has(code)) errors.push({ key: 'csvUnknownCode', row, code: raw });
    else if (code in figures) errors.push({ key: 'csvDuplicate', row, code });
    if (!/^\d{1,9}$/.test(population)) errors.push({ key: 'csvBadPopulation', row, code });
    if (!/^\d{4}$/.test(y)) errors.push({ key: 'csvBadYear', row, code });
    else if (year !== null && Number(y) !== year) errors.push({ key: 'csvOtherYear', row, code });
    else year = Number(y);
    if (source === '') errors.push({ key: 'csvNoSource', row, code });
    else if (!sources.includes(source)) sources.push(source);
    if (knownCodes.has(code) && /^\d{1,9}$/.test(population)) figures[code] = Number(population);
  });
  if (errors.length > 0 || year === null) return { ok: false, error: 'csvRows', rows: errors };
  return { ok: true, set: { year, source: sources.join('; '), figures } };
}
