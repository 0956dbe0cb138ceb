import { useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../app/errors';
import { Alert, Button, PageHeader } from '../../ui/index';
import { useConfirm, useUnsubscribe } from './newsletters.api';

/** The confirmation link's page: one button confirms (a GET never changes anything). */
export function ConfirmSubscriptionPage() {
  const { t } = useTranslation('newsletters');
  const errorText = useErrorText();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const confirm = useConfirm();
  return (
    <>
      <PageHeader title={t('confirm.title')} />
      {!token ? <Alert tone="error">{t('confirm.missing')}</Alert> : null}
      {confirm.isSuccess ? <Alert tone="success">{t('confirm.done')}</Alert> : null}
      {confirm.isError ? <Alert tone="error">{errorText(confirm.error)}</Alert> : null}
      {token && !confirm.isSuccess ? (
        <Button variant="primary" busy={confirm.isPending} onClick={() => confirm.mutate(token)}>
          {t('confirm.button')}
        </Button>
      ) : null}
    </>
  );
}

/** The unsubscribe link in the e-mail's text: one button unsubscribes. */
export function UnsubscribePage() {
  const { t } = useTranslation('newsletters');
  const errorText = useErrorText();
  const { token = '' } = useParams();
  const unsubscribe = useUnsubscribe();
  return (
    <>
      <PageHeader title={t('unsubscribe.title')} />
      {unsubscribe.isSuccess ? <Alert tone="success">{t('unsubscribe.done')}</Alert> : null}
      {unsubscribe.isError ? <Alert tone="error">{errorText(unsubscribe.error)}</Alert> : null}
      {!unsubscribe.isSuccess ? (
        <Button
          variant="primary"
          busy={unsubscribe.isPending}
          onClick={() => unsubscribe.mutate(token)}
        >
          {t('unsubscribe.button')}
        </Button>
      ) : null}
    </>
  );
}
