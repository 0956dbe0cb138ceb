/** The transfer list's filters: status, kind, collaboration → cluster, precedents only. */
import { useTranslation } from 'react-i18next';
import { todayInDenmark } from '../../../shared/dates';
import {
  TRANSFER_KINDS,
  TRANSFER_STATUSES,
  type TransferKind,
  type TransferStatus,
} from '../../../shared/transfers.contract';
import { Select } from '../../ui/index';
import { useCollaborationList } from '../meetings/org-lookup.api';
import { useOverview } from './transfers.api';

export interface FilterState {
  status: TransferStatus | '';
  kind: TransferKind | '';
  collaborationId: string;
  clusterId: string;
  precedent: boolean;
}

export const NO_FILTER: FilterState = {
  status: '',
  kind: '',
  collaborationId: '',
  clusterId: '',
  precedent: false,
};

/** The filters; every change goes back to the first page (the caller's `onChange`). */
export function TransferFilters({
  value,
  onChange,
}: {
  value: FilterState;
  onChange: (next: FilterState) => void;
}) {
  const { t } = useTranslation('transfers');
  const today = todayInDenmark();
  const collaborations = useCollaborationList(today);
  const overview = useOverview(value.collaborationId, today);
  const set = (patch: Partial<FilterState>) => onChange({ ...value, ...patch });
  return (
    <section aria-label={t('list.filters')} className="transfer-filters">
      <Select
        label={t('fields.status')}
        emptyOption={t('list.all')}
        value={value.status}
        onChange={(e) => set({ status: e.target.value as TransferStatus | '' })}
        options={TRANSFER_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
      />
      <Select
        label={t('fields.kind')}
        emptyOption={t('list.all')}
        value={value.kind}
        onChange={(e) => set({ kind: e.target.value as TransferKind | '' })}
        options={TRANSFER_KINDS.map((k) => ({ value: k, label: t(`kindsShort.${k}`) }))}
      />
      <Select
        label={t('fields.collaboration')}
        emptyOption={t('list.all')}
        value={value.collaborationId}
        onChange={(e) => set({ collaborationId: e.target.value, clusterId: '' })}
        options={(collaborations.data?.items ?? []).map((c) => ({
          value: c.entityId,
          label: c.name,
        }))}
      />
      <Select
        label={t('fields.cluster')}
        emptyOption={t('list.all')}
        value={value.clusterId}
        disabled={!value.collaborationId}
        onChange={(e) => set({ clusterId: e.target.value })}
        options={(overview.data?.clusters ?? []).map((c) => ({
          value: c.cluster.entityId,
          label: c.cluster.name,
        }))}
      />
      <label className="transfer-checkbox">
        <input
          type="checkbox"
          checked={value.precedent}
          onChange={(e) => set({ precedent: e.target.checked })}
        />
        {t('list.onlyPrecedent')}
      </label>
    </section>
  );
}
