/**
 * The vocabulary of the generated data: Danish phrases of health collaboration, combined by the
 * seeded generator into case titles, summaries, bodies, recommendations and decisions, and
 * fictional names. Common topics come first (picked often), rare ones last (picked seldom), so a
 * search finds both common and rare words.
 */
import { pick, pickSkewed, type Random } from './random';

/** Topics, most common first. */
export const TOPICS: readonly string[] = [
  'genoptræning',
  'sundhedsaftale',
  'udskrivning',
  'forløbsprogram',
  'demens',
  'psykiatri',
  'KOL',
  'hjemmesygepleje',
  'akutfunktion',
  'diabetes',
  'rehabilitering',
  'medicinhåndtering',
  'palliation',
  'børn og unge',
  'forebyggelse',
  'sundhedsfremme',
  'misbrugsbehandling',
  'hjerterehabilitering',
  'kræftrehabilitering',
  'svangreomsorg',
  'tandpleje',
  'telemedicin',
  'hjemmemonitorering',
  'lægedækning',
  'praksisplan',
  'akutpladser',
  'færdigbehandlede patienter',
  'genindlæggelser',
  'ernæring',
  'faldforebyggelse',
  'inkontinens',
  'tryksår',
  'infektionshygiejne',
  'vaccination',
  'ensomhed',
  'pårørendeinddragelse',
  'tolkebistand',
  'multisygdom',
  'borgere med handicap',
  'socialpsykiatri',
  'selvskadende adfærd',
  'spiseforstyrrelser',
  'døgnrytmelys',
  'senhjerneskade',
  'lymfødem',
  'sklerodermi',
  'hyperemesis',
  'narkolepsi',
];

const OPENINGS = [
  'Fælles model for',
  'Aftale om',
  'Status på',
  'Opfølgning på',
  'Implementering af',
  'Evaluering af',
  'Samarbejde om',
  'Retningslinje for',
  'Pilotprojekt om',
  'Kvalitetsdata om',
  'Økonomi og aktivitet i',
  'Tværsektoriel indsats for',
];

const ANGLES = [
  'i det nære sundhedsvæsen',
  'på tværs af sektorer',
  'for borgere med kronisk sygdom',
  'ved udskrivning fra hospital',
  'i almen praksis',
  'i kommunerne',
  'for ældre medicinske patienter',
  'efter sundhedsreformen',
  'i klyngen',
  'med fokus på lighed i sundhed',
];

const SENTENCES = [
  'Sagen rejses, fordi der er forskelle i praksis mellem kommunerne.',
  'Arbejdsgruppen har drøftet ansvarsfordelingen mellem hospital, kommune og almen praksis.',
  'Der lægges op til en fælles tværsektoriel arbejdsgang med klare overgange.',
  'Data fra de seneste to år viser en stigning i antallet af borgere i målgruppen.',
  'Udgifterne forventes at kunne holdes inden for den eksisterende ramme.',
  'Forslaget bygger på erfaringer fra et pilotprojekt i to kommuner.',
  'Patientinddragelsesudvalget har givet bemærkninger, som er indarbejdet.',
  'Der er behov for fælles kompetenceudvikling af personalet i hjemmesygeplejen.',
  'Sagen har været i høring i kommunerne og hos praksiskonsulenterne.',
  'Indsatsen understøtter målene i sundhedsaftalen.',
  'Der foreslås en fælles opfølgning på kvalitetsindikatorerne hvert halve år.',
  'Den elektroniske kommunikation mellem sektorerne skal forbedres.',
  'Der er enighed om at afprøve modellen i et år og derefter evaluere.',
  'Region og kommuner deler udgifterne efter befolkningstal.',
];

const RECOMMENDATIONS = [
  'Det indstilles, at forslaget godkendes.',
  'Det indstilles, at orienteringen tages til efterretning.',
  'Det indstilles, at sagen drøftes og sendes videre med udvalgets bemærkninger.',
  'Det indstilles, at modellen afprøves i et år og evalueres.',
  'Det indstilles, at arbejdsgruppen får mandat til at udarbejde et endeligt forslag.',
];

