import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/language';
import { Table } from '../../ui/index';
import { QueryState } from '../organisation/QueryState';
import { PlanHeader } from './PlanHeader';
import { DegreeBadge, useDate, useIsSecretariat, usePlanId } from './PlanParts';
import { useInitiative, usePlan } from './plans.api';
import type { ScaleStep } from './heatmap';
import type { InitiativeDetail, PlanDetail } from '../../../shared/plans.contract';
import { InitiativeEditBar } from './edit/InitiativeDialogs';
import { RecordDegreeButton } from './edit/DegreeDialog';
import { useLinkEditing, useMilestoneEditing } from './edit/InitiativePartsDialogs';
import { planPages } from './plans.paths';
import './plans.css';

function Details({ i }: { i: InitiativeDetail }) {
  const { t } = useTranslation(['plansUi', 'plans']);
  const { language } = useLanguage();
  return (
    <section className="plan-section" aria-labelledby="init-details">
      <h2 id="init-details">{t('initiative.details')}</h2>
      {i.description ? <p>{i.description}</p> : null}
      <dl className="plan-facts">
        <dt>{t('initiative.level')}</dt>
        <dd>{t(`plans:levels.${i.level}`)}</dd>
        <dt>{t('initiative.forum')}</dt>
        <dd>{i.responsibleForumName ?? t('dash')}</dd>
        <dt>{t('initiative.parties')}</dt>
        <dd>
          {i.participatingParties.length
            ? i.participatingParties.map((p) => p.name).join(', ')
            : t('dash')}
        </dd>
        <dt>{t('initiative.economy')}</dt>
        <dd>
          {i.economyDkk === null
            ? t('dash')
            : `${i.economyDkk.toLocaleString(language === 'en' ? 'en-GB' : 'da-DK')} kr.`}
        </dd>
        <dt>{t('initiative.payer')}</dt>
        <dd>{i.payer || t('dash')}</dd>
        {i.economyNote ? (
          <>
            <dt>{t('initiative.economyNote')}</dt>
            <dd>{i.economyNote}</dd>
          </>
        ) : null}
        <dt>{t('initiative.yearPriorities')}</dt>
        <dd>
          {i.yearPriorities.length
            ? i.yearPriorities
                .map((p) => `${p.year}: ${t(`plans:yearPriorities.${p.priority}`)}`)
                .join(', ')
            : t('dash')}
        </dd>
      </dl>
    </section>
  );
}

