/** A meeting of a forum and one of its agenda items (adopting a plan, linking an initiative). */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays } from '../../../../shared/dates';
import { languageOf } from '../../../app/i18n';
import { formatDate } from '../../../format';
import { LoadingBlock, Select } from '../../../ui/index';
import { useAgenda } from '../../agendas/agendas.api';
import { useForumMeetings } from '../../meetings/meetings.api';

/**
 * A meeting of a forum and one of its agenda items (for adopting a plan and for links). The
 * meetings from a year before `from` on are offered.
 */
export function AgendaItemPicker({
  forumId,
  from,
  value,
  onChange,
  error,
}: {
  forumId: string | null;
  from: string;
  value: string;
  onChange: (agendaItemId: string) => void;
  error?: string | undefined;
}) {
  const { t, i18n } = useTranslation('plansEdit');
  const language = languageOf(i18n);
  const [meetingId, setMeetingId] = useState('');
  const meetings = useForumMeetings(forumId, addDays(from, -365));
  const agenda = useAgenda(meetingId);
  if (meetings.isPending && forumId) return <LoadingBlock label={t('fields.meeting')} />;
  const list = meetings.data?.items ?? [];
  if (list.length === 0) return <p className="muted">{t('plan.noMeetings')}</p>;
  const items = meetingId ? (agenda.data?.items ?? []) : [];
  return (
    <>
      <Select
        label={t('fields.meeting')}
        emptyOption={t('fields.chooseMeeting')}
        value={meetingId}
        options={list.map((m) => ({
          value: m.id,
          label: `${formatDate(m.date, language)}: ${m.title}`,
        }))}
        onChange={(e) => {
          setMeetingId(e.target.value);
          onChange('');
        }}
      />
      {meetingId && agenda.isPending ? <LoadingBlock label={t('fields.agendaItem')} /> : null}
      {meetingId && agenda.data && items.length === 0 ? (
        <p className="muted">{t('plan.noItems')}</p>
      ) : null}
      <Select
        label={t('fields.agendaItem')}
        emptyOption={t('fields.chooseItem')}
        value={value}
        disabled={items.length === 0}
        options={items.flatMap((item) =>
          'title' in item ? [{ value: item.id, label: `${item.number}. ${item.title}` }] : [],
        )}
        onChange={(e) => onChange(e.target.value)}
        error={error}
        required
      />
    </>
  );
}
