/**
 * The budget split editor: the total and one row per participating party (kroner), the running
 * difference announced politely as it changes, and save (the server checks the sum to the øre).
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationDetail } from '../../../shared/funding.contract';
import { todayInDenmark } from '../../../shared/dates';
import { useErrorText } from '../../app/errors';
import { Alert, Button, Select, Table, TextField, useToast } from '../../ui/index';
import { useOverview as useOrgOverview } from '../organisation/org.api';
import { useUpdateApplication } from './funding.api';
import { formatKroner, kronerText, parseKroner } from './money-input';

interface Row {
  key: number;
  partyId: string;
  amount: string;
}

let nextKey = 1;

/** The rows of the split: a party and an amount each, removable while more than one. */
function ShareRows(props: {
  rows: Row[];
  parties: { value: string; label: string }[];
  setRow: (key: number, patch: Partial<Row>) => void;
  remove: (key: number) => void;
}) {
  const { t } = useTranslation('funding');
  const { rows, parties, setRow } = props;
  return (
    <Table caption={t('split.caption')} captionHidden>
      <thead>
        <tr>
          <th scope="col">{t('split.party')}</th>
          <th scope="col">{t('split.amount')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('obligations.delete')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => {
          const name = parties.find((p) => p.value === r.partyId)?.label ?? '';
          return (
            <tr key={r.key}>
              <td>
                <Select
                  label={`${t('split.party')} ${i + 1}`}
                  emptyOption={t('split.choose')}
                  value={r.partyId}
                  options={parties}
                  onChange={(e) => setRow(r.key, { partyId: e.target.value })}
                />
              </td>
              <td>
                <TextField
                  label={`${t('split.amount')} ${name}`.trim()}
                  inputMode="decimal"
                  value={r.amount}
                  onChange={(e) => setRow(r.key, { amount: e.target.value })}
                />
              </td>
              <td>
                <Button
                  size="sm"
                  variant="ghost"
                  disabled={rows.length === 1}
                  aria-label={t('split.remove', { party: name || i + 1 })}
                  onClick={() => props.remove(r.key)}
                >
                  {t('obligations.delete')}
                </Button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}

export function BudgetSplitEditor({ application }: { application: ApplicationDetail }) {
  const { t } = useTranslation('funding');
  const toast = useToast();
  const errorText = useErrorText();
  const update = useUpdateApplication(application.id);
  const org = useOrgOverview(application.collaborationId, todayInDenmark());
  const [total, setTotal] = useState(kronerText(application.totalBudgetOre));
  const [lead, setLead] = useState(application.leadParty.id);
  const [rows, setRows] = useState<Row[]>(() =>
    application.shares.map((s) => ({
      key: nextKey++,
      partyId: s.partyId,
      amount: kronerText(s.amountOre),
    })),
  );
  const parties = (org.data?.parties ?? []).map((p) => ({ value: p.entityId, label: p.name }));
  for (const s of application.shares) {
    if (!parties.some((p) => p.value === s.partyId)) {
      parties.push({ value: s.partyId, label: s.partyName });
    }
  }
  const totalOre = parseKroner(total);
  const amounts = rows.map((r) => parseKroner(r.amount));
  const valid = totalOre !== null && amounts.every((a) => a !== null);
  const difference = valid
    ? (totalOre as number) - amounts.reduce<number>((s, a) => s + (a ?? 0), 0)
    : null;
  const differenceText =
    difference === null
      ? t('form.invalidAmount')
      : difference === 0
        ? t('split.balanced', { total: formatKroner(totalOre as number) })
        : difference > 0
          ? t('split.missing', { amount: formatKroner(difference) })
          : t('split.over', { amount: formatKroner(-difference) });
  const setRow = (key: number, patch: Partial<Row>) =>
    setRows(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  const save = (event?: FormEvent) => {
    event?.preventDefault();
    if (!valid) return;
    update.mutate(
      {
        title: application.title,
        description: application.description,
        leadPartyId: lead,
        totalBudgetOre: totalOre as number,
        shares: rows.map((r, i) => ({ partyId: r.partyId, amountOre: amounts[i] as number })),
        initiativeIds: application.initiatives.map((i) => i.id),
        pilotIds: application.pilotIds,
      },
      { onSuccess: () => toast.show(t('split.saved'), 'success') },
    );
  };

  return (
    <form className="stack" onSubmit={save} noValidate>
      <div className="funding-filters">
        <TextField
          label={t('form.total')}
          inputMode="decimal"
          value={total}
          onChange={(e) => setTotal(e.target.value)}
        />
        <Select
          label={t('form.lead')}
          value={lead}
          options={parties}
          onChange={(e) => setLead(e.target.value)}
        />
      </div>
      <ShareRows
        rows={rows}
        parties={parties}
        setRow={setRow}
        remove={(key) => setRows(rows.filter((x) => x.key !== key))}
      />
      <p
        className={`funding-difference${difference === 0 ? ' is-balanced' : ''}`}
        role="status"
        aria-live="polite"
      >
        <strong>{t('split.difference')}:</strong> {differenceText}
      </p>
      <div className="funding-actions">
        <Button onClick={() => setRows([...rows, { key: nextKey++, partyId: '', amount: '0' }])}>
          {t('split.addParty')}
        </Button>
        <Button
          type="submit"
          variant="primary"
          busy={update.isPending}
          disabled={!valid || rows.some((r) => !r.partyId)}
        >
          {t('split.save')}
        </Button>
      </div>
      {update.error ? <Alert tone="error">{errorText(update.error)}</Alert> : null}
    </form>
  );
}
