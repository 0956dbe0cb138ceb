/**
 * The shipped reference data (reference/*.csv, see reference/REFERENCE-NOTES.md): Danish
 * municipalities (code, name, region, population) and the 2022 health clusters with their
 * verification flags. Parsing only; the server reads the files (`reference-data.ts`).
 */

/** A municipality as the reference data has it. */
export interface ReferenceMunicipality {
  /** 3-digit DST code, e.g. "101". */
  code: string;
  name: string;
  region: string;
  population: number;
  populationYear: number;
  source: string;
}

/** A 2022 health cluster row with its verification flags. */
export interface ReferenceCluster {
  name: string;
  region: string;
  acuteHospitals: string;
  municipalityCodes: readonly string[];
  source: string;
  /** The CSV's `verified` column as written (e.g. "partial: members only from 2019 proposal"). */
  verifiedNote: string;
  /** True when the CSV marks the members as verified (the note starts with "yes"). */
  verified: boolean;
}

/** The flags a membership gets from the reference data. */
export interface ReferenceMembership {
  /** The municipality is split over several clusters (København: Byen and Syd). */
  partial: boolean;
  verified: boolean;
  source: string;
  note: string;
}

/** Both reference tables, indexed. */
export interface ReferenceData {
  municipalities: ReadonlyMap<string, ReferenceMunicipality>;
  clusters: readonly ReferenceCluster[];
}

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF) into rows of fields. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows.filter((r) => r.length > 1 || (r[0] ?? '') !== '');
}

/** Rows as records keyed by the header row; throws when a row has the wrong field count. */
function records(text: string, expected: readonly string[]): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (header === undefined || expected.some((col) => !header.includes(col))) {
    throw new Error(`Reference CSV must have the columns ${expected.join(', ')}`);
  }
  return rows.map((fields, i) => {
    if (fields.length !== header.length) {
      throw new Error(
        `Reference CSV row ${i + 2} has ${fields.length} fields, not ${header.length}`,
      );
    }
    return Object.fromEntries(header.map((col, j) => [col, fields[j] ?? '']));
  });
}

/** Parses dk-municipalities.csv. */
export function parseMunicipalitiesCsv(text: string): ReferenceMunicipality[] {
  const cols = ['code', 'name', 'region', 'population', 'population_year', 'source'];
  return records(text, cols).map((r) => ({
    code: r.code ?? '',
    name: r.name ?? '',
    region: r.region ?? '',
    population: Number(r.population),
    populationYear: Number(r.population_year),
    source: r.source ?? '',
  }));
}

/** Parses dk-health-clusters.csv. */
export function parseClustersCsv(text: string): ReferenceCluster[] {
  const cols = ['cluster', 'region', 'acute_hospitals', 'municipality_codes', 'source', 'verified'];
  return records(text, cols).map((r) => {
    const verifiedNote = r.verified ?? '';
    return {
      name: r.cluster ?? '',
      region: r.region ?? '',
      acuteHospitals: r.acute_hospitals ?? '',
      municipalityCodes: (r.municipality_codes ?? '').split(';').map((c) => c.trim()),
      source: r.source ?? '',
      verifiedNote,
      verified: /^yes\b/i.test(verifiedNote.trim()),
    };
  });
}

/** Builds the indexed reference data from the two CSV texts. */
export function parseReferenceData(municipalitiesCsv: string, clustersCsv: string): ReferenceData {
  const municipalities = parseMunicipalitiesCsv(municipalitiesCsv);
  return {
    municipalities: new Map(municipalities.map((m) => [m.code, m])),
    clusters: parseClustersCsv(clustersCsv),
  };
}

/** The reference cluster with this name, if any. */
export function findReferenceCluster(
  reference: ReferenceData,
  name: string,
): ReferenceCluster | undefined {
  return reference.clusters.find((c) => c.name === name);
}

/**
 * The flags of `code`'s membership of `cluster` per the reference data: partial when the
 * municipality appears in several reference clusters, verified as the cluster row says, and the
 * row's source and verification note. Null when the code is not a member of that cluster.
 */
export function referenceMembership(
  reference: ReferenceData,
  cluster: ReferenceCluster,
  code: string,
): ReferenceMembership | null {
  if (!cluster.municipalityCodes.includes(code)) return null;
  const clusterCount = reference.clusters.filter((c) => c.municipalityCodes.includes(code)).length;
  return {
    partial: clusterCount > 1,
    verified: cluster.verified,
    source: cluster.source,
    note: cluster.verifiedNote,
  };
}
