import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../shared/auth.contract';
import { ROLES, RoleSchema, type Role } from '../../../shared/roles';
import { useErrorText } from '../../app/errors';
import { Alert, Button, Dialog, Select, useToast } from '../../ui/index';
import { useUpdateUser } from './users.api';

/** Props of {@link ChangeRoleDialog}. */
export interface ChangeRoleDialogProps {
  user: User;
  onClose: () => void;
}

/** "Skift rolle": pick the new role (with what it allows) and save. */
export function ChangeRoleDialog({ user, onClose }: ChangeRoleDialogProps) {
  const { t } = useTranslation(['users', 'common']);
  const formId = useId();
  const update = useUpdateUser();
  const toast = useToast();
  const errorText = useErrorText();
  const [role, setRole] = useState<Role>(user.role);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (update.isPending) return;
    if (role === user.role) return onClose();
    update.mutate(
      { id: user.id, patch: { role } },
      {
        onSuccess: (saved) => {
          toast.show(
            t('changeRole.done', { name: saved.name, role: t(`common:roles.${saved.role}`) }),
          );
          onClose();
        },
      },
    );
  };

  return (
    <Dialog
      open
      onClose={onClose}
      title={t('changeRole.title', { name: user.name })}
      footer={
        <>
          <Button onClick={onClose}>{t('common:actions.cancel')}</Button>
          <Button type="submit" form={formId} variant="primary" busy={update.isPending}>
            {t('changeRole.submit')}
          </Button>
        </>
      }
    >
      <form id={formId} className="form" noValidate onSubmit={onSubmit}>
        {update.error ? <Alert tone="error">{errorText(update.error)}</Alert> : null}
        <Select
          label={t('changeRole.role')}
          value={role}
          onChange={(e) => {
            const parsed = RoleSchema.safeParse(e.target.value);
            if (parsed.success) setRole(parsed.data);
          }}
          options={ROLES.map((r) => ({ value: r, label: t(`common:roles.${r}`) }))}
          hint={t(`common:roleDescriptions.${role}`)}
        />
      </form>
    </Dialog>
  );
}
