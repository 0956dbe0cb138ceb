import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useErrorText } from '../../app/errors';
import type { CalendarCheck } from '../../../shared/meetings.contract';
import { Alert, Button } from '../../ui/index';
import type { MeetingFilters } from './meeting-filters';
import { WarningText } from './WarningText';

/**
 * "Tjek rækkefølgen": every meeting of the shown period checked against the ordering rules and
 * the working-day calendar, with suggested dates.
 */
export function CalendarCheckPanel({ filters }: { filters: MeetingFilters }) {
  const { t } = useTranslation('meetings');
  const errorText = useErrorText();
  const check = useMutation({
    mutationFn: () =>
      api.get<CalendarCheck>('/meetings/calendar-check', {
        query: {
          from: filters.from,
          to: filters.to,
          collaborationId: filters.collaborationId,
          forumId: filters.forumId,
        },
      }),
  });
  const result = check.data;
  return (
    <section className="mtg-section" aria-labelledby="mtg-check">
      <h2 id="mtg-check">{t('check.heading')}</h2>
      <p className="muted">{t('check.intro')}</p>
      <Button busy={check.isPending} onClick={() => check.mutate()}>
        {t('check.run')}
      </Button>
      {check.isError ? <Alert tone="error">{errorText(check.error)}</Alert> : null}
      {result && result.warnings.length === 0 ? (
        <Alert tone="success">{t('check.ok', { count: result.checkedMeetings })}</Alert>
      ) : null}
      {result && result.warnings.length > 0 ? (
        <Alert tone="warning" title={t('check.found', { count: result.warnings.length })}>
          <ul className="mtg-warning-list">
            {result.warnings.map((w, i) => (
              <li key={`${w.meetingId ?? ''}-${w.code}-${i}`}>
                <WarningText warning={w} />
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
    </section>
  );
}
