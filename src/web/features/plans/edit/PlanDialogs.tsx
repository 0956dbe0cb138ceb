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
import { Button, Select, TextArea, TextField, useToast } from '../../../ui/index';
import { ForumSelect } from '../../meetings/ForumSelect';
import { useCollaborationList, useForumDirectory } from '../../meetings/org-lookup.api';
import { useAdoptPlan, useCreatePlan, useEndPlan, useUpdatePlan } from '../plans-edit.api';
import { planPages } from '../plans.paths';
import { AgendaItemPicker } from './AgendaItemPicker';
import { EndConfirm, FormDialog, useFieldMessages } from './EditParts';
import { ScaleDialog } from './ScaleDialog';
import {
  checkCreatePlan,
  checkUpdatePlan,
  suggestKey,
  type ErrorKey,
  type PlanForm,
} from './plan-forms';

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
  const directory = useForumDirectory(form.collaborationId || undefined);
  return (
    <>
      <Select
        label={t('fields.collaboration')}
        emptyOption={t('fields.chooseCollaboration')}
        value={form.collaborationId}
        options={(collaborations.data?.items ?? []).map((c) => ({
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
  const toast = useToast();
  const before = plan ? planFormOf(plan) : null;
  const [form, setForm] = useState<PlanForm>(before ?? emptyPlanForm());
  const [keyTouched, setKeyTouched] = useState(Boolean(plan));
  const [local, setLocal] = useState<Partial<Record<string, ErrorKey>>>({});
  const create = useCreatePlan();
  const update = useUpdatePlan(plan?.id ?? '');
  const mutation = plan ? update : create;
  const message = useFieldMessages(local, mutation.error);
  const set = (patch: Partial<PlanForm>) => setForm((f) => ({ ...f, ...patch }));

  const submit = () => {
    if (before && plan) {
      const checked = checkUpdatePlan(before, form);
      if (!checked.ok) return setLocal(checked.errors);
      setLocal({});
      update.mutate(checked.body, {
        onSuccess: () => {
          toast.show(t('plan.saved'), 'success');
          onClose();
        },
      });
      return;
    }
    const checked = checkCreatePlan(form);
    if (!checked.ok) return setLocal(checked.errors);
    setLocal({});
    create.mutate(checked.body, {
      onSuccess: (created) => {
        toast.show(t('plan.created'), 'success');
        onClose();
        void navigate(planPages.plan(created.id));
      },
    });
  };

  return (
    <FormDialog
      title={plan ? t('plan.editTitle') : t('plan.createTitle')}
      onClose={onClose}
      onSubmit={submit}
      busy={mutation.isPending}
      error={mutation.error}
      submitLabel={plan ? t('actions.save') : t('actions.create')}
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
        options={PLAN_KINDS.map((k) => ({ value: k, label: tu(`kinds.${k}`) }))}
        onChange={(e) => set({ kind: e.target.value as PlanKind })}
      />
      <TextArea
        label={t('fields.description')}
        value={form.description}
        rows={3}
        onChange={(e) => set({ description: e.target.value })}
        error={message('description')}
      />
      <TextField
        label={t('fields.periodFrom')}
        type="date"
        value={form.periodFrom}
        onChange={(e) => set({ periodFrom: e.target.value })}
        error={message('periodFrom')}
        required
      />
      <TextField
        label={t('fields.periodTo')}
        type="date"
        value={form.periodTo}
        onChange={(e) => set({ periodTo: e.target.value })}
        error={message('periodTo')}
      />
    </FormDialog>
  );
}

/** Adopts a plan: the agenda item of the owning forum's minutes with the decision. */
export function AdoptDialog({ plan, onClose }: { plan: PlanDetail; onClose: () => void }) {
  const { t } = useTranslation('plansEdit');
  const toast = useToast();
  const adopt = useAdoptPlan(plan.id);
  const [agendaItemId, setAgendaItemId] = useState('');
  const [local, setLocal] = useState<Partial<Record<string, ErrorKey>>>({});
  const message = useFieldMessages(local, adopt.error);
  const submit = () => {
    if (!agendaItemId) return setLocal({ agendaItemId: 'required' });
    setLocal({});
    adopt.mutate(
      { agendaItemId },
      {
        onSuccess: () => {
          toast.show(t('plan.adopted'), 'success');
          onClose();
        },
      },
    );
  };
  return (
    <FormDialog
      title={t('plan.adoptTitle')}
      onClose={onClose}
      onSubmit={submit}
      busy={adopt.isPending}
      error={adopt.error}
      submitLabel={t('actions.adopt')}
    >
      <p>{t('plan.adoptIntro')}</p>
      <p>
        <strong>{t('fields.owner')}:</strong> {plan.ownerForumName ?? '—'}
      </p>
      <AgendaItemPicker
        forumId={plan.ownerForumId}
        from={plan.periodFrom}
        value={agendaItemId}
        onChange={setAgendaItemId}
        error={message('agendaItemId')}
      />
    </FormDialog>
  );
}

type PlanDialog = 'edit' | 'adopt' | 'end' | 'scale' | null;

/** The plan page's edit buttons (secretariat only; the caller checks). */
export function PlanEditBar({ plan }: { plan: PlanDetail }) {
  const { t } = useTranslation('plansEdit');
  const toast = useToast();
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
        <EndConfirm
          title={t('plan.endTitle')}
          body={t('plan.endBody')}
          confirmLabel={t('actions.endPlan')}
          busy={end.isPending}
          error={end.error}
          onConfirm={(on) =>
            end.mutate(
              { on },
              {
                onSuccess: () => {
                  toast.show(t('plan.ended'), 'success');
                  close();
                },
              },
            )
          }
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
