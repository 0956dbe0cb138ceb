/** Notification e-mails: a link and the meeting's facts, in Danish or English, nothing more. */
import { describe, expect, it } from 'vitest';
import { composeMessage } from './notifications.compose';

const meeting = {
  title: 'Møde i SSU',
  startsAt: new Date('2027-03-04T09:00:00Z'),
  endsAt: new Date('2027-03-04T11:00:00Z'),
};
const MEETING_ID = '6f1c8d2e-0000-4000-8000-000000000001';

describe('composeMessage', () => {
  it('words a published agenda in Danish with an absolute link', () => {
    const m = composeMessage(
      { key: 'audit:1', kind: 'agendaPublished', meetingId: MEETING_ID },
      { forum: 'Sundhedssamarbejdsudvalget', meeting, path: `/meetings/${MEETING_ID}/agenda` },
      'da',
      'https://samspil.example.dk/',
    );
    expect(m.subject).toBe('Dagsorden udsendt: Sundhedssamarbejdsudvalget, 4. marts 2027');
    expect(m.link).toBe(`https://samspil.example.dk/meetings/${MEETING_ID}/agenda`);
    expect(m.body.split('\n')).toEqual([
      'Dagsordenen til mødet "Møde i SSU" i Sundhedssamarbejdsudvalget torsdag den 4. marts 2027 kl. 10.00–12.00 er udsendt.',
      '',
      'Se dagsordenen i Samspil:',
      m.link,
      '',
      '-- ',
      expect.stringContaining('Indholdet vises kun i Samspil'),
    ]);
  });

  it('words a decided case in English without the case’s title', () => {
    const m = composeMessage(
      { key: 'case-event:x:3', kind: 'caseDecided', caseId: MEETING_ID, forumId: 'f' },
      { forum: null, meeting: null, path: `/cases/${MEETING_ID}` },
      'en',
      'https://samspil.example.dk',
    );
    expect(m.subject).toBe('Final decision on a case from a forum');
    expect(m.body).toContain(`https://samspil.example.dk/cases/${MEETING_ID}`);
  });
});
