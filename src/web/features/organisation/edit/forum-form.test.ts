import { describe, expect, it } from 'vitest';
import type { ForumView } from '../../../../shared/organisation.contract';
import { fieldsOfForum, forumChanges } from './forum-form';

const forum: ForumView = {
  id: 'v1',
  entityId: 'f1',
  key: 'ssu',
  validFrom: '2022-07-01',
  validTo: null,
  name: 'Sundhedssamarbejdsudvalget',
  shortName: 'SSU',
  level: 'regional',
  kind: 'political',
  scope: 'crossSector',
  clusterId: null,
  ownerPartyId: null,
  reportsToForumId: null,
  cadence: { min: 4, max: 5 },
  secretariat: null,
  charter: 'Udvalget drøfter forhold\npå tværs.\n',
  mustTasks: ['Udarbejde sundhedsaftalen'],
  mayTasks: [],
  decisionCompetence: null,
  agendaDeadlineWorkingDays: null,
  successorForumIds: [],
  verification: null,
};

describe('edit-forum form', () => {
  it('sends nothing when nothing changed (whitespace in stored texts included)', () => {
    expect(forumChanges(forum, fieldsOfForum(forum))).toBeNull();
  });

  it('sends only the changed attributes', () => {
    const fields = { ...fieldsOfForum(forum), cadenceMax: '', mayTasks: 'Høre\n\n Dele viden ' };
    expect(forumChanges(forum, fields)).toEqual({
      cadence: { min: 4, max: null },
      mayTasks: ['Høre', 'Dele viden'],
    });
  });

  it('refuses a cadence that makes no sense', () => {
    expect(forumChanges(forum, { ...fieldsOfForum(forum), cadenceMin: '6' })).toBe(
      'invalidCadence',
    );
    expect(forumChanges(forum, { ...fieldsOfForum(forum), cadenceMin: '' })).toBe('invalidCadence');
    expect(forumChanges(forum, { ...fieldsOfForum(forum), cadenceMin: 'fire' })).toBe(
      'invalidCadence',
    );
  });

  it('builds a secretariat from the party lists and note', () => {
    const fields = { ...fieldsOfForum(forum), servedBy: ['p1'], secretariatNote: ' Skiftes ' };
    expect(forumChanges(forum, fields)).toEqual({
      secretariat: { servedBy: ['p1'], paidBy: [], note: 'Skiftes' },
    });
  });
});
