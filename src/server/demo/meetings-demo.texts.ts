/**
 * The demo's Danish texts: the cases travelling between the South Danish fora and the free
 * agenda items. Everything is fictional; the subjects are the kind the seeds describe (early
 * detection of COPD, spreading the acute-team model, task transfer under the South Danish model).
 */
import type { CaseFlag, CaseType } from '../../shared/cases.enums';

/** The demo's cases. */
export type DemoCaseKey = 'kol' | 'akutteamFyn' | 'akutteamSyd' | 'ivBehandling' | 'udskrivning';

/** A case: where it is raised, the fora it travels (template keys), and its texts. */
export interface DemoCase {
  title: string;
  summary: string;
  body: string;
  type: CaseType;
  flags: CaseFlag[];
  raisedIn: string;
  route: string[];
}

export const DEMO_CASES: Record<DemoCaseKey, DemoCase> = {
  kol: {
    title: 'Fælles indsats for tidlig opsporing af KOL',
    summary:
      'Klyngen foreslår en fælles model, hvor almen praksis, kommunernes sundhedscentre og ' +
      'Odense Universitetshospitals lungemedicinske afdeling opsporer KOL tidligere med ' +
      'spirometri og tilbud om rygestop.',
    body:
      'Baggrund: Mange borgere får først stillet diagnosen KOL ved en akut indlæggelse. ' +
      'Forslaget bygger på erfaringerne fra et toårigt pilotprojekt i to fynske kommuner.\n\n' +
      'Indsatsen omfatter: opsporing i almen praksis ved risikofaktorer, henvisning til ' +
      'kommunal rehabilitering og en fælles forløbsbeskrivelse på tværs af sektorer.',
    type: 'decision',
    flags: ['crossCutting'],
    raisedIn: 'administrativ-fyn',
    route: ['administrativ-fyn', 'politisk-fyn', 'samarbejdsforum', 'ssu'],
  },
  akutteamFyn: {
    title: 'Udbredelse af akutteam-modellen',
    summary:
      'Erfaringerne med kommunale akutteams, der tilser og behandler akut syge borgere ' +
      'sammen med hospitalets læger, ønskes udbredt til alle kommuner på Fyn.',
    body: 'Klyngen ønsker en fælles vurdering af ressourcer, kompetencer, kvalitet og økonomi.',
    type: 'decision',
    flags: [],
    raisedIn: 'administrativ-fyn',
    route: ['administrativ-fyn', 'politisk-fyn'],
  },
  akutteamSyd: {
    title: 'Udbredelse af akutteam-modellen i Sønderjylland',
    summary:
      'Kommunerne i klyngen ønsker at udbrede de kommunale akutteams, der tilser og behandler ' +
      'akut syge borgere sammen med hospitalets læger.',
    body: 'Sagen rejses efter drøftelse i den administrative klynge.',
    type: 'decision',
    flags: [],
    raisedIn: 'administrativ-sonderjylland',
    route: ['administrativ-sonderjylland', 'politisk-sonderjylland'],
  },
  ivBehandling: {
    title: 'Opgaveoverdragelse: intravenøs antibiotikabehandling i eget hjem',
    summary:
      'Hospitalet foreslår, at kommunerne overtager opstart og opfølgning af intravenøs ' +
      'antibiotikabehandling i eget hjem. Sagen behandles efter den syddanske model for aftalt ' +
      'og planlagt opgaveoverdragelse og vil danne præcedens for de andre klynger.',
    body:
      'Vurderingen efter den syddanske model:\n' +
      '- Ressourcer: 2-3 ekstra sygeplejersker pr. kommune.\n' +
      '- Kompetencer: fælles oplæring ved hospitalets infektionsmedicinske afdeling.\n' +
      '- Kvalitet: fælles instruks og audit efter et år.\n' +
      '- Økonomi: finansiering skal afklares, før opgaven overdrages.',
    type: 'decision',
    flags: ['principled', 'precedentSetting'],
    raisedIn: 'politisk-sonderjylland',
    route: ['politisk-sonderjylland', 'kkr', 'ssu'],
  },
  udskrivning: {
    title: 'Fælles retningslinjer for udskrivning af svækkede ældre',
    summary:
      'Forslag til fælles retningslinjer for udskrivning, så kommunen får besked senest dagen ' +
      'før, og borgeren har medicin og hjælpemidler klar ved hjemkomst.',
    body: 'Retningslinjerne er udarbejdet af en arbejdsgruppe med deltagelse fra alle klynger.',
    type: 'decision',
    flags: [],
    raisedIn: 'administrativ-sonderjylland',
    route: ['administrativ-sonderjylland', 'politisk-sonderjylland', 'ssu'],
  },
};

/** A recommendation (indstilling) and the decision at one step. */
export interface StepTexts {
  recommendation: string;
  decision?: string;
}

