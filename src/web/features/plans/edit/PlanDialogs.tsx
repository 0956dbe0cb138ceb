/**
 * The plan itself: create ("Ny plan"), edit, adopt (by an agenda item of the owning forum's
 * minutes), end, and the degree scale; and the bar of buttons on the plan page.
 */
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { todayInDenmark } from '../../../../shared/dates';
import type { PlanDetail } from '../../../../shared/plans.contract';
import { PLAN_KINDS, type PlanKind } from '../../../../shared/plans.enums';
import { Button, Select, TextArea, TextField } from '../../../ui/index';
import { ForumSelect } from '../../meetings/ForumSelect';
import { useCollaborationList, useForumDirectory } from '../../meetings/org-lookup.api';
import { useSession } from '../../auth/auth.api';
import {
  useAdoptPlan,
  useCreatePlan,
  useEndPlan,
  useMyScopes,
  useUpdatePlan,
} from '../plans-edit.api';
import { planPages } from '../plans.paths';
import { AgendaItemPicker } from './AgendaItemPicker';
import { FormDialog } from './EditParts';
import { EndMutationConfirm, optionsOf, requiredOf, useEditForm, useSaved } from './EditForm';
import { ScaleDialog } from './ScaleDialog';
import { collaborationsInScope } from './scope-options';
import { checkCreatePlan, checkUpdatePlan, suggestKey, type PlanForm } from './plan-forms';

/** The form of a plan as the dialog edits it. */
export function planFormOf(plan: PlanDetail): PlanForm {
  return {
    collaborationId: plan.collaborationId,
    ownerForumId: plan.ownerForumId ?? '',
    key: plan.key,
    kind: plan.kind,
    title: plan.title,
    description: plan.description,
    periodFrom: plan.periodFrom,
    periodTo: plan.periodTo ?? '',
  };
}

function emptyPlanForm(): PlanForm {
  const year = Number(todayInDenmark().slice(0, 4)) + 1;
  return {
    collaborationId: '',
    ownerForumId: '',
    key: '',
    kind: 'healthAgreement',
    title: '',
    description: '',
    periodFrom: `${year}-01-01`,
    periodTo: '',
  };
}

/** A new plan's collaboration and owning forum. */
function PlanOwnerFields({
  form,
  set,
  message,
}: {
  form: PlanForm;
  set: (patch: Partial<PlanForm>) => void;
  message: (field: string) => string | undefined;
}) {
  const { t } = useTranslation('plansEdit');
  const collaborations = useCollaborationList();
  const scopes = useMyScopes();
  const me = useSession().data;
  const offered = collaborationsInScope(
    collaborations.data?.items ?? [],
    scopes.data?.items,
    me?.user.role === 'admin',
  );
  const directory = useForumDirectory(form.collaborationId || undefined);
  return (
    <>
      <Select
        label={t('fields.collaboration')}
        emptyOption={t('fields.chooseCollaboration')}
        value={form.collaborationId}
        options={offered.map((c) => ({
          value: c.entityId,
          label: c.name,
        }))}
        onChange={(e) => set({ collaborationId: e.target.value, ownerForumId: '' })}
        error={message('collaborationId')}
        required
      />
      <ForumSelect
        label={t('fields.owner')}
        emptyOption={t('fields.chooseForum')}
        directory={form.collaborationId ? directory.data : undefined}
        value={form.ownerForumId}
        onChange={(ownerForumId) => set({ ownerForumId })}
        error={message('ownerForumId')}
        required
      />
    </>
  );
}

