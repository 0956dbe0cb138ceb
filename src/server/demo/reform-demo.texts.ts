/**
 * The Danish texts of the demo after the 2027 reform: the free items of the health councils' and
 * KKR's meetings, the recommendations and decisions on the cases the reform carried over, and a
 * case the council raises itself. Everything is fictional; the subjects are the ones the reform
 * notes name (local health plans, the investment fund for local health services).
 */
import type { DemoCase } from './meetings-demo.texts';
import type { FreeItem } from './meetings-demo.texts';

export const COUNCIL_ITEMS = {
  agenda: {
    title: 'Godkendelse af dagsorden',
    body: '',
    type: 'decision',
    decision: 'Dagsordenen blev godkendt.',
  },
  councilsStarted: {
    title: 'Orientering om sundhedsrådenes første møder',
    body:
      'De fire syddanske sundhedsråd har holdt deres første møder. KKR drøfter, hvordan ' +
      'kommunerne koordinerer deres repræsentanters linje på tværs af rådene.',
    type: 'information',
  },
  nearHealthPlan: {
    title: 'Proces for rådets nærsundhedsplan',
    body:
      'Sekretariatet fremlægger et udkast til proces og tidsplan for arbejdet med rådets ' +
      'nærsundhedsplan, herunder inddragelse af kommunerne og almen praksis.',
    type: 'discussion',
  },
  mandate: {
    title: 'Fælleskommunal linje til sundhedsrådenes møder',
    body: 'KKR drøfter kommunernes fælles holdning til punkterne på de kommende rådsmøder.',
    type: 'discussion',
  },
} satisfies Record<string, FreeItem>;

/** Recommendations and decisions on the carried-over cases in the councils, by forum key. */
export const COUNCIL_STEP_TEXTS: Record<
  string,
  Record<string, { recommendation?: string; decision?: string }>
> = {
  akutteamFyn: {
    'sundhedsraad-fyn': {
      recommendation:
        'Det indstilles, at sundhedsrådet viderefører sagen fra Sundhedsklynge Fyn og godkender ' +
        'udbredelsen af akutteam-modellen i rådets område.',
      decision: 'Sundhedsrådet godkendte udbredelsen af akutteam-modellen.',
    },
  },
  akutteamSyd: {
    'sundhedsraad-sonderjylland': {
      recommendation:
        'Det indstilles, at sundhedsrådet viderefører sagen fra Sundhedsklynge Sønderjylland.',
      decision: 'Sundhedsrådet tiltrådte modellen for Sønderjylland.',
    },
  },
  newCase: {
    'sundhedsraad-fyn': {
      recommendation:
        'Det indstilles, at rådet godkender forslaget og sender det til KKR Syddanmark til orientering.',
      decision: 'Rådet godkendte forslaget og sendte det videre til KKR Syddanmark.',
    },
  },
};

/** The case Sundhedsråd Fyn raises itself after the reform. */
export const NEW_COUNCIL_CASE: Omit<DemoCase, 'raisedIn' | 'route'> = {
  title: 'Investeringer i nære sundhedsindsatser på Fyn',
  summary:
    'Rådet foreslår, hvordan dets andel af investeringsmidlerne til nære sundhedsindsatser ' +
    'fordeles mellem akutpladser, hjemmebehandling og forebyggelse.',
  body:
    'Baggrund: Sundhedsrådene skal prioritere midler til nære sundhedsindsatser. Forslaget ' +
    'bygger på de fynske kommuners erfaringer med akutteams og sundhedscentre.',
  type: 'decision',
  flags: ['crossCutting'],
};
