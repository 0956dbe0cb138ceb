/**
 * An initiative's parts: milestones (create, edit, delete) and links (a case or an agenda item;
 * add and remove).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InitiativeDetail, PlanDetail } from '../../../../shared/plans.contract';
import {
  MILESTONE_STATUSES,
  PLAN_LINK_KINDS,
  type MilestoneStatus,
  type PlanLinkKind,
} from '../../../../shared/plans.enums';
import { Button, Select, TextField } from '../../../ui/index';
import { useCases } from '../../cases/cases.api';
import { useDebounced } from '../../meetings/use-debounced';
import { ForumSelect } from '../../meetings/ForumSelect';
import { useForumDirectory } from '../../meetings/org-lookup.api';
import { useLinkMutations, useMilestoneMutations } from '../plans-edit.api';
import { AgendaItemPicker } from './AgendaItemPicker';
import { FormDialog } from './EditParts';
import { optionsOf, requiredOf, useConfirmDelete, useEditForm, useSaved } from './EditForm';
import { checkMilestone, type MilestoneForm } from './plan-forms';

type Milestone = InitiativeDetail['milestones'][number];
type Link = InitiativeDetail['links'][number];

/** Creates a milestone (no `milestone`) or edits one. */
export function MilestoneDialog({
  planId,
  initiativeId,
  milestone,
  onClose,
}: {
  planId: string;
  initiativeId: string;
  milestone?: Milestone;
  onClose: () => void;
}) {
  const { t } = useTranslation('plansEdit');
  const { t: tu } = useTranslation('plans');
  const saved = useSaved();
  const milestones = useMilestoneMutations(planId, initiativeId);
  const mutation = milestone ? milestones.update : milestones.create;
  const { form, set, message, check, text } = useEditForm<MilestoneForm>(
    {
      title: milestone?.title ?? '',
      dueDate: milestone?.dueDate ?? '',
      status: milestone?.status ?? 'notStarted',
      completedOn: milestone?.completedOn ?? '',
    },
    mutation.error,
  );
  const submit = () => {
    const body = check(checkMilestone(form));
    if (!body) return;
    const onSuccess = saved(t('milestone.saved'), onClose);
    if (milestone) milestones.update.mutate({ milestoneId: milestone.id, body }, { onSuccess });
    else milestones.create.mutate(body, { onSuccess });
  };
  return (
    <FormDialog
      title={milestone ? t('milestone.editTitle') : t('milestone.createTitle')}
      onClose={onClose}
      onSubmit={submit}
      mutation={mutation}
      creating={!milestone}
    >
      <TextField label={t('fields.title')} {...text('title')} required />
      <TextField label={t('fields.dueDate')} type="date" {...text('dueDate')} required />
      <Select
        label={t('fields.status')}
        value={form.status}
        options={optionsOf(MILESTONE_STATUSES, (s) => tu(`milestoneStatuses.${s}`))}
        onChange={(e) => set({ status: e.target.value as MilestoneStatus })}
        error={message('status')}
      />
      {form.status === 'done' ? (
        <TextField label={t('fields.completedOn')} type="date" {...text('completedOn')} />
      ) : null}
    </FormDialog>
  );
}