/** Creates a plan (no `plan`) or edits one. */
export function PlanFormDialog({ plan, onClose }: { plan?: PlanDetail; onClose: () => void }) {
  const { t } = useTranslation('plansEdit');
  const { t: tu } = useTranslation('plans');
  const navigate = useNavigate();
  const saved = useSaved();
  const before = plan ? planFormOf(plan) : null;
  const [keyTouched, setKeyTouched] = useState(Boolean(plan));
  const create = useCreatePlan();
  const update = useUpdatePlan(plan?.id ?? '');
  const mutation = plan ? update : create;
  const { form, set, message, check, text } = useEditForm<PlanForm>(
    before ?? emptyPlanForm(),
    mutation.error,
  );

  const submit = () => {
    if (before && plan) {
      const body = check(checkUpdatePlan(before, form));
      if (body) update.mutate(body, { onSuccess: saved(t('plan.saved'), onClose) });
      return;
    }
    const body = check(checkCreatePlan(form));
    if (!body) return;
    create.mutate(body, {
      onSuccess: (created) =>
        saved(t('plan.created'), () => {
          onClose();
          void navigate(planPages.plan(created.id));
        })(),
    });
  };

  return (
    <FormDialog
      title={plan ? t('plan.editTitle') : t('plan.createTitle')}
      onClose={onClose}
      onSubmit={submit}
      mutation={mutation}
      creating={!plan}
    >
      {plan ? null : <PlanOwnerFields form={form} set={set} message={message} />}
      <TextField
        label={t('fields.title')}
        value={form.title}
        onChange={(e) =>
          set({
            title: e.target.value,
            ...(keyTouched ? {} : { key: suggestKey(e.target.value) }),
          })
        }
        error={message('title')}
        required
      />
      <TextField
        label={t('fields.key')}
        hint={t('fields.keyHint')}
        value={form.key}
        onChange={(e) => {
          setKeyTouched(true);
          set({ key: e.target.value });
        }}
        error={message('key')}
        required
      />
      <Select
        label={t('fields.kind')}
        value={form.kind}
        options={optionsOf(PLAN_KINDS, (k) => tu(`kinds.${k}`))}
        onChange={(e) => set({ kind: e.target.value as PlanKind })}
      />
      <TextArea label={t('fields.description')} rows={3} {...text('description')} />
      <TextField label={t('fields.periodFrom')} type="date" {...text('periodFrom')} required />
      <TextField label={t('fields.periodTo')} type="date" {...text('periodTo')} />
    </FormDialog>
  );
}

/** Adopts a plan: the agenda item of the owning forum's minutes with the decision. */
export function AdoptDialog({ plan, onClose }: { plan: PlanDetail; onClose: () => void }) {
  const { t } = useTranslation('plansEdit');
  const saved = useSaved();
  const adopt = useAdoptPlan(plan.id);
  const { form, set, message, check } = useEditForm({ agendaItemId: '' }, adopt.error);
  const submit = () => {
    const body = check(requiredOf(form, 'agendaItemId'));
    if (body) adopt.mutate(body, { onSuccess: saved(t('plan.adopted'), onClose) });
  };
  return (
    <FormDialog
      title={t('plan.adoptTitle')}
      onClose={onClose}
      onSubmit={submit}
      mutation={adopt}
      submitLabel={t('actions.adopt')}
    >
      <p>{t('plan.adoptIntro')}</p>
      <p>
        <strong>{t('fields.owner')}:</strong> {plan.ownerForumName ?? '—'}
      </p>
      <AgendaItemPicker
        forumId={plan.ownerForumId}
        from={plan.periodFrom}
        value={form.agendaItemId}
        onChange={(agendaItemId) => set({ agendaItemId })}
        error={message('agendaItemId')}
      />
    </FormDialog>
  );
}

type PlanDialog = 'edit' | 'adopt' | 'end' | 'scale' | null;

/** The plan page's edit buttons (secretariat only; the caller checks). */
export function PlanEditBar({ plan }: { plan: PlanDetail }) {
  const { t } = useTranslation('plansEdit');
  const [open, setOpen] = useState<PlanDialog>(null);
  const end = useEndPlan(plan.id);
  const close = () => setOpen(null);
  return (
    <div className="plan-edit-bar" role="group" aria-label={t('plan.secretariat')}>
      <Button onClick={() => setOpen('edit')}>{t('actions.editPlan')}</Button>
      {plan.status === 'draft' ? (
        <Button onClick={() => setOpen('adopt')}>{t('actions.adopt')}</Button>
      ) : null}
      <Button onClick={() => setOpen('scale')}>{t('actions.scale')}</Button>
      {plan.status !== 'ended' ? (
        <Button onClick={() => setOpen('end')}>{t('actions.endPlan')}</Button>
      ) : null}
      {open === 'edit' ? <PlanFormDialog plan={plan} onClose={close} /> : null}
      {open === 'adopt' ? <AdoptDialog plan={plan} onClose={close} /> : null}
      {open === 'scale' ? <ScaleDialog plan={plan} onClose={close} /> : null}
      {open === 'end' ? (
        <EndMutationConfirm
          end={end}
          title={t('plan.endTitle')}
          body={t('plan.endBody')}
          confirmLabel={t('actions.endPlan')}
          ended={t('plan.ended')}
          onClose={close}
        />
      ) : null}
    </div>
  );
}

/** "Ny plan" on the plans list (secretariat only; the caller checks). */
export function NewPlanButton() {
  const { t } = useTranslation('plansEdit');
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="primary" onClick={() => setOpen(true)}>
        {t('actions.newPlan')}
      </Button>
      {open ? <PlanFormDialog onClose={() => setOpen(false)} /> : null}
    </>
  );
}
