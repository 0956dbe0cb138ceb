/**
 * The demo's fictional implementation plan, pure (issue 9 item 9): its goal hierarchy, 24
 * initiatives across the four levels, the reporting calendar relative to the demo day (three
 * closed rounds and one open), and degrees of implementation that evolve plausibly from round to
 * round. Everything is generated deterministically from a seeded generator, so the demo is the
 * same on every start for the same day. No figure here describes a real municipality.
 */
import { addDays, type IsoDate } from '../../shared/dates';
import type {
  ClusterPriority,
  InitiativeLevel,
  MilestoneStatus,
  YearPriority,
} from '../../shared/plans.enums';
import type { DegreeStep } from '../modules/plans/plans.table';

/** The plan's handle within its collaboration (plans as code). */
export const DEMO_PLAN_KEY = 'fiktiv-demoplan';
/** Every demo plan's title starts with this marker. */
export const FICTIONAL_PREFIX = 'Fiktivt eksempel:';

/** The default scale with scores for rollups ("ikke relevant" is not counted). */
export const DEMO_DEGREE_SCALE: DegreeStep[] = [
  { key: 'notRelevant', label: null, score: null },
  { key: 'notStarted', label: null, score: 0 },
  { key: 'planned', label: null, score: 20 },
  { key: 'inProgress', label: null, score: 50 },
  { key: 'partly', label: null, score: 75 },
  { key: 'full', label: null, score: 100 },
];
const KEYS = DEMO_DEGREE_SCALE.map((s) => s.key);

/** A goal of the hierarchy: `parent` is the parent's code. */
export interface DemoGoal {
  code: string;
  parent: string | null;
  level: 'vision' | 'goal' | 'subGoal';
  title: string;
}

export const DEMO_GOALS: readonly DemoGoal[] = [
  {
    code: 'V',
    parent: null,
    level: 'vision',
    title: 'Flere borgere får sammenhængende forløb tæt på hjemmet',
  },
  { code: '1', parent: 'V', level: 'goal', title: 'Mere nære sundhedstilbud' },
  { code: '1.1', parent: '1', level: 'subGoal', title: 'Færre forebyggelige indlæggelser' },
  { code: '1.2', parent: '1', level: 'subGoal', title: 'Styrket akut indsats i eget hjem' },
  { code: '2', parent: 'V', level: 'goal', title: 'Lighed i sundhed' },
  { code: '2.1', parent: '2', level: 'subGoal', title: 'Målrettet forebyggelse' },
  { code: '2.2', parent: '2', level: 'subGoal', title: 'Borgere med psykisk sygdom' },
  { code: '3', parent: 'V', level: 'goal', title: 'Sammenhæng og samarbejde' },
  { code: '3.1', parent: '3', level: 'subGoal', title: 'Digital kommunikation' },
  { code: '3.2', parent: '3', level: 'subGoal', title: 'Fælles kompetenceudvikling' },
];

/** An initiative: its number, goal code, level and title. */
export interface DemoInitiative {
  number: string;
  goal: string;
  level: InitiativeLevel;
  title: string;
  payer: string;
}

const I = (
  number: string,
  goal: string,
  level: InitiativeLevel,
  title: string,
  payer = '',
): DemoInitiative => ({ number, goal, level, title, payer });

export const DEMO_INITIATIVES: readonly DemoInitiative[] = [
  I('1', '1.1', 'municipality', 'Opfølgende hjemmebesøg efter udskrivelse', 'kommunerne'),
  I('2', '1.1', 'municipality', 'Tidlig opsporing af forværring hos ældre', 'kommunerne'),
  I('3', '1.1', 'cluster', 'Fælles udskrivningskoordinatorer i klyngen'),
  I('4', '1.1', 'region', 'Telemedicinsk opfølgning på KOL', 'regionen'),
  I('5', '1.2', 'municipality', 'Akutfunktion i hjemmeplejen døgnet rundt', 'kommunerne'),
  I('6', '1.2', 'municipality', 'Adgang til akutpladser i kommunen', 'kommunerne'),
  I('7', '1.2', 'joint', 'Fælles akutberedskab for borgere i eget hjem'),
  I('8', '1.2', 'cluster', 'Klyngens aftale om akutteam og sygehus'),
  I('9', '2.1', 'municipality', 'Rygestoptilbud til borgere med kort uddannelse', 'kommunerne'),
  I('10', '2.1', 'municipality', 'Sundhedstjek for socialt udsatte', 'kommunerne'),
  I('11', '2.1', 'municipality', 'Forebyggende samtaler med ældre', 'kommunerne'),
  I('12', '2.1', 'region', 'Opsøgende sundhedsindsats i almen praksis', 'regionen'),
  I('13', '2.2', 'municipality', 'Samlet plan for borgere med psykisk sygdom og misbrug'),
  I('14', '2.2', 'municipality', 'Tilbud om fysisk træning i socialpsykiatrien', 'kommunerne'),
  I('15', '2.2', 'cluster', 'Fælles indgang til børne- og ungdomspsykiatrien'),
  I('16', '2.2', 'joint', 'Tværsektoriel aftale om dobbeltdiagnoser'),
  I('17', '3.1', 'municipality', 'Elektroniske plejeforløbsplaner i brug', 'kommunerne'),
  I('18', '3.1', 'municipality', 'Fælles medicinkort opdateret ved overgange', 'kommunerne'),
  I('19', '3.1', 'region', 'Deling af data om genindlæggelser', 'regionen'),
  I('20', '3.1', 'municipality', 'Videokonsultation mellem hjemmepleje og læge'),
  I('21', '3.2', 'municipality', 'Uddannelse af sygeplejersker i akutfunktioner', 'kommunerne'),
  I('22', '3.2', 'cluster', 'Klyngens fælles læringsnetværk'),
  I('23', '3.2', 'joint', 'Fælles introduktion for nye medarbejdere på tværs af sektorer'),
  I('24', '3.2', 'municipality', 'Praksiskonsulenter i kommunale enheder'),
];