function Milestones({ i, planId, edit }: { i: InitiativeDetail; planId: string; edit: boolean }) {
  const { t } = useTranslation(['plansUi', 'plans']);
  const { t: te } = useTranslation('plansEdit');
  const date = useDate();
  const editing = useMilestoneEditing(planId, i.id);
  return (
    <section className="plan-section" aria-labelledby="init-milestones">
      <h2 id="init-milestones">{t('initiative.milestones')}</h2>
      {edit ? editing.newButton : null}
      {edit ? editing.dialogs : null}
      {i.milestones.length === 0 ? (
        <p className="muted">{t('initiative.noMilestones')}</p>
      ) : (
        <Table caption={t('initiative.milestonesCaption')} captionHidden>
          <thead>
            <tr>
              <th scope="col">{t('initiative.milestone')}</th>
              <th scope="col">{t('initiative.due')}</th>
              <th scope="col">{t('initiative.status')}</th>
              {edit ? <th scope="col">{te('milestone.actions')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {i.milestones.map((m) => (
              <tr key={m.id}>
                <th scope="row">{m.title}</th>
                <td>{date(m.dueDate)}</td>
                <td>
                  {t(`plans:milestoneStatuses.${m.status}`)}
                  {m.late ? <strong className="plan-late"> ▲ {t('initiative.late')}</strong> : null}
                </td>
                {edit ? <td>{editing.rowButtons(m)}</td> : null}
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </section>
  );
}

function Links({ i, plan }: { i: InitiativeDetail; plan: PlanDetail | null }) {
  const { t } = useTranslation(['plansUi', 'plans']);
  const editing = useLinkEditing(plan, i.id);
  const edit = plan !== null;
  return (
    <section className="plan-section" aria-labelledby="init-links">
      <h2 id="init-links">{t('initiative.links')}</h2>
      {edit ? editing.newButton : null}
      {edit ? editing.dialogs : null}
      {i.links.length === 0 ? (
        <p className="muted">{t('initiative.noLinks')}</p>
      ) : (
        <ul>
          {i.links.map((l) => (
            <li key={l.id}>
              {t(`plans:linkKinds.${l.kind}`)}:{' '}
              {l.kind === 'case' ? <Link to={`/cases/${l.targetId}`}>{l.title}</Link> : l.title}
              {edit ? <> {editing.rowButton(l)}</> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Degrees({
  i,
  planId,
  scale,
  plan,
}: {
  i: InitiativeDetail;
  planId: string;
  scale: ScaleStep[];
  /** Set for the secretariat: may record a degree. */
  plan: PlanDetail | null;
}) {
  const { t } = useTranslation(['plansUi', 'plans']);
  const date = useDate();
  return (
    <section className="plan-section" aria-labelledby="init-degrees">
      <h2 id="init-degrees">{t('initiative.degrees')}</h2>
      {plan ? <RecordDegreeButton plan={plan} initiative={i} /> : null}
      {i.degrees.length === 0 ? (
        <p className="muted">{t('initiative.noDegrees')}</p>
      ) : (
        <Table caption={t('initiative.degreesCaption')} captionHidden>
          <thead>
            <tr>
              <th scope="col">{t('initiative.subject')}</th>
              <th scope="col">{t('initiative.degree')}</th>
              <th scope="col">{t('initiative.comment')}</th>
              <th scope="col">{t('initiative.recordedOn')}</th>
            </tr>
          </thead>
          <tbody>
            {i.degrees.map((d) => (
              <tr key={d.subject.id}>
                <th scope="row">
                  {d.subject.kind === 'party' ? (
                    <Link to={planPages.profile(planId, d.subject.id)}>{d.subject.name}</Link>
                  ) : (
                    d.subject.name
                  )}
                </th>
                <td>
                  <DegreeBadge scale={scale} degree={d.degree} />
                </td>
                <td>{d.comment || t('dash')}</td>
                <td>{date(d.recordedOn) || t('dash')}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </section>
  );
}

function Priorities({ i }: { i: InitiativeDetail }) {
  const { t } = useTranslation(['plansUi', 'plans']);
  const date = useDate();
  return (
    <section className="plan-section" aria-labelledby="init-priorities">
      <h2 id="init-priorities">{t('initiative.clusterPriorities')}</h2>
      {i.clusterPriorities.length === 0 ? (
        <p className="muted">{t('initiative.noPriorities')}</p>
      ) : (
        <Table caption={t('initiative.clusterPrioritiesCaption')} captionHidden>
          <thead>
            <tr>
              <th scope="col">{t('initiative.cluster')}</th>
              <th scope="col">{t('initiative.priority')}</th>
              <th scope="col">{t('initiative.comment')}</th>
              <th scope="col">{t('initiative.decidedOn')}</th>
            </tr>
          </thead>
          <tbody>
            {i.clusterPriorities.map((p) => (
              <tr key={p.clusterId}>
                <th scope="row">{p.clusterName}</th>
                <td>
                  <span className={`plan-priority plan-priority-${p.priority}`}>
                    {t(`plans:clusterPriorities.${p.priority}`)}
                  </span>
                </td>
                <td>{p.note || t('dash')}</td>
                <td>{date(p.decidedOn)}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </section>
  );
}

/** One initiative: details, milestones, links, degrees per subject and cluster priorities. */
export function InitiativePage() {
  const { t } = useTranslation(['plansUi', 'plans']);
  const planId = usePlanId();
  const initiativeId = useParams().initiativeId ?? '';
  const initiative = useInitiative(planId, initiativeId);
  const plan = usePlan(planId);
  const { language } = useLanguage();
  const secretariat = useIsSecretariat();
  const editPlan = secretariat && plan.data ? plan.data : null;
  const scale = (plan.data?.degreeScale ?? []).map((s) => ({
    key: s.key,
    label: language === 'en' ? s.labelEn : s.labelDa,
    score: s.score,
  }));
  return (
    <>
      <PlanHeader
        planId={planId}
        title={initiative.data ? `${initiative.data.number}. ${initiative.data.title}` : undefined}
      />
      <p>
        <Link to={planPages.plan(planId)}>{t('initiative.back')}</Link>
      </p>
      <QueryState query={initiative} loadingLabel={t('loading')}>
        {(i) => (
          <>
            {editPlan ? <InitiativeEditBar plan={editPlan} initiative={i} /> : null}

            <Details i={i} />

            <Milestones i={i} planId={planId} edit={editPlan !== null} />

            <Links i={i} plan={editPlan} />

            <Degrees i={i} planId={planId} scale={scale} plan={editPlan} />

            <Priorities i={i} />
          </>
        )}
      </QueryState>
    </>
  );
}
