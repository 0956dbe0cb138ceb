import { Link, useRouteError } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Alert, PageHeader } from '../ui/index';

/** "Siden findes ikke", for unknown addresses. */
export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('notFound.title')} description={<p>{t('notFound.body')}</p>} />
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </>
  );
}

/** "Ingen adgang", when the role is too low for the page. */
export function ForbiddenPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('forbidden.title')} description={<p>{t('forbidden.body')}</p>} />
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </>
  );
}

/** Shown when a page crashes or its code cannot be loaded (e.g. after a new deployment). */
export function RouteErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  console.error(error);
  return (
    <main id="main" className="error-page">
      <PageHeader title={t('errors.title')} />
      <Alert tone="error">{t('errors.unexpected')}</Alert>
      <p>
        <a href="/">{t('notFound.home')}</a>
      </p>
    </main>
  );
}
