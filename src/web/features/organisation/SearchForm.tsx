import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button, TextField } from '../../ui/index';
import { useAsOf, withAsOf } from './as-of';
import { orgPaths } from './org-paths';

/** Props of {@link SearchForm}. */
export interface SearchFormProps {
  initial?: string;
  /** On the search page itself the field is just "Navn", without the explanation. */
  compact?: boolean;
}

/** A name search that opens the search page (keeping the "as of" date). */
export function SearchForm({ initial = '', compact = false }: SearchFormProps) {
  const { t } = useTranslation('organisation');
  const navigate = useNavigate();
  const asOf = useAsOf();
  const [q, setQ] = useState(initial);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const query = q.trim();
    if (!query) return;
    const path = `${orgPaths.search}?q=${encodeURIComponent(query)}`;
    void navigate(withAsOf(path, asOf.date, asOf.today));
  };

  return (
    <form role="search" className="org-search-form" onSubmit={onSubmit}>
      <TextField
        type="search"
        label={t(compact ? 'search.label' : 'search.title')}
        hint={compact ? undefined : t('search.intro')}
        value={q}
        onChange={(e) => setQ(e.target.value)}
        maxLength={100}
      />
      <Button type="submit">{t('search.submit')}</Button>
    </form>
  );
}
