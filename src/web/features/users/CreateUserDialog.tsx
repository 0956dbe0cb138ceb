import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  PASSWORD_MIN_LENGTH,
  type CreateUserRequest,
  type User,
} from '../../../shared/auth.contract';
import { ROLES, RoleSchema, type Role } from '../../../shared/roles';
import { ApiError } from '../../api/api-error';
import { useErrorText, useFieldError } from '../../app/errors';
import { Alert, Button, Dialog, Select, TextField, useToast } from '../../ui/index';
import { scopesMatter } from './scope-view';
import { useCreateUser } from './users.api';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

type Errors = Partial<Record<'name' | 'email' | 'password', string>>;

/** Props of {@link CreateUserDialog}. */
export interface CreateUserDialogProps {
  open: boolean;
  onClose: () => void;
  /** Called with the new account before the dialog closes (the page then offers its scopes). */
  onCreated?: (user: User) => void;
}

/**
 * "Opret bruger": name, e-mail, role and an optional password (none = organisation login). For a
 * member or the secretariat it says that scopes come next: the role holds only within them.
 */
export function CreateUserDialog({ open, onClose, onCreated }: CreateUserDialogProps) {
  const { t } = useTranslation(['users', 'common']);
  const formId = useId();
  const create = useCreateUser();
  const toast = useToast();
  const errorText = useErrorText();
  const serverError = useFieldError(create.error);
  const [form, setForm] = useState({ name: '', email: '', role: 'member' as Role, password: '' });
  const [errors, setErrors] = useState<Errors>({});
  const nameRef = useRef<HTMLInputElement>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  const set = (key: 'name' | 'email' | 'password') => (value: string) =>
    setForm((f) => ({ ...f, [key]: value }));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (create.isPending) return;
    const found: Errors = {};
    if (!form.name.trim()) found.name = t('create.nameRequired');
    if (!form.email.trim()) found.email = t('create.emailRequired');
    else if (!EMAIL.test(form.email.trim())) found.email = t('create.emailInvalid');
    if (form.password && form.password.length < PASSWORD_MIN_LENGTH) {
      found.password = t('create.passwordTooShort', { min: PASSWORD_MIN_LENGTH });
    }
    setErrors(found);
    const firstInvalid = (['name', 'email', 'password'] as const).find((k) => found[k]);
    if (firstInvalid) {
      const refs = { name: nameRef, email: emailRef, password: passwordRef };
      return refs[firstInvalid].current?.focus();
    }
    const input: CreateUserRequest = {
      name: form.name.trim(),
      email: form.email.trim(),
      role: form.role,
      ...(form.password ? { password: form.password } : {}),
    };
    create.mutate(input, {
      onSuccess: (user) => {
        toast.show(t('create.done', { name: user.name }));
        onCreated?.(user);
        onClose();
      },
    });
  };

  const hasFieldErrors = create.error instanceof ApiError && create.error.fieldErrors.length > 0;
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={t('create.title')}
      footer={
        <>
          <Button onClick={onClose}>{t('common:actions.cancel')}</Button>
          <Button type="submit" form={formId} variant="primary" busy={create.isPending}>
            {t('create.submit')}
          </Button>
        </>
      }
    >
      <form id={formId} className="form" noValidate onSubmit={onSubmit}>
        {create.error ? (
          <Alert tone="error">
            {hasFieldErrors ? t('common:errors.fieldsIntro') : errorText(create.error)}
          </Alert>
        ) : null}
        <TextField
          ref={nameRef}
          label={t('create.name')}
          autoComplete="off"
          value={form.name}
          onChange={(e) => set('name')(e.target.value)}
          error={errors.name ?? serverError('name')}
        />
        <TextField
          ref={emailRef}
          label={t('create.email')}
          type="email"
          autoComplete="off"
          spellCheck={false}
          value={form.email}
          onChange={(e) => set('email')(e.target.value)}
          error={errors.email ?? serverError('email')}
        />
        <Select
          label={t('create.role')}
          value={form.role}
          onChange={(e) => {
            const role = RoleSchema.safeParse(e.target.value);
            if (role.success) setForm((f) => ({ ...f, role: role.data }));
          }}
          options={ROLES.map((role) => ({ value: role, label: t(`common:roles.${role}`) }))}
          hint={
            scopesMatter(form.role)
              ? `${t(`common:roleDescriptions.${form.role}`)} ${t('create.scopesHint')}`
              : t(`common:roleDescriptions.${form.role}`)
          }
          error={serverError('role')}
        />
        <TextField
          ref={passwordRef}
          label={t('create.password')}
          type="password"
          autoComplete="new-password"
          hint={t('create.passwordHint', { min: PASSWORD_MIN_LENGTH })}
          value={form.password}
          onChange={(e) => set('password')(e.target.value)}
          error={errors.password ?? serverError('password')}
        />
      </form>
    </Dialog>
  );
}
