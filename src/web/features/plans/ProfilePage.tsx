import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/language';
import { formatDateTimeCompact } from '../../format';
import { Table } from '../../ui/index';
import { QueryState } from '../organisation/QueryState';
import { PlanHeader } from './PlanHeader';
import { DegreeBadge, useDate, usePlanId } from './PlanParts';
import { usePlan, useProfile } from './plans.api';
import { planPages } from './plans.paths';
import './plans.css';

/** A municipality's profile in a plan: its degrees per initiative and its answers per round. */
export function ProfilePage() {
  const { t } = useTranslation('plansUi');
  const planId = usePlanId();
  const partyId = useParams().partyId ?? '';
  const profile = useProfile(planId, partyId);
  const plan = usePlan(planId);
  const date = useDate();
  const { language } = useLanguage();
  return (
    <>
      <PlanHeader
        planId={planId}
        title={
          profile.data ? `${t('profile.title')}: ${profile.data.partyName}` : t('profile.title')
        }
      />
      <QueryState query={profile} loadingLabel={t('loading')}>
        {(data) => (
          <>
            <p>{t('profile.intro', { party: data.partyName, plan: plan.data?.title ?? '' })}</p>
            {data.round ? (
              <p>
                {t('heatmap.asOf', {
                  title: data.round.title,
                  deadline: date(data.round.deadline),
                })}
              </p>
            ) : null}
            <p className="plan-big">
              {t('profile.summary', {
                average:
                  data.summary.average === null
                    ? t('progress.noScore')
                    : Math.round(data.summary.average),
                counted: data.summary.counted,
                total: data.summary.total,
              })}
            </p>
            <section className="plan-section" aria-labelledby="profile-degrees">
              <h2 id="profile-degrees">{t('profile.degrees')}</h2>
              <Table caption={t('profile.degreesCaption')} captionHidden>
                <thead>
                  <tr>
                    <th scope="col">{t('form.number')}</th>
                    <th scope="col">{t('form.initiative')}</th>
                    <th scope="col">{t('initiative.degree')}</th>
                    <th scope="col">{t('profile.previous')}</th>
                    <th scope="col">{t('initiative.comment')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.degrees.map((d) => (
                    <tr key={d.initiativeId}>
                      <td>{d.number}</td>
                      <th scope="row">
                        <Link to={planPages.initiative(planId, d.initiativeId)}>{d.title}</Link>
                      </th>
                      <td>
                        <DegreeBadge scale={data.scale} degree={d.degree} />
                        {d.changedSinceLastRound ? (
                          <strong className="plan-changed"> ▲ {t('profile.changed')}</strong>
                        ) : null}
                      </td>
                      <td>
                        <DegreeBadge scale={data.scale} degree={d.previousDegree} />
                      </td>
                      <td>{d.comment || t('dash')}</td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            </section>
            <section className="plan-section" aria-labelledby="profile-answers">
              <h2 id="profile-answers">{t('profile.answers')}</h2>
              <Table caption={t('profile.answersCaption')} captionHidden>
                <thead>
                  <tr>
                    <th scope="col">{t('rounds.round')}</th>
                    <th scope="col">{t('rounds.deadline')}</th>
                    <th scope="col">{t('round.status')}</th>
                    <th scope="col">{t('round.answeredAt')}</th>
                    <th scope="col">{t('round.noChanges')}</th>
                    <th scope="col">{t('round.fieldsTouched')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.answers.map((a) => (
                    <tr key={a.roundId}>
                      <th scope="row">
                        <Link to={planPages.round(a.roundId)}>{a.title}</Link>
                      </th>
                      <td>{date(a.deadline)}</td>
                      <td>{t(`responseStatuses.${a.status}`)}</td>
                      <td>
                        {a.answeredAt ? formatDateTimeCompact(a.answeredAt, language) : t('dash')}
                      </td>
                      <td>
                        {a.status === 'answered'
                          ? a.noChanges
                            ? t('profile.yes')
                            : t('profile.no')
                          : t('dash')}
                      </td>
                      <td>{a.status === 'answered' ? a.fieldsTouched : t('dash')}</td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            </section>
          </>
        )}
      </QueryState>
    </>
  );
}