/** "Ny milepæl" and a milestone's edit and delete buttons with their dialogs. */
export function useMilestoneEditing(planId: string, initiativeId: string) {
  const { t } = useTranslation('plansEdit');
  const { remove } = useMilestoneMutations(planId, initiativeId);
  const [editing, setEditing] = useState<Milestone | 'new' | null>(null);
  const deleting = useConfirmDelete(remove, (m: Milestone) => ({
    title: t('milestone.deleteTitle'),
    body: t('milestone.deleteBody', { title: m.title }),
    confirmLabel: t('actions.deleteMilestone'),
    deleted: t('milestone.deleted'),
  }));
  const newButton = <Button onClick={() => setEditing('new')}>{t('actions.newMilestone')}</Button>;
  const rowButtons = (m: Milestone) => (
    <>
      <Button size="sm" onClick={() => setEditing(m)}>
        {t('actions.editMilestone')}
        <span className="visually-hidden">: {m.title}</span>
      </Button>{' '}
      <Button size="sm" onClick={() => deleting.ask(m)}>
        {t('actions.deleteMilestone')}
        <span className="visually-hidden">: {m.title}</span>
      </Button>
    </>
  );
  const dialogs = (
    <>
      {editing ? (
        <MilestoneDialog
          planId={planId}
          initiativeId={initiativeId}
          milestone={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
      {deleting.dialog}
    </>
  );
  return { newButton, rowButtons, dialogs };
}

/** Picks a case of the plan's collaboration by searching its title. */
function CasePicker({
  collaborationId,
  value,
  onChange,
  error,
}: {
  collaborationId: string;
  value: string;
  onChange: (caseId: string) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation('plansEdit');
  const [q, setQ] = useState('');
  const search = useDebounced(q.trim(), 300);
  const cases = useCases({ collaborationId, ...(search ? { q: search } : {}), limit: 50 });
  const items = cases.data?.items ?? [];
  return (
    <>
      <TextField
        label={t('fields.searchCase')}
        type="search"
        value={q}
        onChange={(e) => setQ(e.target.value)}
      />
      <Select
        label={t('fields.case')}
        emptyOption={items.length ? t('fields.chooseCase') : t('link.noCases')}
        value={value}
        options={items.map((c) => ({ value: c.id, label: c.title }))}
        onChange={(e) => onChange(e.target.value)}
        error={error}
        required
      />
    </>
  );
}

/** Adds a link to a case or an agenda item. */
export function LinkDialog({
  plan,
  initiativeId,
  onClose,
}: {
  plan: PlanDetail;
  initiativeId: string;
  onClose: () => void;
}) {
  const { t } = useTranslation('plansEdit');
  const saved = useSaved();
  const { create } = useLinkMutations(plan.id, initiativeId);
  const [kind, setKind] = useState<PlanLinkKind>('case');
  const [forumId, setForumId] = useState(plan.ownerForumId ?? '');
  const { form, set, message, check } = useEditForm({ targetId: '' }, create.error);
  const { targetId } = form;
  const setTargetId = (id: string) => set({ targetId: id });
  const directory = useForumDirectory(plan.collaborationId);
  const { t: tu } = useTranslation('plans');
  const submit = () => {
    const body = check(requiredOf({ kind, targetId }, 'targetId'));
    if (body) create.mutate(body, { onSuccess: saved(t('link.saved'), onClose) });
  };
  return (
    <FormDialog
      title={t('link.createTitle')}
      onClose={onClose}
      onSubmit={submit}
      mutation={create}
      submitLabel={t('actions.newLink')}
    >
      <Select
        label={t('fields.linkKind')}
        value={kind}
        options={optionsOf(PLAN_LINK_KINDS, (k) => tu(`linkKinds.${k}`))}
        onChange={(e) => {
          setKind(e.target.value as PlanLinkKind);
          setTargetId('');
        }}
      />
      {kind === 'case' ? (
        <CasePicker
          collaborationId={plan.collaborationId}
          value={targetId}
          onChange={setTargetId}
          error={message('targetId')}
        />
      ) : (
        <>
          <ForumSelect
            label={t('fields.owner')}
            directory={directory.data}
            value={forumId}
            onChange={(id) => {
              setForumId(id);
              setTargetId('');
            }}
          />
          <AgendaItemPicker
            key={forumId}
            forumId={forumId || null}
            from={plan.periodFrom}
            value={targetId}
            onChange={setTargetId}
            error={message('targetId')}
          />
        </>
      )}
    </FormDialog>
  );
}

/** "Tilføj henvisning" and a link's remove button with their dialogs (none without a plan). */
export function useLinkEditing(plan: PlanDetail | null, initiativeId: string) {
  const { t } = useTranslation('plansEdit');
  const { remove } = useLinkMutations(plan?.id ?? '', initiativeId);
  const [adding, setAdding] = useState(false);
  const removing = useConfirmDelete(remove, (l: Link) => ({
    title: t('link.deleteTitle'),
    body: t('link.deleteBody', { title: l.title }),
    confirmLabel: t('actions.deleteLink'),
    deleted: t('link.deleted'),
  }));
  const newButton = <Button onClick={() => setAdding(true)}>{t('actions.newLink')}</Button>;
  const rowButton = (l: Link) => (
    <Button size="sm" onClick={() => removing.ask(l)}>
      {t('actions.deleteLink')}
      <span className="visually-hidden">: {l.title}</span>
    </Button>
  );
  const dialogs = (
    <>
      {adding && plan ? (
        <LinkDialog plan={plan} initiativeId={initiativeId} onClose={() => setAdding(false)} />
      ) : null}
      {removing.dialog}
    </>
  );
  return { newButton, rowButton, dialogs };
}
