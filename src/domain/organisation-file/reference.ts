/**
 * The shipped reference data (reference/*.csv, see reference/REFERENCE-NOTES.md and
 * reference/REFORM-2027-NOTES.md): Danish municipalities (code, name, region, population), the
 * 2022 health clusters with their verification flags and the 2027 health councils with their
 * status flags. Parsing only; the server reads the files (`reference-data.ts`).
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

/** One row of dk-health-councils-2027.csv: a municipality in a 2027 health council's area. */
export interface ReferenceCouncilMember {
  /** 3-digit DST code, found by the (normalised) name. */
  code: string;
  /** The official name as in dk-municipalities.csv. */
  name: string;
  /** The name as the health council CSV writes it (e.g. "Nordfyn" for "Nordfyns"). */
  sourceName: string;
  /** The CSV's `status` column as written ("source-listed" or "CONFLICT: …"). */
  status: string;
  /** True when the status starts with "CONFLICT". */
  conflict: boolean;
}

/** A 2027 health council (sundhedsråd) with its area, from dk-health-councils-2027.csv. */
export interface ReferenceHealthCouncil {
  /** E.g. "Sundhedsråd Fyn". */
  name: string;
  /** The 2027 region without "Region", e.g. "Syddanmark", "Østdanmark". */
  region: string;
  /** In the CSV's order. */
  members: readonly ReferenceCouncilMember[];
}

/** The reference tables, indexed. */
export interface ReferenceData {
  municipalities: ReadonlyMap<string, ReferenceMunicipality>;
  clusters: readonly ReferenceCluster[];
  /** The 17 health councils from 2027, in the CSV's order (empty when not given). */
  healthCouncils: readonly ReferenceHealthCouncil[];
}

/**
 * Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF) into rows of fields, split at
 * `delimiter` (a comma unless told; dk-health-councils-2027.csv uses semicolons).
 */
export function parseCsv(text: string, delimiter = ','): string[][] {
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
    else if (ch === delimiter) {
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
function records(
  text: string,
  expected: readonly string[],
  delimiter = ',',
): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text, delimiter);
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

/**
 * Other spellings of official municipality names (dk-municipalities.csv has the DAWA short
 * names; reference/REFERENCE-NOTES.md §1 lists the variants seen in other sources).
 */
const MUNICIPALITY_NAME_VARIANTS: Readonly<Record<string, string>> = {
  Vesthimmerland: 'Vesthimmerlands',
  Nordfyn: 'Nordfyns',
  Århus: 'Aarhus',
};

/**
 * The municipality a name denotes: the official name as in dk-municipalities.csv or a known
 * variant of it. Throws on an unknown name: a misspelt row must not silently drop out.
 */
export function municipalityByName(
  municipalities: Iterable<ReferenceMunicipality>,
  name: string,
): ReferenceMunicipality {
  const wanted = MUNICIPALITY_NAME_VARIANTS[name.trim()] ?? name.trim();
  for (const m of municipalities) if (m.name === wanted) return m;
  throw new Error(`Unknown municipality name "${name}": not in reference/dk-municipalities.csv`);
}

/**
 * Parses dk-health-councils-2027.csv (`council;region;municipality;status`), normalising the
 * municipality names to the official names of `municipalities`. Throws on an unknown name and
 * on a municipality listed twice.
 */
export function parseHealthCouncilsCsv(
  text: string,
  municipalities: Iterable<ReferenceMunicipality>,
): ReferenceHealthCouncil[] {
  const all = [...municipalities];
  const councils = new Map<
    string,
    { name: string; region: string; members: ReferenceCouncilMember[] }
  >();
  const seen = new Map<string, string>();
  for (const r of records(text, ['council', 'region', 'municipality', 'status'], ';')) {
    const name = (r.council ?? '').trim();
    const region = (r.region ?? '').trim();
    const m = municipalityByName(all, r.municipality ?? '');
    const earlier = seen.get(m.code);
    if (earlier !== undefined) {
      throw new Error(
        `Municipality ${m.name} (${m.code}) is listed in both ${earlier} and ${name}`,
      );
    }
    seen.set(m.code, name);
    let council = councils.get(name);
    if (council === undefined) {
      council = { name, region, members: [] };
      councils.set(name, council);
    } else if (council.region !== region) {
      throw new Error(`${name} is listed in both Region ${council.region} and Region ${region}`);
    }
    const status = (r.status ?? '').trim();
    council.members.push({
      code: m.code,
      name: m.name,
      sourceName: (r.municipality ?? '').trim(),
      status,
      conflict: /^CONFLICT\b/.test(status),
    });
  }
  return [...councils.values()];
}

/**
 * Builds the indexed reference data from the CSV texts (the health council CSV is optional, for
 * small test sets).
 */
export function parseReferenceData(
  municipalitiesCsv: string,
  clustersCsv: string,
  healthCouncilsCsv?: string,
): ReferenceData {
  const municipalities = parseMunicipalitiesCsv(municipalitiesCsv);
  return {
    municipalities: new Map(municipalities.map((m) => [m.code, m])),
    clusters: parseClustersCsv(clustersCsv),
    healthCouncils:
      healthCouncilsCsv === undefined
        ? []
        : parseHealthCouncilsCsv(healthCouncilsCsv, municipalities),
  };
}

/** The `regionName` of a collaboration that spans all of Denmark (templates/denmark-2027.yaml). */
export const NATIONAL_REGION_NAME = 'Danmark';

/**
 * Whether the municipality lies in `region`: its region of the reference data (the five regions
 * until 2026), its region from 2027 (dk-health-councils-2027.csv: Hovedstaden and Sjælland are
 * Østdanmark), or any region for a national collaboration (`NATIONAL_REGION_NAME`).
 */
export function municipalityInRegion(
  reference: ReferenceData,
  municipality: ReferenceMunicipality,
  region: string,
): boolean {
  if (municipality.region === region || region === NATIONAL_REGION_NAME) return true;
  return reference.healthCouncils.some(
    (c) => c.region === region && c.members.some((m) => m.code === municipality.code),
  );
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
