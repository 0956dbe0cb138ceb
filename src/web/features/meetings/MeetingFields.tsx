import { useTranslation } from 'react-i18next';
import { MEETING_KINDS } from '../../../shared/meetings.enums';
import { Select, TextArea, TextField } from '../../ui/index';
import { Checkbox } from './Checkbox';
import { ForumSelect } from './ForumSelect';
import type { DraftError, DraftField, MeetingDraft } from './meeting-draft';
import type { ForumDirectory } from './org-lookup.api';
import { MeetingTimeFields } from './MeetingTimeFields';

/** Props of {@link MeetingFields}. */
export interface MeetingFieldsProps {
  draft: MeetingDraft;
  onChange: (draft: MeetingDraft) => void;
  directory: ForumDirectory | undefined;
  /** The day the directory's fora are valid on (the meeting's day, else today). */
  directoryDate?: string;
  /** An existing meeting cannot change forum. */
  forumLocked: boolean;
  errors: Partial<Record<DraftField, DraftError>>;
  /** The server's error for a request field, e.g. `onlineUrl`. */
  serverError: (path: string) => string | undefined;
}

/** The fields of the meeting form (no buttons). */
export function MeetingFields({
  draft,
  onChange,
  directory,
  directoryDate,
  forumLocked,
  errors,
  serverError,
}: MeetingFieldsProps) {
  const { t } = useTranslation('meetings');
  const set = <K extends keyof MeetingDraft>(key: K, value: MeetingDraft[K]) =>
    onChange({ ...draft, [key]: value });
  const err = (field: DraftField, path: string = field) => {
    const code = errors[field];
    return code ? t(`form.errors.${code}`) : serverError(path);
  };
  const defaultTitle = (forumId: string) => {
    const forum = directory?.byId.get(forumId);
    return forum ? t('form.defaultTitle', { forum: forum.shortName ?? forum.name }) : '';
  };
  const onForum = (forumId: string) => {
    const untouched = !draft.title.trim() || draft.title === defaultTitle(draft.forumId);
    onChange({ ...draft, forumId, title: untouched ? defaultTitle(forumId) : draft.title });
  };

  return (
    <>
      <ForumSelect
        label={t('form.forum')}
        directory={directory}
        date={directoryDate}
        value={draft.forumId}
        onChange={onForum}
        emptyOption={t('form.chooseForum')}
        disabled={forumLocked}
        hint={forumLocked ? t('form.forumLocked') : undefined}
        required
        error={err('forumId')}
      />
      <TextField
        label={t('form.title')}
        value={draft.title}
        onChange={(e) => set('title', e.target.value)}
        required
        maxLength={300}
        error={err('title')}
      />
      <MeetingTimeFields
        draft={draft}
        set={set}
        errors={{
          date: err('date', 'startsAt'),
          start: err('start', 'startsAt'),
          end: err('end', 'endsAt'),
        }}
      />
      <div className="form-grid">
        <TextField
          label={t('form.location')}
          value={draft.location}
          onChange={(e) => set('location', e.target.value)}
          maxLength={500}
          error={serverError('location')}
        />
        <TextField
          label={t('form.onlineUrl')}
          type="url"
          hint={t('form.onlineUrlHint')}
          value={draft.onlineUrl}
          onChange={(e) => set('onlineUrl', e.target.value)}
          error={err('onlineUrl')}
        />
        <Select
          label={t('form.kind')}
          value={draft.kind}
          onChange={(e) => set('kind', e.target.value as MeetingDraft['kind'])}
          options={MEETING_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
        />
      </div>
      <Checkbox
        label={t('form.widenedCircle')}
        hint={t('form.widenedCircleHint')}
        checked={draft.widenedCircle}
        onChange={(e) => set('widenedCircle', e.target.checked)}
      />
      {draft.widenedCircle ? (
        <TextArea
          label={t('form.widenedCircleNote')}
          value={draft.widenedCircleNote}
          onChange={(e) => set('widenedCircleNote', e.target.value)}
          maxLength={2000}
          rows={2}
        />
      ) : null}
      {forumLocked ? (
        <TextField
          label={t('form.agendaDeadline')}
          type="date"
          hint={t('form.agendaDeadlineHint')}
          value={draft.agendaDeadline}
          onChange={(e) => set('agendaDeadline', e.target.value)}
          error={serverError('agendaDeadline')}
        />
      ) : null}
    </>
  );
}
