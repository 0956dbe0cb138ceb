import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../shared/auth.contract';
import { useErrorText } from '../../app/errors';
import {
  Alert,
  Button,
  ConfirmDialog,
  EmptyState,
  LoadingBlock,
  PageHeader,
  useToast,
} from '../../ui/index';
import { useMe } from '../auth/auth.api';
import { ChangeRoleDialog } from './ChangeRoleDialog';
import { CreateUserDialog } from './CreateUserDialog';
import { ScopesDialog } from './ScopesDialog';
import { NewUserScopesHint, useNewUserScopes } from './NewUserScopesHint';
import { useRevokeSessions, useUpdateUser, useUsers } from './users.api';
import { UsersTable, type UserAction } from './UsersTable';
import './users.css';

type Open = { kind: 'create' } | { kind: Exclude<UserAction, 'enable'>; user: User } | null;

/** Users admin: list, create, change role and scopes, disable/enable, log out everywhere. */
export function UsersPage() {
  const { t } = useTranslation(['users', 'common']);
  const me = useMe();
  const users = useUsers();
  const update = useUpdateUser();
  const revoke = useRevokeSessions();
  const toast = useToast();
  const errorText = useErrorText();
  const [open, setOpen] = useState<Open>(null);
  const [enabling, setEnabling] = useState<string | null>(null);
  const newUser = useNewUserScopes(open !== null);

  const close = () => {
    update.reset();
    revoke.reset();
    setOpen(null);
  };

  const onAction = (action: UserAction, user: User) => {
    if (action !== 'enable') return setOpen({ kind: action, user });
    setEnabling(user.id);
    update.mutate(
      { id: user.id, patch: { disabled: false } },
      {
        onSuccess: (saved) => toast.show(t('enable.done', { name: saved.name })),
        onError: (error) => toast.show(errorText(error), 'error'),
        onSettled: () => setEnabling(null),
      },
    );
  };

  const confirmDisable = (user: User) =>
    update.mutate(
      { id: user.id, patch: { disabled: true } },
      {
        onSuccess: (saved) => {
          toast.show(t('disable.done', { name: saved.name }));
          close();
        },
      },
    );

  const confirmRevoke = (user: User) =>
    revoke.mutate(user.id, {
      onSuccess: ({ revoked }) => {
        toast.show(t('revoke.done', { count: revoked, name: user.name }));
        close();
      },
    });

  return (
    <>
      <PageHeader
        title={t('title')}
        description={<p>{t('intro')}</p>}
        actions={
          <Button variant="primary" onClick={() => setOpen({ kind: 'create' })}>
            {t('create.open')}
          </Button>
        }
      />
      <NewUserScopesHint hint={newUser} onGive={(user) => setOpen({ kind: 'scopes', user })} />
      {users.isPending ? <LoadingBlock /> : null}
      {users.isError ? (
        <Alert
          tone="error"
          title={t('common:errors.title')}
          action={<Button onClick={() => void users.refetch()}>{t('common:actions.retry')}</Button>}
        >
          {errorText(users.error)}
        </Alert>
      ) : null}
      {users.data?.length === 0 ? (
        <EmptyState title={t('empty.title')}>
          <p>{t('empty.body')}</p>
        </EmptyState>
      ) : null}
      {users.data && users.data.length > 0 ? (
        <UsersTable
          users={users.data}
          currentUserId={me.user.id}
          busyUserId={enabling}
          onAction={onAction}
        />
      ) : null}

      {open?.kind === 'create' ? (
        <CreateUserDialog open onClose={close} onCreated={newUser.created} />
      ) : null}
      {open?.kind === 'scopes' ? (
        <ScopesDialog
          user={open.user}
          onClose={close}
          onSaved={() => newUser.saved(open.user.id)}
        />
      ) : null}
      {open?.kind === 'changeRole' ? <ChangeRoleDialog user={open.user} onClose={close} /> : null}
      {open?.kind === 'disable' ? (
        <ConfirmDialog
          open
          title={t('disable.title', { name: open.user.name })}
          confirmLabel={t('disable.confirm')}
          busy={update.isPending}
          error={update.error ? errorText(update.error) : null}
          onConfirm={() => confirmDisable(open.user)}
          onCancel={close}
        >
          <p>{t('disable.body', { name: open.user.name })}</p>
        </ConfirmDialog>
      ) : null}
      {open?.kind === 'revoke' ? (
        <ConfirmDialog
          open
          title={t('revoke.title', { name: open.user.name })}
          confirmLabel={t('revoke.confirm')}
          busy={revoke.isPending}
          error={revoke.error ? errorText(revoke.error) : null}
          onConfirm={() => confirmRevoke(open.user)}
          onCancel={close}
        >
          <p>{t('revoke.body', { name: open.user.name })}</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
