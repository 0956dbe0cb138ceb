import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonRef } from '../../../../shared/organisation.contract';
import { Button, Spinner, TextField } from '../../../ui/index';
import { useAsOf } from '../as-of';
import { usePersonSearch } from '../org.api';
import { useAffiliationText } from '../person-affiliation';
import { NewPerson } from './NewPerson';
import { useDebounced } from './use-debounced';

/** How many of the persons found are offered (the rest: type more of the name). */
const SHOWN = 10;

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
  const search = usePersonSearch(query.length >= 2 ? query : '', asOf.date);
  const affiliationText = useAffiliationText();
  const all = query.length >= 2 ? (search.data?.items ?? []) : [];
  const found = all.slice(0, SHOWN);
  const more = found.length < all.length || Boolean(search.data?.morePersons);
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
          const item = found.find((f) => f.id === person.id);
          const details = item
            ? [affiliationText(item.affiliations) || t('edit.person.noAffiliation'), item.detail]
            : [];
          return (
            <label key={person.id} className="org-choice">
              <input
                type="radio"
                name={group}
                checked={value?.id === person.id}
                onChange={() => onChange({ id: person.id, name: person.name })}
              />{' '}
              <span>
                {person.name}
                {details.filter(Boolean).map((d) => (
                  <span key={d} className="muted org-small">
                    {' · '}
                    {d}
                  </span>
                ))}
              </span>
            </label>
          );
        })}
        {more ? <p className="muted org-small">{t('edit.person.more')}</p> : null}
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
