import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { RoundDetail } from '../../../shared/plan-rounds.contract';
import { useErrorText } from '../../app/errors';
import { useLanguage } from '../../app/language';
import { formatDateTimeCompact } from '../../format';
import { buttonClass, Button, ConfirmDialog, PageHeader, Table, useToast } from '../../ui/index';
import { QueryState } from '../organisation/QueryState';
import { FictionalBadge, PlanNav, useDate, useIsSecretariat } from './PlanParts';
import { useCloseRound, usePlan, useRound } from './plans.api';
import { apiHref, planApi, planPages } from './plans.paths';
import './plans.css';

/** Who has answered, when, with how many fields touched. */
function PartyTable({ round: data }: { round: RoundDetail }) {
  const { t } = useTranslation('plansUi');
  const date = useDate();
  const { language } = useLanguage();
  const roundId = data.id;
  return (
    <Table caption={t('round.caption')}>
      <thead>
        <tr>
          <th scope="col">{t('round.party')}</th>
          <th scope="col">{t('round.status')}</th>
          <th scope="col">{t('round.answeredAt')}</th>
          <th scope="col">{t('round.noChanges')}</th>
          <th scope="col">{t('round.fieldsTouched')}</th>
          <th scope="col">{t('round.reminded')}</th>
          {data.status === 'open' ? <th scope="col">{t('round.openForm')}</th> : null}
        </tr>
      </thead>
      <tbody>
        {data.parties.map((p) => (
          <tr key={p.partyId}>
            <th scope="row">
              <Link to={planPages.profile(data.planId, p.partyId)}>{p.partyName}</Link>
            </th>
            <td>
              <span className={`plan-status plan-status-${p.status}`}>
                {p.status === 'answered' ? '✓ ' : '… '}
                {t(`responseStatuses.${p.status}`)}
              </span>
            </td>
            <td>{p.answeredAt ? formatDateTimeCompact(p.answeredAt, language) : t('dash')}</td>
            <td>
              {p.status === 'answered'
                ? p.noChanges
                  ? t('profile.yes')
                  : t('profile.no')
                : t('dash')}
            </td>
            <td>{p.status === 'answered' ? p.fieldsTouched : t('dash')}</td>
            <td>{date(p.remindedOn) || t('dash')}</td>
            {data.status === 'open' ? (
              <td>
                <Link to={planPages.form(roundId, p.partyId)}>
                  {t('round.openForm')}
                  <span className="visually-hidden">: {p.partyName}</span>
                </Link>
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

/** A round's live status: who has answered, the burden; the secretariat closes it here. */
export function RoundPage() {
  const { t } = useTranslation('plansUi');
  const roundId = useParams().roundId ?? '';
  const round = useRound(roundId);
  const plan = usePlan(round.data?.planId ?? '');
  const close = useCloseRound(roundId);
  const secretariat = useIsSecretariat();
  const date = useDate();
  const toast = useToast();
  const errorText = useErrorText();
  const [confirming, setConfirming] = useState(false);
  return (
    <QueryState query={round} loadingLabel={t('loading')}>
      {(data) => (
        <>
          <PageHeader
            title={data.title}
            description={
              <p>
                {data.planTitle} {plan.data?.fictional ? <FictionalBadge /> : null}
              </p>
            }
            actions={
              <>
                <a
                  className={buttonClass('secondary')}
                  href={apiHref(planApi.roundExport(roundId))}
                  download
                >
                  {t('rounds.exportXlsx')}
                </a>
                {secretariat && data.status === 'open' ? (
                  <Button variant="danger" onClick={() => setConfirming(true)}>
                    {t('round.close')}
                  </Button>
                ) : null}
              </>
            }
          />
          <PlanNav planId={data.planId} />
          <p>
            <Link to={planPages.rounds(data.planId)}>{t('round.back')}</Link>
          </p>
          <dl className="plan-facts">
            <dt>{t('round.status')}</dt>
            <dd>{t(`roundStatuses.${data.status}`)}</dd>
            <dt>{t('round.deadline')}</dt>
            <dd>{date(data.deadline)}</dd>
          </dl>
          <p aria-live="polite" className="plan-big">
            {t('round.answered', { answered: data.answeredCount, parties: data.partyCount })}.{' '}
            {t('round.burden', { count: data.totalFieldsTouched })}
          </p>
          {data.status === 'open' ? <p className="muted">{t('round.live')}</p> : null}
          <PartyTable round={data} />
          <ConfirmDialog
            open={confirming}
            title={t('round.closeTitle')}
            confirmLabel={t('round.closeConfirm')}
            busy={close.isPending}
            error={close.error ? errorText(close.error) : null}
            onCancel={() => {
              setConfirming(false);
              close.reset();
            }}
            onConfirm={() =>
              close.mutate(undefined, {
                onSuccess: () => {
                  setConfirming(false);
                  toast.show(t('round.closed'), 'success');
                },
              })
            }
          >
            <p>{t('round.closeBody')}</p>
          </ConfirmDialog>
        </>
      )}
    </QueryState>
  );
}
