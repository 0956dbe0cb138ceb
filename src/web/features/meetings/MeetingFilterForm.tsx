import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Select, TextField } from '../../ui/index';
import { ForumSelect } from './ForumSelect';
import { isPeriodInvalid, type MeetingFilters } from './meeting-filters';
import { useCollaborationList, useForumDirectory } from './org-lookup.api';

/** Props of {@link MeetingFilterForm}. */
export interface MeetingFilterFormProps {
  value: MeetingFilters;
  onApply: (filters: MeetingFilters) => void;
}

/** Collaboration, forum and period; nothing is fetched until "Vis møder". */
export function MeetingFilterForm({ value, onApply }: MeetingFilterFormProps) {
  const { t } = useTranslation('meetings');
  const [draft, setDraft] = useState(value);
  const [shown, setShown] = useState(value);
  const [invalid, setInvalid] = useState(false);
  const collaborations = useCollaborationList();
  const directory = useForumDirectory(draft.collaborationId || undefined);
  if (shown !== value) {
    setShown(value);
    setDraft(value);
  }
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const bad = isPeriodInvalid(draft);
    setInvalid(bad);
    if (!bad) onApply(draft);
  };
  const items = collaborations.data?.items ?? [];
  return (
    <form className="mtg-filters" noValidate onSubmit={onSubmit}>
      <fieldset>
        <legend>{t('list.filters')}</legend>
        <div className="form-grid">
          {items.length > 1 ? (
            <Select
              label={t('list.collaboration')}
              emptyOption={t('list.allCollaborations')}
              value={draft.collaborationId}
              onChange={(e) => setDraft({ ...draft, collaborationId: e.target.value, forumId: '' })}
              options={items.map((c) => ({ value: c.entityId, label: c.name }))}
            />
          ) : null}
          <ForumSelect
            label={t('list.forum')}
            directory={directory.data}
            value={draft.forumId}
            onChange={(forumId) => setDraft({ ...draft, forumId })}
            emptyOption={t('list.allFora')}
          />
          <TextField
            label={t('list.from')}
            type="date"
            value={draft.from}
            onChange={(e) => setDraft({ ...draft, from: e.target.value })}
            error={invalid ? t('list.periodInvalid') : undefined}
          />
          <TextField
            label={t('list.to')}
            type="date"
            value={draft.to}
            onChange={(e) => setDraft({ ...draft, to: e.target.value })}
          />
        </div>
        <div className="button-row mtg-filter-buttons">
          <Button variant="primary" type="submit">
            {t('list.show')}
          </Button>
        </div>
      </fieldset>
    </form>
  );
}
