/**
 * The dialogs of the funding page: a new pool (secretariat) and a new application (its lead
 * party starts with the whole budget; the split is edited on the application's page).
 */
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { todayInDenmark } from '../../../shared/dates';
import { useErrorText } from '../../app/errors';
import { Alert, Button, Dialog, Select, TextArea, TextField, useToast } from '../../ui/index';
import { useOverview as useOrgOverview } from '../organisation/org.api';
import { fundingPages, useCreateApplication, useCreatePool, usePools } from './funding.api';
import { parseKroner } from './money-input';

interface DialogProps {
  collaborationId: string;
  open: boolean;
  onClose: () => void;
}

/** The secretariat registers a pool. */
export function NewPoolDialog({ collaborationId, open, onClose }: DialogProps) {
  const { t } = useTranslation('funding');
  const { t: tc } = useTranslation();
  const toast = useToast();
  const errorText = useErrorText();
  const create = useCreatePool();
  const [form, setForm] = useState({ owner: '', title: '', amount: '', deadline: '', url: '' });
  const [problem, setProblem] = useState<string | null>(null);
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm({ ...form, [k]: e.target.value });

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    const amountOre = parseKroner(form.amount);
    if (amountOre === null) return setProblem(t('form.invalidAmount'));
    setProblem(null);
    create.mutate(
      {
        collaborationId,
        owner: form.owner.trim(),
        title: form.title.trim(),
        amountOre,
        deadline: form.deadline,
        criteriaUrl: form.url.trim(),
      },
      {
        onSuccess: () => {
          toast.show(t('pools.created'), 'success');
          setForm({ owner: '', title: '', amount: '', deadline: '', url: '' });
          onClose();
        },
      },
    );
  };

  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={t('pools.new')}
      footer={
        <>
          <Button onClick={onClose}>{tc('actions.cancel')}</Button>
          <Button variant="primary" busy={create.isPending} onClick={() => submit()}>
            {t('pools.create')}
          </Button>
        </>
      }
    >
      <form className="stack" onSubmit={submit} noValidate>
        <TextField label={t('pools.owner')} value={form.owner} onChange={set('owner')} required />
        <TextField label={t('pools.name')} value={form.title} onChange={set('title')} required />
        <TextField
          label={t('pools.amount')}
          hint={t('pools.amountHint')}
          inputMode="decimal"
          value={form.amount}
          onChange={set('amount')}
          required
        />
        <TextField
          label={t('pools.deadline')}
          type="date"
          value={form.deadline}
          onChange={set('deadline')}
          required
        />
        <TextField
          label={t('pools.criteria')}
          hint={t('pools.criteriaHint')}
          type="url"
          value={form.url}
          onChange={set('url')}
          required
        />
        {problem ? <Alert tone="error">{problem}</Alert> : null}
        {create.error ? <Alert tone="error">{errorText(create.error)}</Alert> : null}
      </form>
    </Dialog>
  );
}

/** A member or the secretariat creates an application (status idea). */
export function NewApplicationDialog({ collaborationId, open, onClose }: DialogProps) {
  const { t } = useTranslation('funding');
  const { t: tc } = useTranslation();
  const navigate = useNavigate();
  const toast = useToast();
  const errorText = useErrorText();
  const pools = usePools(collaborationId);
  const org = useOrgOverview(collaborationId, todayInDenmark());
  const create = useCreateApplication();
  const [form, setForm] = useState({
    title: '',
    description: '',
    poolId: '',
    forumId: '',
    leadPartyId: '',
    total: '',
  });
  const [problem, setProblem] = useState<string | null>(null);
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm({ ...form, [k]: e.target.value });
  const fora = (org.data?.foraByLevel ?? []).flatMap((l) => l.fora);
  const clusterFora = [...fora].sort((a, b) => Number(!a.clusterId) - Number(!b.clusterId));

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    const totalOre = parseKroner(form.total);
    if (!form.title.trim() || !form.poolId || !form.forumId || !form.leadPartyId) {
      return setProblem(t('form.required'));
    }
    if (totalOre === null) return setProblem(t('form.invalidAmount'));
    setProblem(null);
    create.mutate(
      {
        poolId: form.poolId,
        ownerForumId: form.forumId,
        title: form.title.trim(),
        description: form.description.trim(),
        leadPartyId: form.leadPartyId,
        totalBudgetOre: totalOre,
        shares: [{ partyId: form.leadPartyId, amountOre: totalOre }],
        initiativeIds: [],
        pilotIds: [],
      },
      {
        onSuccess: (created) => {
          toast.show(t('form.created'), 'success');
          onClose();
          void navigate(fundingPages.application(created.id));
        },
      },
    );
  };

  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={t('form.title')}
      footer={
        <>
          <Button onClick={onClose}>{tc('actions.cancel')}</Button>
          <Button variant="primary" busy={create.isPending} onClick={() => submit()}>
            {t('form.create')}
          </Button>
        </>
      }
    >
      <form className="stack" onSubmit={submit} noValidate>
        <TextField label={t('form.name')} value={form.title} onChange={set('title')} required />
        <TextArea
          label={t('form.description')}
          value={form.description}
          onChange={set('description')}
          rows={3}
        />
        <Select
          label={t('form.pool')}
          emptyOption={t('form.choose')}
          value={form.poolId}
          options={(pools.data?.items ?? []).map((p) => ({
            value: p.id,
            label: `${p.title} (${p.owner})`,
          }))}
          onChange={set('poolId')}
          required
        />
        <Select
          label={t('form.forum')}
          emptyOption={t('form.choose')}
          value={form.forumId}
          options={clusterFora.map((f) => ({ value: f.entityId, label: f.name }))}
          onChange={set('forumId')}
          required
        />
        <Select
          label={t('form.lead')}
          emptyOption={t('form.choose')}
          value={form.leadPartyId}
          options={(org.data?.parties ?? []).map((p) => ({ value: p.entityId, label: p.name }))}
          onChange={set('leadPartyId')}
          required
        />
        <TextField
          label={t('form.total')}
          inputMode="decimal"
          value={form.total}
          onChange={set('total')}
          required
        />
        {problem ? <Alert tone="error">{problem}</Alert> : null}
        {create.error ? <Alert tone="error">{errorText(create.error)}</Alert> : null}
      </form>
    </Dialog>
  );
}