const DECISIONS = [
  'Godkendt.',
  'Taget til efterretning.',
  'Godkendt med de bemærkninger, der fremkom på mødet.',
  'Drøftet; sagen sendes videre med udvalgets bemærkninger.',
  'Godkendt; der følges op om et år.',
  'Udsat til næste møde.',
];

const STANDING_ITEMS = [
  'Godkendelse af dagsorden',
  'Godkendelse af referat fra sidste møde',
  'Meddelelser fra formandskabet',
  'Orientering fra sekretariatet',
  'Eventuelt',
];

const CLOSED_REASONS = [
  'Personhenførbare oplysninger',
  'Forhandlingssituation',
  'Fortrolige økonomiske oplysninger',
];

const FIRST = [
  'Anne',
  'Birgitte',
  'Camilla',
  'Dorthe',
  'Eva',
  'Freja',
  'Gitte',
  'Hanne',
  'Ida',
  'Julie',
  'Karen',
  'Lene',
  'Maja',
  'Nina',
  'Pernille',
  'Rikke',
  'Susanne',
  'Tina',
  'Ulla',
  'Vibeke',
  'Anders',
  'Bjarne',
  'Christian',
  'Henrik',
  'Jens',
  'Jesper',
  'Kasper',
  'Lars',
  'Martin',
  'Mikkel',
  'Niels',
  'Ole',
  'Peter',
  'Rasmus',
  'Søren',
  'Thomas',
  'Torben',
  'Morten',
];
const LAST = [
  'Fiktivsen',
  'Prøvesen',
  'Eksempelsen',
  'Opdigtsen',
  'Testrup',
  'Påfundgaard',
  'Modelholm',
  'Skitsbjerg',
  'Udkastlund',
  'Forsøgsager',
  'Drømmekær',
  'Tænkmose',
  'Fabelvig',
];

/** A fictional person's name, marked "(genereret)" so it can never pass for a real person. */
export function personName(random: Random): string {
  return `${pick(random, FIRST)} ${pick(random, LAST)} (genereret)`;
}

/** The text of a case: title, summary, body, screening text. */
export interface CaseText {
  title: string;
  summary: string;
  body: string;
}

/** A case's texts from one or two topics. */
export function caseText(random: Random, forumName: string): CaseText {
  const topic = pickSkewed(random, TOPICS);
  const other = pickSkewed(random, TOPICS);
  const title = `${pick(random, OPENINGS)} ${topic} ${pick(random, ANGLES)}`;
  const summary = `${forumName} behandler ${topic}${other === topic ? '' : ` og ${other}`}. ${pick(random, SENTENCES)}`;
  const body = [pick(random, SENTENCES), pick(random, SENTENCES), pick(random, SENTENCES)].join(
    ' ',
  );
  return { title: title.charAt(0).toUpperCase() + title.slice(1), summary, body };
}

export const recommendationText = (random: Random): string => pick(random, RECOMMENDATIONS);
export const decisionText = (random: Random): string => pick(random, DECISIONS);
export const closedReason = (random: Random): string => pick(random, CLOSED_REASONS);
export { STANDING_ITEMS };

/** Theme groups of a regional collaboration (generic names, not real bodies). */
export const THEME_GROUPS: readonly string[] = [
  'Psykiatri og misbrug',
  'Ældre, demens og det nære sundhedsvæsen',
  'Børn, unge og familier',
  'Forebyggelse og sundhedsfremme',
  'Genoptræning og rehabilitering',
  'Digitalisering og data',
  'Kronisk sygdom og forløbsprogrammer',
  'Akutområdet',
  'Medicin og farmaci',
  'Almen praksis og praksisplan',
  'Sundheds-IT og telemedicin',
  'Lighed i sundhed',
  'Kvalitet og patientsikkerhed',
  'Uddannelse og rekruttering',
];

/** Working groups of a cluster (generic names). */
export const CLUSTER_GROUPS: readonly string[] = [
  'Arbejdsgruppe om udskrivning',
  'Arbejdsgruppe om kronisk sygdom',
  'Arbejdsgruppe om psykiatri',
  'Arbejdsgruppe om ældre',
  'Arbejdsgruppe om børn og unge',
];
