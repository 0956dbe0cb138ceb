import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../app/errors';
import { Alert, Button, LoadingBlock } from '../../ui/index';

/** Props of {@link QueryBlock}. */
export interface QueryBlockProps<T> {
  /** A query result (or anything shaped like one). */
  query: {
    data: T | undefined;
    isPending: boolean;
    error: unknown;
    refetch: () => unknown;
  };
  /** What is loading (the spinner's visible label). */
  loadingLabel?: string;
  children: (data: T) => ReactNode;
}

/** A query's three states: a labelled spinner, an error with "Prøv igen", or the content. */
export function QueryBlock<T>({ query, loadingLabel, children }: QueryBlockProps<T>) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  if (query.error) {
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
  if (query.isPending || query.data === undefined) return <LoadingBlock label={loadingLabel} />;
  return <>{children(query.data)}</>;
}
