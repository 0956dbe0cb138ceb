import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../shared/auth.contract';
import { sortDanish } from '../../format';
import { Button, Select, TextField } from '../../ui/index';
import { useAuditLabels } from './audit-labels';
import { isPeriodInvalid, NO_FILTERS, sameFilters, type AuditFilters } from './audit-filters';

/** Props of {@link AuditFilterForm}. */
export interface AuditFilterFormProps {
  /** The filters in effect (from the address); the form starts from them. */
  value: AuditFilters;
  users: readonly User[];
  facets: { actions: string[]; entityTypes: string[] } | undefined;
  onApply: (filters: AuditFilters) => void;
}

/**
 * The filters: person, "vedrører" id, object type, action and period. Nothing happens until
 * "Vis poster", so typing an id does not fire a request per key.
 */
export function AuditFilterForm({ value, users, facets, onApply }: AuditFilterFormProps) {
  const { t } = useTranslation('audit');
  const labels = useAuditLabels();
  const [draft, setDraft] = useState<AuditFilters>(value);
  const [shown, setShown] = useState<AuditFilters>(value);
  const [periodError, setPeriodError] = useState(false);
  // The address changed from outside (Back button, a "Vis alt om …" link): start from it. The
  // form is not remounted, so keyboard focus stays where it was.
  if (!sameFilters(value, shown)) {
    setShown(value);
    setDraft(value);
    setPeriodError(false);
  }

  const set = (key: keyof AuditFilters) => (event: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [key]: event.target.value }));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const invalid = isPeriodInvalid(draft);
    setPeriodError(invalid);
    if (!invalid) onApply(draft);
  };

  const onReset = () => {
    setDraft(NO_FILTERS);
    setPeriodError(false);
    onApply(NO_FILTERS);
  };

  const byLabel = (codes: string[] | undefined, label: (code: string) => string) =>
    sortDanish(
      (codes ?? []).map((code) => ({ value: code, label: label(code) })),
      (o) => o.label,
    );

  return (
    <form className="audit-filters" noValidate onSubmit={onSubmit}>
      <fieldset>
        <legend>{t('filters.legend')}</legend>
        <div className="form-grid">
          <Select
            label={t('filters.person')}
            emptyOption={t('filters.anyPerson')}
            value={draft.actorUserId}
            onChange={set('actorUserId')}
            options={sortDanish(users, (u) => u.name).map((u) => ({
              value: u.id,
              label: `${u.name} (${u.email})`,
            }))}
          />
          <TextField
            label={t('filters.relatedTo')}
            hint={t('filters.relatedToHint')}
            value={draft.relatedTo}
            onChange={set('relatedTo')}
            spellCheck={false}
            autoComplete="off"
          />
          <Select
            label={t('filters.entityType')}
            emptyOption={t('filters.anyEntityType')}
            value={draft.entityType}
            onChange={set('entityType')}
            options={byLabel(facets?.entityTypes, labels.entityType)}
          />
          <Select
            label={t('filters.action')}
            emptyOption={t('filters.anyAction')}
            value={draft.action}
            onChange={set('action')}
            options={byLabel(facets?.actions, labels.action)}
          />
          <TextField
            label={t('filters.from')}
            type="date"
            value={draft.from}
            onChange={set('from')}
            error={periodError ? t('filters.periodInvalid') : undefined}
          />
          <TextField label={t('filters.to')} type="date" value={draft.to} onChange={set('to')} />
        </div>
        <div className="button-row audit-filter-buttons">
          <Button type="submit" variant="primary">
            {t('filters.apply')}
          </Button>
          <Button variant="ghost" onClick={onReset}>
            {t('filters.reset')}
          </Button>
        </div>
      </fieldset>
    </form>
  );
}
