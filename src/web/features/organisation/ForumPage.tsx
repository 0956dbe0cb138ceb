import { useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CompositionRuleView, MemberView } from '../../../shared/organisation.contract';
import type { ForumPage as ForumPageData } from '../../../shared/organisation-views.contract';
import { usePageTitle } from '../../app/page-title';
import { Alert, Button, PageHeader, Tabs } from '../../ui/index';
import { SubscribeButton } from '../calendar/SubscribeButton';
import { AsOfControl } from './AsOfControl';
import { useAsOf } from './as-of';
import { BreachList } from './BreachList';
import { ForumDialogs, type ForumDialog } from './forum/ForumDialogs';
import { ForumAbout } from './forum/ForumAbout';
import { ForumHistory } from './forum/ForumHistory';
import { FunctionSeats } from './forum/FunctionSeats';
import { MembersTable, type MemberAction } from './forum/MembersTable';
import { RulesTable } from './forum/RulesTable';
import { useForum } from './org.api';
import { useOrgFormat } from './org-format';
import { orgPaths } from './org-paths';
import { OrgLink } from './OrgLink';
import { QueryState } from './QueryState';
import { unverifiedGroup, type UnverifiedGroup } from './unverified';
import { UnverifiedSummary } from './UnverifiedSummary';
import { useCanEdit } from './use-can-edit';
import './organisation.css';

/** The forum's facts, its area's and its rules' that are not verified, for the one summary. */
function forumUnverified(
  page: ForumPageData,
  text: (value: { da: string; en: string }) => string,
): UnverifiedGroup[] {
  const area = page.clusterName
    ? [{ key: 'area', name: page.clusterName, verification: page.areaVerification }]
    : [];
  return [
    unverifiedGroup('facts', [
      { key: page.forum.entityId, name: page.forum.name, verification: page.forum.verification },
      ...area,
    ]),
    unverifiedGroup(
      'rules',
      page.rules.map((rule) => ({
        key: rule.id,
        name: text(rule.label),
        verification: rule.verification,
      })),
    ),
  ];
}

function ForumBody({ page, open }: { page: ForumPageData; open: (d: ForumDialog) => void }) {
  const { t } = useTranslation('organisation');
  const format = useOrgFormat();
  const canEdit = useCanEdit();
  const onMember = (action: MemberAction, member: MemberView) =>
    open(
      action === 'appoint' ? { kind: 'appointMember', member } : { kind: 'endAppointment', member },
    );
  const onEndRule = (rule: CompositionRuleView) => open({ kind: 'endRule', rule });
  const members = (
    <div className="stack">
      <p className="muted">
        {t('forum.members.summary', {
          members: page.members.length - page.vacancyCount,
          vacancies: page.vacancyCount,
        })}{' '}
        {t('forum.members.bornHelp')}
      </p>
      <MembersTable
        members={page.members}
        caption={t('forum.members.caption', { date: format.day(page.date) })}
        canEdit={canEdit}
        onAction={onMember}
      />
      <FunctionSeats
        seats={page.seats}
        members={page.members}
        canEdit={canEdit}
        onAppoint={(seat, holders) => open({ kind: 'appointFunction', seat, holders })}
      />
    </div>
  );
  const rules = (
    <div className="stack">
      {canEdit ? (
        <Button onClick={() => open({ kind: 'addRule' })}>{t('edit.rule.add')}</Button>
      ) : null}
      <RulesTable rules={page.rules} canEdit={canEdit} onEnd={onEndRule} />
    </div>
  );
  return (
    <>
      <UnverifiedSummary groups={forumUnverified(page, format.text)} />
      <section aria-labelledby="forum-breaches" className="org-section">
        <h2 id="forum-breaches">{t('forum.breachesHeading')}</h2>
        {page.breaches.length === 0 ? (
          <Alert tone="success">{t('forum.noBreaches')}</Alert>
        ) : (
          <BreachList breaches={page.breaches} />
        )}
      </section>
      <Tabs
        label={t('forum.tabs')}
        tabs={[
          { id: 'members', label: t('forum.tabMembers'), content: members },
          { id: 'about', label: t('forum.tabAbout'), content: <ForumAbout page={page} /> },
          { id: 'rules', label: t('forum.tabRules'), content: rules },
          {
            id: 'history',
            label: t('forum.tabHistory'),
            content: <ForumHistory history={page.history} />,
          },
        ]}
      />
    </>
  );
}

/** A forum as of the day: breaches, members, functions, attributes, rules and history. */
export function ForumPage() {
  const { t } = useTranslation('organisation');
  const { forumId = '' } = useParams();
  const asOf = useAsOf();
  const canEdit = useCanEdit();
  const forum = useForum(forumId, asOf.date);
  const [dialog, setDialog] = useState<ForumDialog | null>(null);
  const data = forum.data;
  usePageTitle(data?.forum.name);
  const active = data
    ? data.forum.validFrom <= asOf.date && (data.forum.validTo ?? '9999') >= asOf.date
    : true;
  return (
    <>
      <PageHeader
        title={data?.forum.name ?? t('forum.title')}
        description={
          data ? (
            <p>
              {t(`forumLevel.${data.forum.level}`)} · {t(`forumKind.${data.forum.kind}`)} ·{' '}
              {t(`scope.${data.forum.scope}`)}
              {data.clusterName ? ` · ${data.clusterName}` : null} ·{' '}
              <OrgLink to={orgPaths.collaboration(data.collaborationId)}>
                {t('collabNav.overview')}
              </OrgLink>
            </p>
          ) : null
        }
        actions={
          data ? (
            <div className="button-row">
              <SubscribeButton
                target={{ feed: 'forum', forumId: data.forum.entityId, name: data.forum.name }}
              />
              {canEdit && active ? (
                <Button onClick={() => setDialog({ kind: 'editForum' })}>
                  {t('edit.forum.open')}
                </Button>
              ) : null}
            </div>
          ) : null
        }
      />
      <AsOfControl />
      {!active ? <Alert tone="warning">{t('forum.notActive')}</Alert> : null}
      <QueryState query={forum}>{(page) => <ForumBody page={page} open={setDialog} />}</QueryState>
      {data && dialog ? (
        <ForumDialogs page={data} dialog={dialog} onClose={() => setDialog(null)} />
      ) : null}
    </>
  );
}
