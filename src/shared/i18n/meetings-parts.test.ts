import { describe, expect, it } from 'vitest';
import { agendas } from './agendas';
import { agendasPages } from './agendas-pages';
import { cases } from './cases';
import { casesPages } from './cases-pages';
import { casesPassport } from './cases-passport';
import { meetings } from './meetings';
import { meetingsHistory } from './meetings-history';
import { meetingsMeeting } from './meetings-meeting';
import { meetingsPages } from './meetings-pages';
import { meetingsPlanningUi } from './meetings-planning-ui';

type Tree = Record<string, unknown>;
type Part = { da: Tree; en: Tree };

const NAMESPACES: [string, { da: Tree; en: Tree }, Record<string, Part>][] = [
  ['meetings', meetings, { meetingsPages, meetingsMeeting, meetingsPlanningUi, meetingsHistory }],
  ['cases', cases, { casesPages, casesPassport }],
  ['agendas', agendas, { agendasPages }],
];

describe('the meetings, cases and agendas namespaces are assembled from their parts', () => {
  it.each(NAMESPACES)(
    '%s keeps every part whole: no top-level key is taken by another part or the base',
    (_name, namespace, parts) => {
      const seen = new Map<string, string>();
      for (const [partName, part] of Object.entries(parts)) {
        for (const key of Object.keys(part.da)) {
          expect(seen.get(key), `${partName}.${key}`).toBeUndefined();
          seen.set(key, partName);
          for (const lang of ['da', 'en'] as const) {
            expect(namespace[lang][key], `${lang}.${key}`).toEqual(part[lang][key]);
          }
        }
      }
    },
  );
});
