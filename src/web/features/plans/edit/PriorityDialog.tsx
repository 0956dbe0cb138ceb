/**
 * A cluster's priority of an initiative (now, later, not relevant), with a note and the day it
 * was decided: from a cell of the priorities page.
 */
import { useTranslation } from 'react-i18next';
import { todayInDenmark } from '../../../../shared/dates';
import { CLUSTER_PRIORITIES, type ClusterPriority } from '../../../../shared/plans.enums';
import { Select, TextArea, TextField } from '../../../ui/index';
import { usePutPriority } from '../plans-edit.api';
import { FormDialog } from './EditParts';
import { useEditForm, useSaved } from './EditForm';
import { checkPriority, type PriorityForm } from './plan-forms';

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
  const saved = useSaved();
  const put = usePutPriority(planId);
  const { form, set, message, check, text } = useEditForm<PriorityForm>(
    {
      clusterId: target.clusterId,
      priority: target.current?.priority ?? '',
      note: target.current?.note ?? '',
      decidedOn: todayInDenmark(),
    },
    put.error,
  );
  const submit = () => {
    const body = check(checkPriority(form));
    if (!body) return;
    put.mutate(
      { initiativeId: target.initiativeId, ...body },
      { onSuccess: saved(t('priority.saved'), onClose) },
    );
  };
  return (
    <FormDialog
      title={t('priority.titleFor', { initiative: target.initiativeLabel })}
      onClose={onClose}
      onSubmit={submit}
      mutation={put}
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
      <TextArea label={t('fields.note')} rows={2} {...text('note')} />
      <TextField label={t('fields.decidedOn')} type="date" {...text('decidedOn')} required />
    </FormDialog>
  );
}
