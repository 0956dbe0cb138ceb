import { useId, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScopeOption } from '../../../shared/scopes';
import { useErrorText } from '../../app/errors';
import { Alert, TextField } from '../../ui/index';
import { useDebounced } from '../meetings/use-debounced';
import { countOptions, groupOptions, keyOf, type EditedGrant } from './scope-view';
import { useScopeOptions } from './users.api';

/** Props of {@link ScopePicker}. */
export interface ScopePickerProps {
  /** The grants being edited: their options show checked. */
  grants: readonly EditedGrant[];
  /** Adds (`on`) or removes an option. */
  onToggle: (option: ScopeOption, on: boolean) => void;
  /** The search field, for the dialog's first focus and for focus after a removal. */
  searchRef?: Ref<HTMLInputElement>;
}

/** One option: a checkbox named by the option, with the collaboration or region it belongs to. */
function OptionCheckbox({
  option,
  grant,
  onToggle,
}: {
  option: ScopeOption;
  grant: EditedGrant | undefined;
  onToggle: ScopePickerProps['onToggle'];
}) {
  const { t } = useTranslation('users');
  const id = useId();
  const fromLogin = grant?.source === 'oidc';
  return (
    <li className="scope-option">
      <input
        id={id}
        type="checkbox"
        checked={grant !== undefined}
        disabled={fromLogin}
        onChange={(e) => onToggle(option, e.target.checked)}
      />
      <label htmlFor={id}>
        {option.kind === 'all' ? t('scopes.kinds.all') : option.label}
        {option.group ? <span className="scope-option-group">{option.group}</span> : null}
        {fromLogin ? <span className="muted"> ({t('scopes.fromLogin')})</span> : null}
      </label>
    </li>
  );
}

/**
 * The search for what a scope can cover: a debounced search field, the count read out as it
 * changes, and the options as checkboxes grouped by kind (the whole country and the regions
 * before anything is typed).
 */
export function ScopePicker({ grants, onToggle, searchRef }: ScopePickerProps) {
  const { t } = useTranslation('users');
  const errorText = useErrorText();
  const [text, setText] = useState('');
  const q = useDebounced(text.trim());
  const options = useScopeOptions(q);
  const groups = groupOptions(options.data ?? [], q);
  const count = countOptions(groups);
  // A scope granted both by hand and by the login shows as the login's: it cannot be unticked.
  const granted = new Map(
    [...grants]
      .sort((a, b) => (a.source === 'oidc' ? 1 : 0) - (b.source === 'oidc' ? 1 : 0))
      .map((g) => [keyOf(g), g]),
  );
  const waiting = options.isFetching || q !== text.trim();

  let status = '';
  if (waiting) status = t('scopes.searching');
  else if (options.isSuccess) {
    status = count === 0 && q ? t('scopes.noResults', { q }) : t('scopes.resultCount', { count });
  }

  return (
    <div className="scope-picker">
      <TextField
        ref={searchRef}
        type="search"
        label={t('scopes.search')}
        hint={t('scopes.searchHint')}
        autoComplete="off"
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <p className="muted scope-picker-status" aria-live="polite">
        {status}
      </p>
      {options.isError ? <Alert tone="error">{errorText(options.error)}</Alert> : null}
      {groups.length > 0 ? (
        <div className="scope-results">
          {groups.map((group) => (
            <fieldset key={group.kind} className="scope-group">
              <legend>{t(`scopes.kinds.${group.kind}`)}</legend>
              <ul className="scope-options">
                {group.items.map((option) => (
                  <OptionCheckbox
                    key={keyOf(option)}
                    option={option}
                    grant={granted.get(keyOf(option))}
                    onToggle={onToggle}
                  />
                ))}
              </ul>
            </fieldset>
          ))}
        </div>
      ) : null}
    </div>
  );
}
