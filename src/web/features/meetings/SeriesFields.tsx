import { useTranslation } from 'react-i18next';
import {
  MEETING_KINDS,
  MEETING_WEEKDAYS,
  type MeetingWeekday,
} from '../../../shared/meetings.enums';
import { Select, TextField } from '../../ui/index';
import { ForumSelect } from './ForumSelect';
import { SeriesCadenceFields } from './SeriesCadenceFields';
import type { ForumDirectory } from './org-lookup.api';
import type { SeriesField, SeriesForm } from './series-form';

/** Props of {@link SeriesFields}. */
export interface SeriesFieldsProps {
  value: SeriesForm;
  onChange: (value: SeriesForm) => void;
  directory: ForumDirectory | undefined;
  /** The day the directory's fora are valid on (the series' first day, else today). */
  directoryDate?: string;
  problems: Partial<Record<SeriesField, string>>;
}

const DURATIONS = [60, 90, 120, 150, 180, 240];

/** The series form's fields: forum, period, weekday and time, cadence, title and place. */
export function SeriesFields({
  value,
  onChange,
  directory,
  directoryDate,
  problems,
}: SeriesFieldsProps) {
  const { t } = useTranslation('meetings');
  const set = <K extends keyof SeriesForm>(key: K, v: SeriesForm[K]) =>
    onChange({ ...value, [key]: v });
  const onForum = (forumId: string) => {
    const forum = directory?.byId.get(forumId);
    const title = value.title.trim()
      ? value.title
      : forum
        ? t('form.defaultTitle', { forum: forum.shortName ?? forum.name })
        : '';
    onChange({ ...value, forumId, title });
  };
  return (
    <>
      <ForumSelect
        label={t('form.forum')}
        directory={directory}
        date={directoryDate}
        value={value.forumId}
        onChange={onForum}
        emptyOption={t('form.chooseForum')}
        required
        error={problems.forumId}
      />
      <div className="form-grid">
        <TextField
          label={t('seriesPage.from')}
          type="date"
          value={value.from}
          onChange={(e) => set('from', e.target.value)}
          error={problems.from}
        />
        <TextField
          label={t('seriesPage.to')}
          type="date"
          value={value.to}
          onChange={(e) => set('to', e.target.value)}
          error={problems.to}
        />
        <Select
          label={t('seriesPage.weekday')}
          value={String(value.weekday)}
          onChange={(e) => set('weekday', Number(e.target.value) as MeetingWeekday)}
          options={MEETING_WEEKDAYS.map((d) => ({
            value: String(d),
            label: t(`seriesPage.weekdays.d${d}`),
          }))}
        />
        <TextField
          label={t('seriesPage.time')}
          type="time"
          value={value.time}
          onChange={(e) => set('time', e.target.value)}
          error={problems.time}
        />
        <Select
          label={t('seriesPage.duration')}
          value={String(value.durationMinutes)}
          onChange={(e) => set('durationMinutes', Number(e.target.value))}
          options={DURATIONS.map((d) => ({
            value: String(d),
            label: t('seriesPage.minutes', { count: d }),
          }))}
        />
      </div>
      <SeriesCadenceFields value={value} onChange={onChange} problems={problems} />
      <div className="form-grid">
        <TextField
          label={t('form.title')}
          value={value.title}
          onChange={(e) => set('title', e.target.value)}
          error={problems.title}
        />
        <TextField
          label={t('form.location')}
          value={value.location}
          onChange={(e) => set('location', e.target.value)}
        />
        <TextField
          label={t('form.onlineUrl')}
          type="url"
          value={value.onlineUrl}
          onChange={(e) => set('onlineUrl', e.target.value)}
        />
        <Select
          label={t('form.kind')}
          value={value.kind}
          onChange={(e) => set('kind', e.target.value as SeriesForm['kind'])}
          options={MEETING_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
        />
      </div>
    </>
  );
}
