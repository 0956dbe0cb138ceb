/**
 * The words of the ordering warnings for issue 11's December 2026 (KKR 18 Dec, SSU 21 Dec, the
 * executive committee's pre-meeting 9 Dec, Samarbejdsforum 23 Nov): the window named is the one
 * checked, a KKR meeting before it is said to belong to the previous SSU meeting, and without
 * a suggestion the text says where Samspil looked and what to plan first.
 */
import { describe, expect, it } from 'vitest';
import {
  checkMeeting,
  groupMeetingsByForum,
  type OrderingRule,
} from '../../../domain/meetings/index';
import { presentWarnings } from './scheduling';

const rules: OrderingRule[] = [
  { id: 'after', kind: 'after', forumId: 'ssu', dependsOnForumId: 'kkr', minDaysBetween: 1 },
  {
    id: 'pre',
    kind: 'preMeeting',
    forumId: 'ssu',
    dependsOnForumId: 'fu',
    minDaysBetween: 0,
    maxDaysBetween: 14,
  },
  {
    id: 'prep',
    kind: 'prepares',
    forumId: 'ssu',
    dependsOnForumId: 'sf',
    minDaysBetween: 7,
    maxDaysBetween: 42,
  },
];
const byForum = groupMeetingsByForum([
  { id: 'sf1', forumId: 'sf', date: '2026-11-23' },
  { id: 'fu2', forumId: 'fu', date: '2026-12-09' },
  { id: 'kkr2', forumId: 'kkr', date: '2026-12-18' },
  { id: 'ssu2', forumId: 'ssu', date: '2026-12-21' },
]);
const names = new Map([
  ['ssu', 'SSU'],
  ['kkr', 'KKR Syddanmark'],
  ['fu', 'Forretningsudvalget'],
  ['sf', 'Samarbejdsforum'],
]);

function present(date: string) {
  const found = checkMeeting({ forumId: 'ssu', date }, rules, byForum).map((warning) => ({
    meetingId: null,
    warning,
  }));
  return presentWarnings(found, names);
}

describe('ordering warning texts (issue 11)', () => {
  it('22 December: the KKR meeting of 18 December belongs to the SSU meeting of 21 December', () => {
    const [after] = present('2026-12-22');
    expect(after?.message.da).toBe(
      'SSU holder møde 22. december 2026, men har allerede et møde 21. december 2026. Hvert møde i SSU skal have sit eget møde i KKR Syddanmark mindst 1 dag(e) før, og der er ikke plads til et nyt møde i KKR Syddanmark mellem de to møder. Mødet i KKR Syddanmark 18. december 2026 hører til det forrige møde i SSU 21. december 2026.',
    );
    expect(after?.suggestedDate).toBeNull();
    expect(after?.noSuggestion?.da).toBe(
      'Samspil har ledt fra 22. december 2026 til 23. december 2027 uden at finde en arbejdsdag, hvor reglerne er opfyldt. Ingen dag i perioden opfylder reglen om KKR Syddanmark: planlæg først et nyt møde i KKR Syddanmark efter 21. december 2026, og læg så mødet i SSU mindst 1 dag(e) efter det. Du kan også vælge en anden dato selv eller gemme alligevel.',
    );
  });

  it('29 December: both ends of each window, and what to plan first', () => {
    const warnings = present('2026-12-29');
    const text = (id: string) => warnings.find((w) => w.ruleId === id)?.message.da;
    expect(text('after')).toBe(
      'SSU holder møde 29. december 2026, men KKR Syddanmark har intet møde efter det forrige møde i SSU 21. december 2026 og senest 28. december 2026 (mindst 1 dag(e) før mødet). SSU skal mødes efter KKR Syddanmark. Mødet i KKR Syddanmark 18. december 2026 hører til det forrige møde i SSU 21. december 2026.',
    );
    expect(text('pre')).toBe(
      'Mødet i SSU 29. december 2026 har intet formøde i Forretningsudvalget mellem 15. december 2026 og 29. december 2026 (højst 14 dage før mødet eller samme dag). Mødet i Forretningsudvalget 9. december 2026 ligger for tidligt.',
    );
    const why = warnings[0]?.noSuggestion?.da ?? '';
    expect(why).toContain(
      'planlæg først et møde i KKR Syddanmark efter det forrige møde i SSU 21. december 2026 og senest 28. december 2026',
    );
    expect(why).toContain(
      'planlæg først et møde i Forretningsudvalget mellem 15. december 2026 og 29. december 2026',
    );
  });

  it('never shows an internal key, a forum id or an ISO date in Danish or English', () => {
    for (const date of ['2026-12-22', '2026-12-29', '2026-12-24', '2026-12-19']) {
      for (const w of present(date)) {
        for (const text of [w.message.da, w.message.en, w.noSuggestion?.da, w.noSuggestion?.en]) {
          expect(text ?? '').not.toMatch(/ordering\.|calendar\.|\{\{|\d{4}-\d{2}-\d{2}/);
        }
      }
    }
  });
});
