/** Issue 11: which waiting cases the "add a case" offer lists, and what adding each does. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AGENDA_STATUSES } from '../../shared/agendas.enums';
import { STEP_STATUSES } from '../../shared/cases.enums';
import { isOffered, placementOffer } from './placement';

describe('placement offer', () => {
  it.each([
    ['planned', null, 'place'],
    ['onAgenda', { meetingId: 'here', agendaStatus: 'draft' }, 'here'],
    ['onAgenda', { meetingId: 'other', agendaStatus: 'draft' }, 'move'],
    ['recommended', { meetingId: 'other', agendaStatus: 'draft' }, 'move'],
    ['recommended', { meetingId: 'other', agendaStatus: 'inReview' }, 'move'],
    ['onAgenda', { meetingId: 'other', agendaStatus: 'published' }, 'locked'],
    ['decided', { meetingId: 'other', agendaStatus: 'draft' }, 'done'],
    ['withdrawn', null, 'done'],
    ['toNote', null, 'place'],
    ['noted', null, 'done'],
  ] as const)('%s at %j: %s', (status, placement, offer) => {
    expect(placementOffer('here', status, placement)).toBe(offer);
  });

  it('offers exactly the steps that wait and are not on this or a published agenda', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...STEP_STATUSES),
        fc.option(
          fc.record({
            meetingId: fc.constantFrom('here', 'other'),
            agendaStatus: fc.constantFrom(...AGENDA_STATUSES),
          }),
        ),
        (status, placement) => {
          const offered = isOffered(placementOffer('here', status, placement));
          const waits = ['planned', 'onAgenda', 'recommended', 'toNote'].includes(status);
          const free =
            placement === null ||
            (placement.meetingId !== 'here' && placement.agendaStatus !== 'published');
          return offered === (waits && free);
        },
      ),
    );
  });
});
