import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonRef } from '../../../../shared/organisation.contract';
import { Button, Spinner, TextField } from '../../../ui/index';
import { useAsOf } from '../as-of';
import { useOrgSearch } from '../org.api';
import { NewPerson } from './NewPerson';
import { useDebounced } from './use-debounced';

/** A chosen person: id and name. */
export type PickedPerson = Pick<PersonRef, 'id' | 'name'>;

/** Props of {@link PersonPicker}. */
export interface PersonPickerProps {
  /** The group's name, e.g. "Person" or "Stedfortræder (valgfri)". */
  legend: string;
  value: PickedPerson | null;
  onChange: (person: PickedPerson | null) => void;
  error?: string;
  /** Offer "Ingen stedfortræder" (an optional choice). */
  optional?: boolean;
}

/**
 * Choose a person: search by name (at least two letters), pick one of the results as a radio
 * button, or create a new person on the spot. All native controls, so it works by keyboard.
 */
export function PersonPicker({ legend, value, onChange, error, optional }: PersonPickerProps) {
  const { t } = useTranslation('organisation');
  const asOf = useAsOf();
  const group = useId();
  const [q, setQ] = useState('');
  const [creating, setCreating] = useState(false);
  const query = useDebounced(q.trim());
  const search = useOrgSearch(query.length >= 2 ? query : '', asOf.date);
  const found = (search.data?.items ?? []).filter((i) => i.kind === 'person').slice(0, 8);
  const options = value && !found.some((p) => p.id === value.id) ? [value, ...found] : found;
  const errorId = `${group}-error`;

  return (
    <fieldset className="org-fieldset" aria-describedby={error ? errorId : undefined}>
      <legend>{legend}</legend>
      {error ? (
        <div className="field-error" id={errorId}>
          {error}
        </div>
      ) : null}
      <TextField
        type="search"
        label={t('edit.person.search')}
        hint={t('edit.person.searchHint')}
        value={q}
        onChange={(e) => setQ(e.target.value)}
        autoComplete="off"
      />
      {search.isFetching ? <Spinner size="sm" /> : null}
      <div className="org-choices">
        {optional ? (
          <label className="org-choice">
            <input
              type="radio"
              name={group}
              checked={value === null}
              onChange={() => onChange(null)}
            />{' '}
            {t('edit.person.noSubstitute')}
          </label>
        ) : null}
        {options.map((person) => {
          const detail = found.find((f) => f.id === person.id)?.detail;
          return (
            <label key={person.id} className="org-choice">
              <input
                type="radio"
                name={group}
                checked={value?.id === person.id}
                onChange={() => onChange({ id: person.id, name: person.name })}
              />{' '}
              {person.name}
              {detail ? <span className="muted"> · {detail}</span> : null}
            </label>
          );
        })}
        {query.length >= 2 && search.isSuccess && found.length === 0 ? (
          <p className="muted">{t('edit.person.none')}</p>
        ) : null}
      </div>
      {creating ? (
        <NewPerson
          initialName={q.trim()}
          onCancel={() => setCreating(false)}
          onCreated={(person) => {
            setCreating(false);
            onChange({ id: person.id, name: person.name });
          }}
        />
      ) : (
        <Button size="sm" onClick={() => setCreating(true)}>
          {t('edit.person.create')}
        </Button>
      )}
    </fieldset>
  );
}
