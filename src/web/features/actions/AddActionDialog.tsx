import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../app/errors';
import type { ActionProposal } from '../../../shared/actions.contract';
import type { VisibleAgendaItem } from '../../../shared/agendas.contract';
import {
  Alert,
  Button,
  Dialog,
  LoadingBlock,
  Select,
  TextArea,
  TextField,
  useToast,
} from '../../ui/index';
import { useMeetingFormat } from '../meetings/use-format';
import { useActionProposal, useCreateAction } from './actions.api';

/** Props of {@link AddActionDialog}. */
export interface AddActionDialogProps {
  meetingId: string;
  item: VisibleAgendaItem;
  onClose: () => void;
}

/** The actions already made from the decision. */
function ExistingActions({ proposal }: { proposal: ActionProposal }) {
  const { t } = useTranslation('actions');
  const format = useMeetingFormat();
  return (
    <section aria-labelledby="add-action-existing" className="stack">
      <h3 id="add-action-existing">{t('add.heading')}</h3>
      {proposal.actions.length === 0 ? (
        <p className="muted">{t('add.none')}</p>
      ) : (
        <ul>
          {proposal.actions.map((a) => (
            <li key={a.id}>
              {a.title} · {a.owner.name ?? '–'} · {t('fields.dueDate')} {format.date(a.dueDate)} ·{' '}
              {t(`status.${a.status}`)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ActionForm({
  proposal,
  meetingId,
  item,
  onClose,
}: AddActionDialogProps & { proposal: ActionProposal }) {
  const { t } = useTranslation(['actions', 'common']);
  const toast = useToast();
  const errorText = useErrorText();
  const format = useMeetingFormat();
  const create = useCreateAction();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [ownerKind, setOwnerKind] = useState<'party' | 'person'>('party');
  const [ownerId, setOwnerId] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [followUpForumId, setFollowUpForumId] = useState(proposal.followUpForum.id);
  const [checked, setChecked] = useState(false);
  const owners = ownerKind === 'party' ? proposal.parties : proposal.persons;
  const missing = {
    title: !title.trim(),
    owner: !ownerId,
    dueDate: !dueDate,
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (missing.title || missing.owner || missing.dueDate) return;
    create.mutate(
      {
        meetingId,
        itemId: item.id,
        title: title.trim(),
        description: description.trim(),
        ...(ownerKind === 'party' ? { ownerPartyId: ownerId } : { ownerPersonId: ownerId }),
        dueDate,
        followUpForumId,
      },
      {
        onSuccess: () => {
          toast.show(t('add.created'));
          onClose();
        },
      },
    );
  };
  const required = t('fields.required');
  return (
    <form id="add-action" className="stack" noValidate onSubmit={onSubmit}>
      {create.isError ? <Alert tone="error">{errorText(create.error)}</Alert> : null}
      <p className="muted">
        {t('fields.decidingForum')}: {proposal.decidingForum.name ?? '–'} · {t('fields.decidedOn')}{' '}
        {format.date(proposal.decidedOn)}
      </p>
      <ExistingActions proposal={proposal} />
      <TextField
        label={t('fields.title')}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        error={checked && missing.title ? required : undefined}
        required
      />
      <TextArea
        label={t('fields.description')}
        value={description}
        rows={3}
        onChange={(e) => setDescription(e.target.value)}
      />
      <Select
        label={t('fields.ownerKind')}
        value={ownerKind}
        options={[
          { value: 'party', label: t('fields.ownerParty') },
          { value: 'person', label: t('fields.ownerPerson') },
        ]}
        onChange={(e) => {
          setOwnerKind(e.target.value as 'party' | 'person');
          setOwnerId('');
        }}
      />
      <Select
        label={ownerKind === 'party' ? t('fields.party') : t('fields.person')}
        value={ownerId}
        emptyOption=""
        options={owners.map((o) => ({ value: o.id, label: o.name ?? o.id }))}
        onChange={(e) => setOwnerId(e.target.value)}
        error={checked && missing.owner ? required : undefined}
        required
      />
      <TextField
        label={t('fields.dueDate')}
        type="date"
        min={proposal.decidedOn}
        value={dueDate}
        onChange={(e) => setDueDate(e.target.value)}
        error={checked && missing.dueDate ? required : undefined}
        required
      />
      <Select
        label={t('fields.followUpForum')}
        hint={t('add.proposed', {
          forum: proposal.followUpForum.name ?? '–',
          basis: t(`basis.${proposal.basis}`),
        })}
        value={followUpForumId}
        options={proposal.fora.map((f) => ({ value: f.id, label: f.name ?? f.id }))}
        onChange={(e) => setFollowUpForumId(e.target.value)}
      />
    </form>
  );
}

/** "Tilføj handling": creates a follow-up action from an item's decision in the minutes. */
export function AddActionDialog(props: AddActionDialogProps) {
  const { t } = useTranslation(['actions', 'common']);
  const errorText = useErrorText();
  const proposal = useActionProposal(props.meetingId, props.item.id);
  return (
    <Dialog
      open
      title={`${t('add.open')}: ${props.item.number}. ${props.item.title}`}
      onClose={props.onClose}
      footer={
        <>
          <Button onClick={props.onClose}>{t('add.cancel')}</Button>
          <Button variant="primary" type="submit" form="add-action" disabled={!proposal.data}>
            {t('add.submit')}
          </Button>
        </>
      }
    >
      {proposal.isPending ? (
        <LoadingBlock />
      ) : proposal.isError ? (
        <Alert tone="error">{errorText(proposal.error)}</Alert>
      ) : (
        <ActionForm {...props} proposal={proposal.data} />
      )}
    </Dialog>
  );
}