/** A seeded generator (mulberry32): the same seed gives the same sequence. */
export function seeded(seed: string): () => number {
  let h = 1779033703 ^ seed.length;
  for (let i = 0; i < seed.length; i++) {
    h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One round of the demo calendar. */
export interface DemoRound {
  title: string;
  opensOn: IsoDate;
  deadline: IsoDate;
  closedOn: IsoDate | null;
}

const QUARTER_DAYS = 91;
/** How many rounds the demo has: three closed and the open one (last). */
export const DEMO_ROUND_COUNT = 4;

/**
 * The reporting calendar around `today`: a round every quarter, the last one opened ten days ago
 * with its deadline in three weeks; the earlier ones closed two days after their deadline.
 */
export function demoRounds(today: IsoDate): DemoRound[] {
  const rounds: DemoRound[] = [];
  for (let back = DEMO_ROUND_COUNT - 1; back >= 0; back--) {
    const opensOn = addDays(today, -10 - back * QUARTER_DAYS);
    const deadline = addDays(opensOn, 31);
    const n = DEMO_ROUND_COUNT - back;
    rounds.push({
      title: `Fiktivt eksempel: Indberetning ${n} (${opensOn.slice(0, 7)})`,
      opensOn,
      deadline,
      closedOn: back === 0 ? null : addDays(deadline, 2),
    });
  }
  return rounds;
}

/** The first day of the plan's period: 1 January of the first round's year. */
export function demoPeriodFrom(today: IsoDate): IsoDate {
  return `${demoRounds(today)[0]?.opensOn.slice(0, 4) ?? today.slice(0, 4)}-01-01`;
}

/**
 * The degrees of one (initiative, subject) over the rounds: mostly rising one step now and then,
 * a few "ikke relevant" throughout. `rounds` values, one per round (the open round's value is
 * what an answering party reports).
 */
export function degreePath(seed: string, rounds: number): string[] {
  const next = seeded(seed);
  if (next() < 0.06) return Array.from({ length: rounds }, () => 'notRelevant');
  let step = 1 + Math.floor(next() * 3); // notStarted, planned or inProgress
  const pace = next();
  const path: string[] = [];
  for (let r = 0; r < rounds; r++) {
    if (r > 0 && next() < pace * 0.8) step = Math.min(KEYS.length - 1, step + 1);
    path.push(KEYS[step] ?? 'notStarted');
  }
  return path;
}

/** Whether a party answered a closed round (everyone answers the first one). */
export function answeredClosed(seed: string, roundIndex: number): boolean {
  return roundIndex === 0 || seeded(`${seed}:answer:${roundIndex}`)() < 0.8;
}

/** Whether a party has already answered the open round (about a third have). */
export function answeredOpen(seed: string): boolean {
  return seeded(`${seed}:open`)() < 0.35;
}

/** A cluster's priority of an initiative. */
export function clusterPriority(seed: string): ClusterPriority {
  const x = seeded(seed)();
  return x < 0.55 ? 'now' : x < 0.85 ? 'later' : 'notRelevant';
}

/** Year priorities for the plan's years. */
export function yearPriorities(
  seed: string,
  fromYear: number,
): { year: number; priority: YearPriority }[] {
  const next = seeded(seed);
  const order: YearPriority[] = ['high', 'medium', 'low'];
  return [0, 1, 2].map((i) => ({
    year: fromYear + i,
    priority: order[Math.floor(next() * 3)] ?? 'medium',
  }));
}

/** An initiative's milestones: one done in the past, one due around today, one ahead. */
export function demoMilestones(
  number: string,
  today: IsoDate,
): { title: string; dueDate: IsoDate; status: MilestoneStatus; completedOn: IsoDate | null }[] {
  const shift = Number.parseInt(number, 10) * 3;
  return [
    {
      title: 'Projektbeskrivelse godkendt',
      dueDate: addDays(today, -200 + shift),
      status: 'done',
      completedOn: addDays(today, -205 + shift),
    },
    {
      title: 'Afprøvning i første kommuner',
      dueDate: addDays(today, -20 + shift),
      status: shift < 20 ? 'done' : 'inProgress',
      completedOn: shift < 20 ? addDays(today, -22 + shift) : null,
    },
    {
      title: 'Udbredt i hele området',
      dueDate: addDays(today, 240 + shift),
      status: 'notStarted',
      completedOn: null,
    },
  ];
}

/** The demo's one indicator: clearly invented figures, never presented as real data. */
export const DEMO_INDICATOR = {
  key: 'fiktiv-genindlaeggelser',
  name: 'Fiktivt eksempel: Genindlæggelser inden for 30 dage pr. 1.000 ældre',
  description:
    'Opdigtede tal til demonstration af grafer. Ikke data fra eSundhed eller nogen anden kilde.',
  unit: 'pr. 1.000',
  direction: 'lowerIsBetter',
  target: '40',
} as const;

/** An invented yearly value for a party (seeded by its name), falling slowly over the years. */
export function demoIndicatorValue(name: string, yearIndex: number): number {
  const next = seeded(`${name}:indicator`);
  const start = 45 + next() * 15;
  const fall = 0.5 + next() * 2;
  return Math.round((start - fall * yearIndex + (next() - 0.5) * 2) * 10) / 10;
}
