import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CASE_FLAGS,
  CASE_STATUSES,
  type CaseFlag,
  type CaseStatus,
} from '../../../shared/cases.enums';
import { Button, Select, TextField } from '../../ui/index';
import { ForumSelect } from '../meetings/ForumSelect';
import { useForumDirectory } from '../meetings/org-lookup.api';
import { NO_CASE_FILTERS, type CaseFilterForm as Filters } from './case-filters';

/** Props of {@link CaseFilterForm}. */
export interface CaseFilterFormProps {
  value: Filters;
  onApply: (filters: Filters) => void;
}

/** Text, forum on the route, forum it waits in, status and flag; applied on "Vis sager". */
export function CaseFilterForm({ value, onApply }: CaseFilterFormProps) {
  const { t } = useTranslation('cases');
  const directory = useForumDirectory();
  const [draft, setDraft] = useState(value);
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setDraft(value);
  }
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    onApply({ ...draft, page: 1 });
  };
  return (
    <form className="mtg-filters" noValidate onSubmit={onSubmit}>
      <fieldset>
        <legend>{t('ui.list.filters')}</legend>
        <div className="form-grid">
          <TextField
            label={t('ui.list.q')}
            type="search"
            value={draft.q}
            onChange={(e) => setDraft({ ...draft, q: e.target.value })}
          />
          <ForumSelect
            label={t('ui.list.forum')}
            hint={t('ui.list.forumHint')}
            directory={directory.data}
            value={draft.forumId}
            onChange={(forumId) => setDraft({ ...draft, forumId })}
            emptyOption={t('ui.list.anyForum')}
          />
          <ForumSelect
            label={t('ui.list.currentForum')}
            hint={t('ui.list.currentForumHint')}
            directory={directory.data}
            value={draft.currentForumId}
            onChange={(currentForumId) => setDraft({ ...draft, currentForumId })}
            emptyOption={t('ui.list.anyForum')}
          />
          <Select
            label={t('ui.list.status')}
            emptyOption={t('ui.list.anyStatus')}
            value={draft.status}
            onChange={(e) => setDraft({ ...draft, status: e.target.value as CaseStatus | '' })}
            options={CASE_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
          />
          <Select
            label={t('ui.list.flag')}
            emptyOption={t('ui.list.anyFlag')}
            value={draft.flag}
            onChange={(e) => setDraft({ ...draft, flag: e.target.value as CaseFlag | '' })}
            options={CASE_FLAGS.map((f) => ({ value: f, label: t(`flags.${f}`) }))}
          />
        </div>
        <div className="button-row mtg-filter-buttons">
          <Button variant="primary" type="submit">
            {t('ui.list.show')}
          </Button>
          <Button onClick={() => onApply(NO_CASE_FILTERS)}>{t('ui.list.reset')}</Button>
        </div>
      </fieldset>
    </form>
  );
}