/** The recommendations and decisions of each case, per forum key. */
export const STEP_TEXTS: Partial<Record<DemoCaseKey, Record<string, StepTexts>>> = {
  kol: {
    'administrativ-fyn': {
      recommendation:
        'Det indstilles, at klyngen anbefaler modellen over for den politiske klynge.',
      decision: 'Den administrative klynge anbefaler modellen og sender sagen videre.',
    },
    'politisk-fyn': {
      recommendation: 'Det indstilles, at klyngen tiltræder modellen og sender den til SSU.',
      decision: 'Klyngen tiltræder modellen. Sagen sendes via Samarbejdsforum til SSU.',
    },
    samarbejdsforum: {
      recommendation: 'Det indstilles, at Samarbejdsforum anbefaler udbredelse til alle klynger.',
      decision: 'Samarbejdsforum anbefaler, at SSU godkender udbredelse til alle fire klynger.',
    },
    ssu: {
      recommendation:
        'Det indstilles, at SSU godkender modellen og beder klyngerne om en plan for udbredelse.',
    },
  },
  ivBehandling: {
    'politisk-sonderjylland': {
      recommendation: 'Det indstilles, at klyngen anbefaler opgaveoverdragelsen over for KKR.',
      decision: 'Klyngen anbefaler opgaveoverdragelsen, når finansieringen er afklaret.',
    },
    kkr: {
      recommendation: 'Det indstilles, at KKR giver de kommunale SSU-medlemmer mandat.',
      decision:
        'KKR Syddanmark giver de kommunale medlemmer af SSU mandat til at godkende ' +
        'opgaveoverdragelsen på betingelse af en aftale om finansiering.',
    },
    ssu: {
      recommendation:
        'Det indstilles, at SSU godkender opgaveoverdragelsen og orienterer de andre klynger.',
    },
  },
  udskrivning: {
    'administrativ-sonderjylland': {
      recommendation: 'Det indstilles, at retningslinjerne sendes til den politiske klynge.',
      decision: 'Retningslinjerne anbefales.',
    },
    'politisk-sonderjylland': {
      recommendation: 'Det indstilles, at klyngen anbefaler retningslinjerne over for SSU.',
      decision: 'Klyngen anbefaler retningslinjerne.',
    },
    ssu: {
      recommendation: 'Det indstilles, at SSU godkender retningslinjerne for hele regionen.',
      decision: 'SSU godkender retningslinjerne. De gælder fra næste kvartal i alle klynger.',
    },
  },
  akutteamFyn: {
    'administrativ-fyn': {
      recommendation: 'Det indstilles, at klyngen drøfter en plan for udbredelse.',
    },
  },
};

/** A free item (no case). */
export interface FreeItem {
  title: string;
  body: string;
  type: CaseType;
  closed?: { reason: string };
  recommendation?: string;
  /** The decision in the minutes (decision items of past meetings). */
  decision?: string;
}

const CLOSED_REASON = 'Offentlighedsloven § 33, nr. 3 (det offentliges økonomiske interesser)';

export const ITEMS = {
  agenda: {
    title: 'Godkendelse af dagsorden',
    body: '',
    type: 'decision',
    decision: 'Dagsordenen blev godkendt.',
  },
  clusters: {
    title: 'Orientering fra klyngerne',
    body: 'Klyngernes medformænd orienterer kort om arbejdet siden sidste møde.',
    type: 'information',
  },
  prepareSsu: {
    title: 'Forberedelse af mødet i Sundhedssamarbejdsudvalget',
    body: 'Drøftelse af kommunernes fælles linje til punkterne på SSU-mødet.',
    type: 'discussion',
  },
  plan: {
    title: 'Status på implementeringsplanen for sundhedsaftalen',
    body: 'Sekretariatet orienterer om fremdriften i de fælles indsatser.',
    type: 'information',
  },
  mandate: {
    title: 'Fælleskommunalt mandat til mødet i Sundhedssamarbejdsudvalget',
    body: 'KKR drøfter kommunernes fælles holdning til punkterne på det kommende SSU-møde.',
    type: 'discussion',
  },
  kolFollowUp: {
    title: 'Opfølgning på KOL-indsatsen',
    body: 'Orientering om sagens videre behandling i Samarbejdsforum og SSU.',
    type: 'information',
  },
  closedPast: {
    title: 'Forhandling med privat leverandør om telemedicinsk hjemmemonitorering',
    body:
      'Drøftelse af forhandlingsrammen for en fælles aftale om hjemmemonitorering af borgere ' +
      'med KOL og hjertesvigt. Punktet er lukket, fordi forhandlingen pågår.',
    type: 'discussion',
    closed: { reason: CLOSED_REASON },
  },
  closedUpcoming: {
    title: 'Forhandlingsoplæg: fælles aftale om telemedicinsk hjemmemonitorering',
    body:
      'Sekretariatet fremlægger forhandlingsoplægget med pris- og volumenrammer for den fælles ' +
      'aftale. Punktet er lukket, fordi forhandlingen pågår.',
    type: 'decision',
    closed: { reason: CLOSED_REASON },
    recommendation: 'Det indstilles, at SSU godkender forhandlingsoplægget.',
  },
} satisfies Record<string, FreeItem>;

/** The decision of a decision item whose meeting was held without a planned text. */
export const FOLLOWED_RECOMMENDATION = 'Indstillingen blev tiltrådt.';

/** The review comment the vice-chair leaves on the SSU's draft agenda. */
export const REVIEW_COMMENT =
  'Kan økonomien i forhandlingsoplægget belyses nærmere, inden dagsordenen udsendes?';
