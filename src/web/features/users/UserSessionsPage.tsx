import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { SessionInfo } from '../../../shared/auth.contract';
import { useErrorText } from '../../app/errors';
import { useLanguage } from '../../app/language';
import { formatDateTimeCompact } from '../../format';
import {
  Alert,
  Button,
  buttonClass,
  ConfirmDialog,
  EmptyState,
  LoadingBlock,
  PageHeader,
  Table,
  useToast,
} from '../../ui/index';
import { useEndSession, useUserSessions, useUsers } from './users.api';
import './users.css';

/** Props of {@link SessionsTable}. */
interface SessionsTableProps {
  sessions: readonly SessionInfo[];
  onEnd: (session: SessionInfo) => void;
}

/** One row per live session; the admin's own session cannot be ended here (they log out). */
function SessionsTable({ sessions, onEnd }: SessionsTableProps) {
  const { t } = useTranslation('users');
  const { language } = useLanguage();
  const when = (iso: string) => formatDateTimeCompact(iso, language);
  return (
    <Table caption={t('sessions.caption')} captionHidden>
      <thead>
        <tr>
          <th scope="col">{t('sessions.createdAt')}</th>
          <th scope="col">{t('sessions.lastSeenAt')}</th>
          <th scope="col">{t('sessions.expiresAt')}</th>
          <th scope="col">{t('sessions.ip')}</th>
          <th scope="col">{t('sessions.userAgent')}</th>
          <th scope="col">{t('sessions.method')}</th>
          <th scope="col">{t('sessions.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {sessions.map((session) => (
          <tr key={session.id}>
            <th scope="row" className="user-cell">
              {when(session.createdAt)}
            </th>
            <td>{when(session.lastSeenAt)}</td>
            <td>{when(session.expiresAt)}</td>
            <td>{session.ip ?? t('sessions.unknown')}</td>
            <td className="session-agent">{session.userAgent ?? t('sessions.unknown')}</td>
            <td>{t(`sessions.methods.${session.method}`)}</td>
            <td>
              {session.current ? (
                <span className="badge badge-success">{t('sessions.current')}</span>
              ) : (
                <Button
                  size="sm"
                  aria-label={t('sessions.end.openFor', {
                    ip: session.ip ?? t('sessions.unknown'),
                    createdAt: when(session.createdAt),
                  })}
                  onClick={() => onEnd(session)}
                >
                  {t('sessions.end.open')}
                </Button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

/** One user's live sessions, each of which an admin can end (ASVS 7.4.5). */
export function UserSessionsPage() {
  const { t } = useTranslation(['users', 'common']);
  const { language } = useLanguage();
  const { userId = '' } = useParams();
  const users = useUsers();
  const sessions = useUserSessions(userId);
  const end = useEndSession(userId);
  const toast = useToast();
  const errorText = useErrorText();
  const [ending, setEnding] = useState<SessionInfo | null>(null);
  const name = users.data?.find((u) => u.id === userId)?.name;

  const close = () => {
    end.reset();
    setEnding(null);
  };
  const confirmEnd = (session: SessionInfo) =>
    end.mutate(session.id, {
      onSuccess: () => {
        toast.show(t('sessions.end.done'));
        close();
      },
    });

  return (
    <>
      <PageHeader
        title={name ? t('sessions.heading', { name }) : t('sessions.headingUnknown')}
        description={<p>{t('sessions.intro')}</p>}
        actions={
          <Link to="/admin/users" className={buttonClass('secondary')}>
            {t('sessions.back')}
          </Link>
        }
      />
      {sessions.isPending ? <LoadingBlock /> : null}
      {sessions.isError ? (
        <Alert
          tone="error"
          title={t('common:errors.title')}
          action={
            <Button onClick={() => void sessions.refetch()}>{t('common:actions.retry')}</Button>
          }
        >
          {errorText(sessions.error)}
        </Alert>
      ) : null}
      {sessions.data?.length === 0 ? (
        <EmptyState title={t('sessions.empty.title')}>
          <p>{t('sessions.empty.body')}</p>
        </EmptyState>
      ) : null}
      {sessions.data && sessions.data.length > 0 ? (
        <SessionsTable sessions={sessions.data} onEnd={setEnding} />
      ) : null}
      {ending ? (
        <ConfirmDialog
          open
          title={t('sessions.end.title')}
          confirmLabel={t('sessions.end.confirm')}
          busy={end.isPending}
          error={end.error ? errorText(end.error) : null}
          onConfirm={() => confirmEnd(ending)}
          onCancel={close}
        >
          <p>
            {t('sessions.end.body', {
              ip: ending.ip ?? t('sessions.unknown'),
              createdAt: formatDateTimeCompact(ending.createdAt, language),
              name: name ?? t('sessions.headingUnknown'),
            })}
          </p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
