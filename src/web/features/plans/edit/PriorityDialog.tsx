/**
 * A cluster's priority of an initiative (now, later, not relevant), with a note and the day it
 * was decided: from a cell of the priorities page.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayInDenmark } from '../../../../shared/dates';
import { CLUSTER_PRIORITIES, type ClusterPriority } from '../../../../shared/plans.enums';
import { Select, TextArea, TextField, useToast } from '../../../ui/index';
import { usePutPriority } from '../plans-edit.api';
import { FormDialog, useFieldMessages } from './EditParts';
import { checkPriority, type ErrorKey, type PriorityForm } from './plan-forms';

/** What the dialog starts from: the row, the clusters and the cell's current value. */
export interface PriorityTarget {
  initiativeId: string;
  initiativeLabel: string;
  clusters: readonly { id: string; name: string }[];
  clusterId: string;
  current?: { priority: ClusterPriority; note: string; decidedOn: string } | undefined;
}

/** Records (or replaces) one cluster's priority of one initiative. */
export function PriorityDialog({
  planId,
  target,
  onClose,
}: {
  planId: string;
  target: PriorityTarget;
  onClose: () => void;
}) {
  const { t } = useTranslation('plansEdit');
  const { t: tu } = useTranslation('plans');
  const toast = useToast();
  const put = usePutPriority(planId);
  const [form, setForm] = useState<PriorityForm>({
    clusterId: target.clusterId,
    priority: target.current?.priority ?? '',
    note: target.current?.note ?? '',
    decidedOn: todayInDenmark(),
  });
  const [local, setLocal] = useState<Partial<Record<string, ErrorKey>>>({});
  const message = useFieldMessages(local, put.error);
  const set = (patch: Partial<PriorityForm>) => setForm((f) => ({ ...f, ...patch }));
  const submit = () => {
    const checked = checkPriority(form);
    if (!checked.ok) return setLocal(checked.errors);
    setLocal({});
    put.mutate(
      { initiativeId: target.initiativeId, ...checked.body },
      {
        onSuccess: () => {
          toast.show(t('priority.saved'), 'success');
          onClose();
        },
      },
    );
  };
  return (
    <FormDialog
      title={t('priority.titleFor', { initiative: target.initiativeLabel })}
      onClose={onClose}
      onSubmit={submit}
      busy={put.isPending}
      error={put.error}
      submitLabel={t('actions.save')}
    >
      <Select
        label={t('fields.cluster')}
        emptyOption={t('fields.chooseCluster')}
        value={form.clusterId}
        options={target.clusters.map((c) => ({ value: c.id, label: c.name }))}
        onChange={(e) => set({ clusterId: e.target.value })}
        error={message('clusterId')}
        required
      />
      <fieldset className="plan-picker">
        <legend>{t('fields.priority')}</legend>
        {CLUSTER_PRIORITIES.map((p) => (
          <label key={p} className="plan-check">
            <input
              type="radio"
              name="priority"
              value={p}
              checked={form.priority === p}
              onChange={() => set({ priority: p })}
            />{' '}
            {tu(`clusterPriorities.${p}`)}
          </label>
        ))}
        {message('priority') ? (
          <p className="field-error" role="alert">
            {message('priority')}
          </p>
        ) : null}
      </fieldset>
      <TextArea
        label={t('fields.note')}
        value={form.note}
        rows={2}
        onChange={(e) => set({ note: e.target.value })}
        error={message('note')}
      />
      <TextField
        label={t('fields.decidedOn')}
        type="date"
        value={form.decidedOn}
        onChange={(e) => set({ decidedOn: e.target.value })}
        error={message('decidedOn')}
        required
      />
    </FormDialog>
  );
}
