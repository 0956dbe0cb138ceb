import type { ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { languageOf } from '../../app/i18n';
import { formatDate } from '../../format';
import { Field, useFieldIds } from '../../ui/index';
import type { ForumDirectory } from './org-lookup.api';

/** Props of {@link ForumSelect}. */
export interface ForumSelectProps {
  label: string;
  directory: ForumDirectory | undefined;
  value: string;
  onChange: (forumId: string) => void;
  /** A first option with the empty value ("Alle fora", "Vælg forum"). */
  emptyOption?: string;
  hint?: ReactNode;
  error?: string | undefined;
  required?: boolean;
  disabled?: boolean;
  /**
   * The day the directory's fora are valid on; a chosen forum that does not exist on it is kept
   * selectable (so nothing changes silently) and flagged with an error naming the day.
   */
  date?: string | undefined;
  /** Leave these fora out (e.g. those already on a route). */
  exclude?: readonly string[];
  ref?: Ref<HTMLSelectElement>;
}

/**
 * A native select of fora, grouped by level ("Regionalt niveau", "Klyngeniveau"): the fora of
 * the directory, i.e. those valid on its day.
 */
export function ForumSelect({
  label,
  directory,
  value,
  onChange,
  emptyOption,
  hint,
  error,
  required,
  disabled,
  exclude = [],
  date,
  ref,
}: ForumSelectProps) {
  const { t, i18n } = useTranslation('meetings');
  const language = languageOf(i18n);
  const stale = Boolean(value && directory && date && !directory.byId.has(value));
  const shownError =
    error ??
    (stale
      ? t('forumSelect.notOnDate', { date: formatDate(date as string, language) })
      : undefined);
  const ids = useFieldIds({ hint, error: shownError });
  return (
    <Field ids={ids} label={label} hint={hint} error={shownError}>
      <select
        ref={ref}
        {...ids.control}
        className="input select"
        value={value}
        required={required}
        disabled={disabled || !directory}
        onChange={(event) => onChange(event.target.value)}
      >
        {emptyOption !== undefined ? <option value="">{emptyOption}</option> : null}
        {stale ? <option value={value}>{t('forumSelect.unavailable')}</option> : null}
        {(directory?.groups ?? []).map((group) => (
          <optgroup key={`${group.level}-${group.label.da}`} label={group.label[language]}>
            {group.fora
              .filter((f) => !exclude.includes(f.entityId) || f.entityId === value)
              .map((f) => (
                <option key={f.entityId} value={f.entityId}>
                  {f.shortName ? `${f.name} (${f.shortName})` : f.name}
                </option>
              ))}
          </optgroup>
        ))}
      </select>
    </Field>
  );
}
