/**
 * One task transfer: its facts, the assessment form (the South Danish model's four dimensions,
 * each a text, an amount in kr. and a rating), the precedent flag with its reason, the decision
 * form, withdrawing (with a confirmation) and the orientation item's link on the committee's
 * agenda (or its pending state, with "place it now").
 */
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { todayInDenmark } from '../../../shared/dates';
import {
  formatKroner,
  parseKroner,
  RATING_MAX,
  RATING_MIN,
  TRANSFER_DIMENSIONS,
  TRANSFER_KINDS,
  type Assessment,
  type TransferDetail,
  type TransferDimension,
  type TransferKind,
} from '../../../shared/transfers.contract';
import { useErrorText } from '../../app/errors';
import {
  Alert,
  Button,
  ConfirmDialog,
  PageHeader,
  Select,
  TextArea,
  TextField,
  useToast,
} from '../../ui/index';
import { QueryState } from '../organisation/QueryState';
import { useDate } from '../plans/PlanParts';
import {
  transferPages,
  useDecideTransfer,
  usePlaceOrientation,
  useTransfer,
  useUpdateTransfer,
  useWithdrawTransfer,
} from './transfers.api';
import { DimensionView, PrecedentBadge } from './TransferParts';
import './transfers.css';

export function TransferPage() {
  const { transferId = '' } = useParams();
  const { t } = useTranslation('transfers');
  const query = useTransfer(transferId);
  return (
    <QueryState query={query}>
      {(transfer) => (
        <>
          <PageHeader
            title={transfer.title}
            description={
              <p>
                <Link to={transferPages.list}>{t('detail.back')}</Link>
              </p>
            }
          />
          <Facts transfer={transfer} />
          {transfer.status === 'underAssessment' ? (
            <AssessmentForm key={transfer.version} transfer={transfer} />
          ) : (
            <ReadOnlyAssessment transfer={transfer} />
          )}
          <DecisionSection transfer={transfer} />
          <OrientationSection transfer={transfer} />
        </>
      )}
    </QueryState>
  );
}

function Facts({ transfer }: { transfer: TransferDetail }) {
  const { t } = useTranslation('transfers');
  const date = useDate();
  const names = (list: { name: string }[]) =>
    list.map((p) => p.name).join(', ') || t('detail.none');
  return (
    <section className="transfer-section" aria-labelledby="transfer-facts">
      <h2 id="transfer-facts" className="visually-hidden">
        {t('fields.status')}
      </h2>
      {transfer.precedent ? (
        <p>
          <PrecedentBadge /> {transfer.precedentReason}
        </p>
      ) : null}
      <dl>
        <dt>{t('fields.status')}</dt>
        <dd>{t(`statuses.${transfer.status}`)}</dd>
        <dt>{t('fields.kind')}</dt>
        <dd>{t(`kinds.${transfer.kind}`)}</dd>
        <dt>{t('fields.cluster')}</dt>
        <dd>{transfer.cluster.name}</dd>
        <dt>{t('fields.forum')}</dt>
        <dd>{transfer.forum.name}</dd>
        <dt>{t('fields.theme')}</dt>
        <dd>{transfer.theme ?? t('detail.none')}</dd>
        <dt>{t('fields.transferring')}</dt>
        <dd>{names(transfer.transferringParties)}</dd>
        <dt>{t('fields.receiving')}</dt>
        <dd>{names(transfer.receivingParties)}</dd>
        <dt>{t('fields.openedOn')}</dt>
        <dd>{date(transfer.openedOn)}</dd>
      </dl>
      {transfer.description ? <p>{transfer.description}</p> : null}
    </section>
  );
}

