/**
 * The facts the 2027 organisation files are built from (reference/REFORM-2027-NOTES.md): the
 * regions from 2027 with their council sizes and KKR, the sources cited, the observed seat
 * pattern of the health councils, and the keys derived from names.
 */
/** The four regions from 2027, as dk-health-councils-2027.csv names them. */
export const REGIONS_2027 = ['Syddanmark', 'Østdanmark', 'Midtjylland', 'Nordjylland'] as const;
/** A region from 2027. */
export type Region2027 = (typeof REGIONS_2027)[number];

/** The first day of the 2027 structure (OVG § 2, REFORM-2027-NOTES §1). */
export const REFORM_2027_DAY = '2027-01-01';

export const NOTES = 'reference/REFORM-2027-NOTES.md';
export const L214 =
  'L 214 (2024-25) § 1 nr. 7, https://www.ft.dk/samling/20241/lovforslag/l214/20241_l214_som_fremsat.htm';
export const OVG =
  'Overgangsloven, LOV nr 699 af 20/06/2025 § 2, https://www.lovguiden.dk/loven/lov-om-overgangen-til-en-ny-sundhedsstruktur-overgangsloven';
/** The table's source: a secondary, journalistic data set (REFORM-2027-NOTES §2). */
export const GH_DATA = '[GH] afpihl/sundhedsraad data.json (secondary)';
export const GH_MEMBERS = '[GH] afpihl/sundhedsraad data.json member lists (secondary)';
export const GH_HTML = '[GH] afpihl/sundhedsraad sundhedsraad.html and data.json (secondary)';
export const RITZAU =
  'Ritzau: https://via.ritzau.dk/pressemeddelelse/14758086/behandling-skal-rykke-taettere-pa-borgerne-i-sundhedsrad-amager-og-vestegnen?lang=da&publisherId=13562843';
/** The council whose members a second source confirms (Ritzau, REFORM-2027-NOTES §2). */
export const CROSS_CHECKED_COUNCIL = 'Sundhedsråd Amager og Vestegnen';

/** What the notes say about each region from 2027. */
export interface RegionFacts {
  /** Key part: `syddanmark` → `syddanmark-2027`, `region-syddanmark`. */
  slug: string;
  /** Seats of the regional council (L 214 § 1 nr. 7, verified). */
  councilSize: number;
  /** KKR (KL's municipal contact councils) covering the region: one per region of 2022. */
  kkr: readonly { slug: string; name: string; region2022: string }[];
}

export const REGION_FACTS: Readonly<Record<Region2027, RegionFacts>> = {
  Syddanmark: {
    slug: 'syddanmark',
    councilSize: 31,
    kkr: [{ slug: 'syddanmark', name: 'KKR Syddanmark', region2022: 'Syddanmark' }],
  },
  Østdanmark: {
    slug: 'ostdanmark',
    councilSize: 47,
    kkr: [
      { slug: 'hovedstaden', name: 'KKR Hovedstaden', region2022: 'Hovedstaden' },
      { slug: 'sjaelland', name: 'KKR Sjælland', region2022: 'Sjælland' },
    ],
  },
  Midtjylland: {
    slug: 'midtjylland',
    councilSize: 31,
    kkr: [{ slug: 'midtjylland', name: 'KKR Midtjylland', region2022: 'Midtjylland' }],
  },
  Nordjylland: {
    slug: 'nordjylland',
    councilSize: 25,
    kkr: [{ slug: 'nordjylland', name: 'KKR Nordjylland', region2022: 'Nordjylland' }],
  },
};

/**
 * The observed seat pattern (REFORM-2027-NOTES §3, UNVERIFIED): 1 seat per municipality, 2 above
 * 75,000 inhabitants, 3 above 300,000. With the 2020 populations of dk-municipalities.csv these
 * thresholds reproduce every council size the notes report: 9 (Aarhus, Vendsyssel,
 * Sønderjylland), 19 (Amager og Vestegnen, Ritzau) and 21 (Østsjælland og Øerne, Midt- og
 * Vestsjælland, and Fyn with Middelfart in Lillebælt). The 2-seat threshold must lie between
 * Gentofte (74,830; keeps Københavns Omegn Nord ≤ 21) / Sønderborg (74,220; 1 seat) and Slagelse
 * (79,073; 2 seats); the 3-seat one between Aalborg (217,075) and Aarhus (349,983).
 */
export const OBSERVED_SEAT_PATTERN = {
  seats: 1,
  tiers: [
    { populationAbove: 75_000, seats: 2 },
    { populationAbove: 300_000, seats: 3 },
  ],
} as const;

/** Seats of a municipality with `population` inhabitants under the observed pattern. */
export function observedSeats(population: number): number {
  let seats: number = OBSERVED_SEAT_PATTERN.seats;
  for (const tier of OBSERVED_SEAT_PATTERN.tiers) {
    if (population > tier.populationAbove) seats = tier.seats;
  }
  return seats;
}

/** A key from a Danish name: lower case, æ→ae, ø→o, å→aa, words joined by `-`. */
export function slugOf(name: string): string {
  return name
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'aa')
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The area key of a council: "Sundhedsråd Fyn" → `fyn`. */
export function councilAreaKey(councilName: string): string {
  return slugOf(councilName.replace(/^Sundhedsråd\s+/, ''));
}

/** The forum key of a council: "Sundhedsråd Fyn" → `sundhedsraad-fyn`. */
export function councilForumKey(councilName: string): string {
  return `sundhedsraad-${councilAreaKey(councilName)}`;
}

/** The template name (file name without `.yaml`): `denmark-2027` or `<region>-2027`. */
export function reform2027TemplateName(region?: Region2027): string {
  return region === undefined ? 'denmark-2027' : `${REGION_FACTS[region].slug}-2027`;
}

/** Whether `value` names a region from 2027. */
export function isRegion2027(value: string): value is Region2027 {
  return (REGIONS_2027 as readonly string[]).includes(value);
}

/** The collaboration's name: "Sundhedssamarbejdet i Syddanmark fra 2027". */
export function collaborationName(region?: Region2027): string {
  return region === undefined
    ? 'Sundhedssamarbejdet i Danmark fra 2027 (alle fire regioner)'
    : `Sundhedssamarbejdet i ${region} fra 2027`;
}
