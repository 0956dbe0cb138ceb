import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../app/errors';
import { Alert, Button, LoadingBlock } from '../../ui/index';

/** Props of {@link QueryState}. */
export interface QueryStateProps<T> {
  query: UseQueryResult<T>;
  /** What is loading (the spinner's visible label). */
  loadingLabel?: string;
  children: (data: T) => ReactNode;
}

/** A query's three states: a labelled spinner, an error with "Prøv igen", or the content. */
export function QueryState<T>({ query, loadingLabel, children }: QueryStateProps<T>) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  if (query.isPending) return <LoadingBlock label={loadingLabel} />;
  if (query.isError) {
    return (
      <Alert
        tone="error"
        title={t('errors.title')}
        action={<Button onClick={() => void query.refetch()}>{t('actions.retry')}</Button>}
      >
        {errorText(query.error)}
      </Alert>
    );
  }
  return <>{children(query.data)}</>;
}