function ReadOnlyAssessment({ transfer }: { transfer: TransferDetail }) {
  const { t } = useTranslation('transfers');
  return (
    <section className="transfer-section" aria-labelledby="transfer-assessment">
      <h2 id="transfer-assessment">{t('form.assessment')}</h2>
      <dl>
        {TRANSFER_DIMENSIONS.map((d) => (
          <div key={d}>
            <dt>{t(`dimensions.${d}`)}</dt>
            <dd>
              <DimensionView value={transfer.assessment[d]} />
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

interface DimensionDraft {
  text: string;
  amount: string;
  rating: string;
}

function draftOf(a: Assessment): Record<TransferDimension, DimensionDraft> {
  const out = {} as Record<TransferDimension, DimensionDraft>;
  for (const d of TRANSFER_DIMENSIONS) {
    out[d] = {
      text: a[d].text,
      amount: a[d].amountOre === null ? '' : formatKroner(a[d].amountOre).replace(' kr.', ''),
      rating: a[d].rating === null ? '' : String(a[d].rating),
    };
  }
  return out;
}

function AssessmentForm({ transfer }: { transfer: TransferDetail }) {
  const { t } = useTranslation('transfers');
  const toast = useToast();
  const errorText = useErrorText();
  const update = useUpdateTransfer(transfer.id);
  const [draft, setDraft] = useState(() => draftOf(transfer.assessment));
  const [precedent, setPrecedent] = useState(transfer.precedent);
  const [reason, setReason] = useState(transfer.precedentReason ?? '');
  const [kind, setKind] = useState<TransferKind>(transfer.kind);
  const amounts = Object.fromEntries(
    TRANSFER_DIMENSIONS.map((d) => [
      d,
      draft[d].amount.trim() ? parseKroner(draft[d].amount) : null,
    ]),
  ) as Record<TransferDimension, number | null>;
  const invalid = TRANSFER_DIMENSIONS.filter((d) => draft[d].amount.trim() && amounts[d] === null);
  const set = (d: TransferDimension, patch: Partial<DimensionDraft>) =>
    setDraft((x) => ({ ...x, [d]: { ...x[d], ...patch } }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (invalid.length) return;
    const assessment = Object.fromEntries(
      TRANSFER_DIMENSIONS.map((d) => [
        d,
        {
          text: draft[d].text,
          amountOre: amounts[d],
          rating: draft[d].rating ? Number(draft[d].rating) : null,
        },
      ]),
    ) as Assessment;
    update.mutate(
      { assessment, precedent, precedentReason: precedent ? reason : null, kind },
      { onSuccess: () => toast.show(t('form.saved'), 'success') },
    );
  };

  const ratings = Array.from({ length: RATING_MAX - RATING_MIN + 1 }, (_, i) => {
    const value = String(RATING_MIN + i);
    return { value, label: t(`ratings.${value}` as 'ratings.1') };
  });

  return (
    <form className="transfer-section" onSubmit={submit} noValidate aria-labelledby="assessment-h">
      <h2 id="assessment-h">{t('form.assessment')}</h2>
      <p>{t('form.assessmentHint')}</p>
      {transfer.missingDimensions.length ? (
        <Alert tone="warning">
          {t('form.missing', {
            dimensions: transfer.missingDimensions.map((d) => t(`dimensions.${d}`)).join(', '),
          })}
        </Alert>
      ) : null}
      {update.error ? <Alert tone="error">{errorText(update.error)}</Alert> : null}
      <div className="transfer-dimensions">
        {TRANSFER_DIMENSIONS.map((d) => (
          <fieldset key={d} className="transfer-dimension">
            <legend>{t(`dimensions.${d}`)}</legend>
            <TextArea
              label={`${t(`dimensions.${d}`)}: ${t('fields.text')}`}
              value={draft[d].text}
              rows={4}
              onChange={(e) => set(d, { text: e.target.value })}
            />
            <TextField
              label={`${t(`dimensions.${d}`)}: ${t('fields.amount')}`}
              inputMode="decimal"
              value={draft[d].amount}
              error={invalid.includes(d) ? t('form.amountInvalid') : undefined}
              onChange={(e) => set(d, { amount: e.target.value })}
            />
            <Select
              label={`${t(`dimensions.${d}`)}: ${t('fields.rating')}`}
              emptyOption={t('fields.noRating')}
              value={draft[d].rating}
              onChange={(e) => set(d, { rating: e.target.value })}
              options={ratings}
            />
          </fieldset>
        ))}
      </div>
      <Select
        label={t('fields.kind')}
        value={kind}
        onChange={(e) => setKind(e.target.value as TransferKind)}
        options={TRANSFER_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
      />
      <label className="transfer-checkbox">
        <input
          type="checkbox"
          checked={precedent}
          onChange={(e) => setPrecedent(e.target.checked)}
        />
        {t('fields.precedent')}
      </label>
      {precedent ? (
        <TextArea
          label={t('fields.precedentReason')}
          value={reason}
          rows={2}
          onChange={(e) => setReason(e.target.value)}
        />
      ) : null}
      <Button type="submit" variant="primary" busy={update.isPending}>
        {t('form.save')}
      </Button>
    </form>
  );
}

function DecisionSection({ transfer }: { transfer: TransferDetail }) {
  const { t } = useTranslation('transfers');
  const date = useDate();
  const toast = useToast();
  const errorText = useErrorText();
  const decide = useDecideTransfer(transfer.id);
  const withdraw = useWithdrawTransfer(transfer.id);
  const [decidedOn, setDecidedOn] = useState(todayInDenmark());
  const [kind, setKind] = useState<TransferKind>(transfer.kind);
  const [confirming, setConfirming] = useState(false);

  if (transfer.status === 'decided') {
    return (
      <section className="transfer-section" aria-labelledby="decision-h">
        <h2 id="decision-h">{t('decision.title')}</h2>
        <p>
          {t('decision.decided', {
            kind: t(`kinds.${transfer.kind}`),
            forum: transfer.decidingForum?.name ?? '',
            date: date(transfer.decidedOn),
          })}
        </p>
      </section>
    );
  }
  if (transfer.status === 'withdrawn') {
    return (
      <section className="transfer-section" aria-labelledby="decision-h">
        <h2 id="decision-h">{t('decision.title')}</h2>
        <p>
          {t('statuses.withdrawn')}
          {transfer.withdrawnReason ? `: ${transfer.withdrawnReason}` : ''}
        </p>
      </section>
    );
  }
  const submit = (e: FormEvent) => {
    e.preventDefault();
    decide.mutate(
      { decidedOn, kind },
      { onSuccess: () => toast.show(t('decision.done'), 'success') },
    );
  };
  return (
    <section className="transfer-section" aria-labelledby="decision-h">
      <h2 id="decision-h">{t('decision.title')}</h2>
      <form onSubmit={submit} noValidate>
        {decide.error ? <Alert tone="error">{errorText(decide.error)}</Alert> : null}
        <Select
          label={`${t('decision.title')}: ${t('fields.kind')}`}
          value={kind}
          onChange={(e) => setKind(e.target.value as TransferKind)}
          options={TRANSFER_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
        />
        <TextField
          type="date"
          label={t('fields.decidedOn')}
          value={decidedOn}
          required
          onChange={(e) => setDecidedOn(e.target.value)}
        />
        <p className="transfer-pager">
          <Button type="submit" variant="primary" busy={decide.isPending}>
            {t('decision.submit')}
          </Button>
          <Button variant="danger" onClick={() => setConfirming(true)}>
            {t('decision.withdraw')}
          </Button>
        </p>
      </form>
      <ConfirmDialog
        open={confirming}
        title={t('decision.withdraw')}
        confirmLabel={t('decision.withdraw')}
        busy={withdraw.isPending}
        error={withdraw.error ? errorText(withdraw.error) : undefined}
        onCancel={() => setConfirming(false)}
        onConfirm={() =>
          withdraw.mutate('', {
            onSuccess: () => {
              setConfirming(false);
              toast.show(t('decision.withdrawn'), 'success');
            },
          })
        }
      >
        {t('decision.withdrawConfirm')}
      </ConfirmDialog>
    </section>
  );
}

function OrientationSection({ transfer }: { transfer: TransferDetail }) {
  const { t } = useTranslation('transfers');
  const date = useDate();
  const toast = useToast();
  const errorText = useErrorText();
  const place = usePlaceOrientation(transfer.id);
  const o = transfer.orientation;
  return (
    <section className="transfer-section" aria-labelledby="orientation-h">
      <h2 id="orientation-h">{t('orientation.title')}</h2>
      {!o ? <p>{t('orientation.none')}</p> : null}
      {o?.status === 'placed' && o.meeting ? (
        <p>
          {t('orientation.placed', {
            meeting: o.meeting.title,
            date: date(o.meeting.date),
            committee: o.committee.name,
          })}{' '}
          {transfer.precedent ? <PrecedentBadge /> : null}{' '}
          <Link to={`/meetings/${o.meeting.id}/agenda`}>{t('orientation.open')}</Link>
        </p>
      ) : null}
      {o?.status === 'pending' ? (
        <>
          <p>{t('orientation.pending', { committee: o.committee.name })}</p>
          {place.error ? <Alert tone="error">{errorText(place.error)}</Alert> : null}
          <Button
            busy={place.isPending}
            onClick={() =>
              place.mutate(undefined, {
                onSuccess: () => toast.show(t('orientation.placedToast'), 'success'),
              })
            }
          >
            {t('orientation.place')}
          </Button>
        </>
      ) : null}
    </section>
  );
}
