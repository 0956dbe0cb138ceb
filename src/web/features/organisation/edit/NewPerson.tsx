import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { PersonView } from '../../../../shared/organisation.contract';
import { useErrorText, useFieldError } from '../../../app/errors';
import { Alert, Button, TextField, useToast } from '../../../ui/index';
import { ORG_KEY } from '../org.api';
import { orgChanges } from '../org-changes.api';

/** Props of {@link NewPerson}. */
export interface NewPersonProps {
  /** Prefills the name (what the user searched for). */
  initialName: string;
  onCreated: (person: PersonView) => void;
  onCancel: () => void;
}

/**
 * "Opret ny person" inside another form: name and optional e-mail, created with a plain button
 * (never a nested form or a second dialog).
 */
export function NewPerson({ initialName, onCreated, onCancel }: NewPersonProps) {
  const { t } = useTranslation(['organisation', 'common']);
  const toast = useToast();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [name, setName] = useState(initialName);
  const [email, setEmail] = useState('');
  const [missing, setMissing] = useState(false);
  const create = useMutation({
    mutationFn: orgChanges.createPerson,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ORG_KEY }),
  });
  const fieldError = useFieldError(create.error);

  const onCreate = () => {
    if (!name.trim()) return setMissing(true);
    create.mutate(
      { name: name.trim(), email: email.trim() || null },
      {
        onSuccess: (person) => {
          toast.show(t('edit.createPerson.done', { name: person.name }));
          onCreated(person);
        },
      },
    );
  };

  return (
    <div className="org-new-person" role="group" aria-label={t('edit.createPerson.title')}>
      {create.error && !fieldError('name') && !fieldError('email') ? (
        <Alert tone="error">{errorText(create.error)}</Alert>
      ) : null}
      <TextField
        label={t('edit.createPerson.name')}
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={missing && !name.trim() ? t('edit.required') : fieldError('name')}
        autoComplete="off"
      />
      <TextField
        type="email"
        label={t('edit.createPerson.email')}
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        error={fieldError('email')}
        autoComplete="off"
      />
      <div className="button-row">
        <Button onClick={onCancel}>{t('common:actions.cancel')}</Button>
        <Button variant="primary" busy={create.isPending} onClick={onCreate}>
          {t('edit.createPerson.submit')}
        </Button>
      </div>
    </div>
  );
}
