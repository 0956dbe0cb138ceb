/**
 * KL's baseline questionnaire (issue 14 point 3): a TEMPLATE for the baseline step of KL's dated
 * process (seed 003, "baselinedata fra KLs spørgeskema", used at the administrative dialogue
 * meeting, step `administrativt-dialogmoede` of the process template
 * `seed-003-det-naere-sundhedsvaesen`). The seed does not list KL's questions: this set is
 * written from the seed's three focus areas and is meant to be adapted before it is sent.
 */
import type { Section } from '../../shared/questionnaires.contract';

export const KL_BASELINE_PROCESS_TEMPLATE = 'seed-003-det-naere-sundhedsvaesen';
export const KL_BASELINE_STEP = 'administrativt-dialogmoede';
export const KL_BASELINE_TITLE =
  'Baseline: Det nære sundhedsvæsen (KL) – SKABELON, tilpas før udsendelse';
export const KL_BASELINE_INTRO =
  'Skabelon til baselinedata for KLs fokusområder: forebyggelse af indlæggelser og sygepleje, ' +
  'indsatsen mod kroniske sygdomme og rehabilitering samt styring og opfølgning. ' +
  'Spørgsmålene er et forslag – tilpas dem, før skemaet sendes til kommunerne.';

const q = (
  id: string,
  kind: Section['questions'][number]['kind'],
  text: string,
  extra: Partial<Section['questions'][number]> = {},
): Section['questions'][number] => ({
  id,
  kind,
  text,
  help: '',
  required: false,
  options: [],
  min: null,
  max: null,
  minLabel: '',
  maxLabel: '',
  unit: '',
  ...extra,
});

const STATUS = [
  'Ikke påbegyndt',
  'Under planlægning',
  'Delvist implementeret',
  'Fuldt implementeret',
];

/** The template's sections (fresh copies each call). */
export function klBaselineSections(): Section[] {
  return [
    {
      id: 'forebyggelse',
      title: 'Forebyggelse af indlæggelser og sygepleje',
      questions: [
        q('akutpladser', 'number', 'Antal kommunale akutpladser (midlertidige døgnpladser)', {
          min: 0,
          unit: 'pladser',
          required: true,
        }),
        q('akutteam', 'single', 'Har kommunen et akutteam i sygeplejen?', {
          options: ['Ja, døgnet rundt', 'Ja, dele af døgnet', 'Nej'],
          required: true,
        }),
        q('opfoelgning', 'single', 'Opfølgende hjemmebesøg efter udskrivelse', {
          options: STATUS,
        }),
        q(
          'sygepleje-kompetence',
          'scale',
          'Hvor godt er sygeplejen rustet til mere komplekse opgaver?',
          {
            min: 1,
            max: 5,
            minLabel: 'Meget dårligt',
            maxLabel: 'Meget godt',
          },
        ),
      ],
    },
    {
      id: 'kronikere',
      title: 'Kroniske sygdomme og rehabilitering',
      questions: [
        q('forloebsprogrammer', 'multiple', 'Hvilke forløbsprogrammer tilbyder kommunen?', {
          options: ['KOL', 'Type 2-diabetes', 'Hjerte-kar-sygdom', 'Lænderyg', 'Kræft', 'Demens'],
        }),
        q('rehab-borgere', 'number', 'Antal borgere i rehabiliteringsforløb det seneste år', {
          min: 0,
          unit: 'borgere',
        }),
        q('rehab-status', 'single', 'Rehabilitering før hjemmehjælp (hverdagsrehabilitering)', {
          options: STATUS,
          required: true,
        }),
      ],
    },
    {
      id: 'styring',
      title: 'Styring og opfølgning',
      questions: [
        q('data', 'scale', 'I hvilken grad følger kommunen op på indsatsen med data?', {
          min: 1,
          max: 5,
          minLabel: 'Slet ikke',
          maxLabel: 'I meget høj grad',
          required: true,
        }),
        q(
          'maalsaetning-dato',
          'date',
          'Hvornår blev kommunens seneste sundhedspolitiske mål vedtaget?',
        ),
        q('prioriteringer', 'text', 'Kommunens vigtigste prioriteringer inden for fokusområderne'),
      ],
    },
  ];
}
