import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { loginUrl, useSession } from '../features/auth/auth.api';
import { Alert, Button, LoadingBlock } from '../ui/index';
import { useErrorText } from './errors';
import { canAccess } from './access';
import { ForbiddenPage } from './StatusPages';
import type { RouteAccess } from './routes';

/**
 * Shows the page when the session may open it: no session → the login page (returning here
 * afterwards); too little role → "Ingen adgang". The server checks again on every call.
 */
export function RequireAccess({ access, children }: { access: RouteAccess; children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  const { t } = useTranslation();
  const errorText = useErrorText();
  if (access === 'public') return children;
  if (session.isPending) return <LoadingBlock />;
  if (session.isError) {
    return (
      <Alert
        tone="error"
        title={t('errors.title')}
        action={<Button onClick={() => void session.refetch()}>{t('actions.retry')}</Button>}
      >
        {errorText(session.error)}
      </Alert>
    );
  }
  if (!session.data) {
    return <Navigate to={loginUrl({ next: location.pathname + location.search })} replace />;
  }
  if (!canAccess(access, session.data)) return <ForbiddenPage />;
  return children;
}
