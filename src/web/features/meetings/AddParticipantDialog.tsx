import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText, useFieldError } from '../../app/errors';
import type { AddParticipantRequest } from '../../../shared/meetings.contract';
import type { ParticipantRole } from '../../../shared/meetings.enums';
import { Alert, Button, Dialog, Select, TextField, useToast } from '../../ui/index';
import { useParticipantActions } from './meetings.api';
import { PersonSearch } from './PersonSearch';

const ADDABLE: readonly ParticipantRole[] = [
  'widenedCircle',
  'guest',
  'optionalAttendee',
  'attendee',
  'substitute',
  'member',
];

/** Props of {@link AddParticipantDialog}. */
export interface AddParticipantDialogProps {
  meetingId: string;
  /** The role chosen first (e.g. `widenedCircle` from the widened-circle button). */
  initialRole?: ParticipantRole;
  onClose: () => void;
}

/**
 * Adds a person from the organisation (searched by name) or a guest by name, with a role in
 * the meeting: the widened circle's directors (seed 004), guests, optional attendees.
 */
export function AddParticipantDialog({
  meetingId,
  initialRole = 'guest',
  onClose,
}: AddParticipantDialogProps) {
  const { t } = useTranslation(['meetings', 'common']);
  const toast = useToast();
  const errorText = useErrorText();
  const { add } = useParticipantActions(meetingId);
  const fieldError = useFieldError(add.error);
  const [role, setRole] = useState<ParticipantRole>(initialRole);
  const [personId, setPersonId] = useState('');
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [missing, setMissing] = useState(false);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!personId && !name.trim()) return setMissing(true);
    const body: AddParticipantRequest = {
      role,
      invited: role !== 'substitute',
      ...(personId ? { personId } : { name: name.trim() }),
      ...(email.trim() ? { email: email.trim() } : {}),
      ...(organisation.trim() ? { organisation: organisation.trim() } : {}),
    };
    add.mutate(body, {
      onSuccess: () => {
        toast.show(t('participants.added'));
        onClose();
      },
    });
  };

  return (
    <Dialog
      open
      title={t('participants.addTitle')}
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>{t('common:actions.cancel')}</Button>
          <Button variant="primary" type="submit" form="add-participant" busy={add.isPending}>
            {t('participants.add')}
          </Button>
        </>
      }
    >
      <form id="add-participant" className="stack" noValidate onSubmit={onSubmit}>
        {add.isError && !fieldError('name') ? (
          <Alert tone="error">{errorText(add.error)}</Alert>
        ) : null}
        <Select
          label={t('participants.role')}
          value={role}
          onChange={(e) => setRole(e.target.value as ParticipantRole)}
          options={ADDABLE.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
          hint={role === 'widenedCircle' ? t('participants.widenedHint') : undefined}
        />
        <PersonSearch value={personId} onChange={setPersonId} />
        {!personId ? (
          <>
            <TextField
              label={t('participants.guestName')}
              value={name}
              onChange={(e) => setName(e.target.value)}
              maxLength={200}
              error={missing && !name.trim() ? t('participants.nameRequired') : fieldError('name')}
            />
            <div className="form-grid">
              <TextField
                label={t('participants.email')}
                type="email"
                value={email}
                onChange={(e) => setEmail(e.target.value)}
                error={fieldError('email')}
              />
              <TextField
                label={t('participants.organisation')}
                value={organisation}
                onChange={(e) => setOrganisation(e.target.value)}
                maxLength={200}
              />
            </div>
          </>
        ) : null}
      </form>
    </Dialog>
  );
}
