/** Opening a task transfer: the collaboration, the cluster and its forum, title, theme, kind. */
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { todayInDenmark } from '../../../shared/dates';
import { TRANSFER_KINDS, type TransferKind } from '../../../shared/transfers.contract';
import { useErrorText } from '../../app/errors';
import { Alert, Button, PageHeader, Select, TextArea, TextField, useToast } from '../../ui/index';
import { useCollaborationList } from '../meetings/org-lookup.api';
import { transferPages, useCreateTransfer, useOverview } from './transfers.api';
import './transfers.css';

export function NewTransferPage() {
  const { t } = useTranslation('transfers');
  const navigate = useNavigate();
  const toast = useToast();
  const errorText = useErrorText();
  const today = todayInDenmark();
  const collaborations = useCollaborationList(today);
  const [collaborationId, setCollaborationId] = useState('');
  const overview = useOverview(collaborationId, today);
  const [clusterId, setClusterId] = useState('');
  const [forumId, setForumId] = useState('');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [theme, setTheme] = useState('');
  const [kind, setKind] = useState<TransferKind>('agreed');
  const [transferring, setTransferring] = useState('');
  const [receiving, setReceiving] = useState<string[]>([]);
  const create = useCreateTransfer();

  const clusters = overview.data?.clusters.map((c) => c.cluster) ?? [];
  const fora = (overview.data?.foraByLevel ?? [])
    .flatMap((l) => l.fora)
    .filter((f) => f.clusterId === clusterId);
  const members =
    overview.data?.clusters.find((c) => c.cluster.entityId === clusterId)?.members ?? [];
  const parties = overview.data?.parties ?? [];

  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate(
      {
        collaborationId,
        clusterId,
        forumId,
        title,
        description,
        theme: theme.trim() || null,
        kind,
        transferringPartyIds: transferring ? [transferring] : [],
        receivingPartyIds: receiving,
      },
      {
        onSuccess: (created) => {
          toast.show(t('form.created'), 'success');
          void navigate(transferPages.detail(created.id));
        },
      },
    );
  };

  return (
    <>
      <PageHeader title={t('list.new')} description={<p>{t('intro')}</p>} />
      <form onSubmit={submit} className="transfer-section" noValidate>
        {create.error ? <Alert tone="error">{errorText(create.error)}</Alert> : null}
        <Select
          label={t('fields.collaboration')}
          emptyOption={t('form.chooseCollaboration')}
          value={collaborationId}
          required
          onChange={(e) => {
            setCollaborationId(e.target.value);
            setClusterId('');
            setForumId('');
          }}
          options={(collaborations.data?.items ?? []).map((c) => ({
            value: c.entityId,
            label: c.name,
          }))}
        />
        <Select
          label={t('fields.cluster')}
          emptyOption={t('form.chooseCluster')}
          value={clusterId}
          required
          onChange={(e) => {
            setClusterId(e.target.value);
            setForumId('');
            setReceiving([]);
          }}
          options={clusters.map((c) => ({ value: c.entityId, label: c.name }))}
        />
        <Select
          label={t('fields.forum')}
          emptyOption={t('form.chooseForum')}
          value={forumId}
          required
          onChange={(e) => setForumId(e.target.value)}
          options={fora.map((f) => ({ value: f.entityId, label: f.name }))}
        />
        <TextFields
          title={title}
          description={description}
          theme={theme}
          onTitle={setTitle}
          onDescription={setDescription}
          onTheme={setTheme}
        />
        <Select
          label={t('fields.kind')}
          value={kind}
          onChange={(e) => setKind(e.target.value as TransferKind)}
          options={TRANSFER_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
        />
        <Select
          label={t('fields.transferring')}
          emptyOption={t('detail.none')}
          value={transferring}
          onChange={(e) => setTransferring(e.target.value)}
          options={parties
            .filter((p) => p.kind !== 'municipality')
            .map((p) => ({ value: p.entityId, label: p.name }))}
        />
        <ReceivingParties members={members} value={receiving} onChange={setReceiving} />
        <Button type="submit" variant="primary" busy={create.isPending}>
          {t('form.create')}
        </Button>
      </form>
    </>
  );
}

/** The cluster's municipalities to tick as the receiving parties. */
function ReceivingParties({
  members,
  value,
  onChange,
}: {
  members: { partyId: string; name: string }[];
  value: string[];
  onChange: (next: string[]) => void;
}) {
  const { t } = useTranslation('transfers');
  if (!members.length) return null;
  return (
    <fieldset className="transfer-section">
      <legend>{t('fields.receiving')}</legend>
      {members.map((m) => (
        <label key={m.partyId} className="transfer-checkbox">
          <input
            type="checkbox"
            checked={value.includes(m.partyId)}
            onChange={(e) =>
              onChange(
                e.target.checked ? [...value, m.partyId] : value.filter((x) => x !== m.partyId),
              )
            }
          />
          {m.name}
        </label>
      ))}
    </fieldset>
  );
}

function TextFields(props: {
  title: string;
  description: string;
  theme: string;
  onTitle: (v: string) => void;
  onDescription: (v: string) => void;
  onTheme: (v: string) => void;
}) {
  const { t } = useTranslation('transfers');
  const { title, description, theme } = props;
  const setTitle = props.onTitle;
  const setDescription = props.onDescription;
  const setTheme = props.onTheme;
  return (
    <>
      <TextField
        label={t('fields.title')}
        value={title}
        required
        maxLength={300}
        onChange={(e) => setTitle(e.target.value)}
      />
      <TextArea
        label={t('fields.description')}
        value={description}
        rows={4}
        onChange={(e) => setDescription(e.target.value)}
      />
      <TextField
        label={t('fields.theme')}
        value={theme}
        onChange={(e) => setTheme(e.target.value)}
      />
    </>
  );
}
