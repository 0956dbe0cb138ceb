/**
 * Initiatives: create ("Ny indsats"), edit and end (with a confirmation and the last day).
 */
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { InitiativeDetail, PlanDetail } from '../../../../shared/plans.contract';
import { INITIATIVE_LEVELS, type InitiativeLevel } from '../../../../shared/plans.enums';
import { Button, Select, TextArea, TextField, useToast } from '../../../ui/index';
import { ForumSelect } from '../../meetings/ForumSelect';
import { useForumDirectory } from '../../meetings/org-lookup.api';
import { useCreateInitiative, useInitiativeMutations } from '../plans-edit.api';
import { planPages } from '../plans.paths';
import { EndConfirm, FormDialog, useFieldMessages } from './EditParts';
import { flattenGoals } from './GoalDialogs';
import { checkInitiative, type ErrorKey, type InitiativeForm } from './plan-forms';

function formOf(i: InitiativeDetail | undefined): InitiativeForm {
  return {
    number: i?.number ?? '',
    title: i?.title ?? '',
    description: i?.description ?? '',
    goalId: i?.goalId ?? '',
    level: i?.level ?? 'municipality',
    responsibleForumId: i?.responsibleForumId ?? '',
    payer: i?.payer ?? '',
    economy: i?.economyDkk === null || i?.economyDkk === undefined ? '' : String(i.economyDkk),
    economyNote: i?.economyNote ?? '',
    validFrom: '',
  };
}

/** Who pays and how much. */
function EconomyFields({
  form,
  set,
  message,
}: {
  form: InitiativeForm;
  set: (patch: Partial<InitiativeForm>) => void;
  message: (field: string) => string | undefined;
}) {
  const { t } = useTranslation('plansEdit');
  return (
    <>
      <TextField
        label={t('fields.payer')}
        value={form.payer}
        onChange={(e) => set({ payer: e.target.value })}
        error={message('payer')}
      />
      <TextField
        label={t('fields.economy')}
        inputMode="numeric"
        value={form.economy}
        onChange={(e) => set({ economy: e.target.value })}
        error={message('economy') ?? message('economyDkk')}
      />
      <TextField
        label={t('fields.economyNote')}
        value={form.economyNote}
        onChange={(e) => set({ economyNote: e.target.value })}
        error={message('economyNote')}
      />
    </>
  );
}

/** Creates an initiative (no `initiative`) or edits one. */
export function InitiativeDialog({
  plan,
  initiative,
  onClose,
}: {
  plan: PlanDetail;
  initiative?: InitiativeDetail;
  onClose: () => void;
}) {
  const { t } = useTranslation('plansEdit');
  const { t: tu } = useTranslation('plansUi');
  const toast = useToast();
  const navigate = useNavigate();
  const create = useCreateInitiative(plan.id);
  const { update } = useInitiativeMutations(plan.id, initiative?.id ?? '');
  const mutation = initiative ? update : create;
  const [form, setForm] = useState<InitiativeForm>(formOf(initiative));
  const [local, setLocal] = useState<Partial<Record<string, ErrorKey>>>({});
  const message = useFieldMessages(local, mutation.error);
  const directory = useForumDirectory(plan.collaborationId);
  const set = (patch: Partial<InitiativeForm>) => setForm((f) => ({ ...f, ...patch }));
  const goals = flattenGoals(plan.goals);

  const submit = () => {
    const checked = checkInitiative(form, !initiative);
    if (!checked.ok) return setLocal(checked.errors);
    setLocal({});
    if (initiative) {
      update.mutate(checked.body, {
        onSuccess: () => {
          toast.show(t('initiative.saved'), 'success');
          onClose();
        },
      });
    } else {
      create.mutate(checked.body, {
        onSuccess: (created) => {
          toast.show(t('initiative.created'), 'success');
          onClose();
          void navigate(planPages.initiative(plan.id, created.id));
        },
      });
    }
  };

  return (
    <FormDialog
      title={initiative ? t('initiative.editTitle') : t('initiative.createTitle')}
      onClose={onClose}
      onSubmit={submit}
      busy={mutation.isPending}
      error={mutation.error}
      submitLabel={initiative ? t('actions.save') : t('actions.create')}
    >
      <TextField
        label={t('fields.number')}
        value={form.number}
        onChange={(e) => set({ number: e.target.value })}
        error={message('number')}
        required
      />
      <TextField
        label={t('fields.title')}
        value={form.title}
        onChange={(e) => set({ title: e.target.value })}
        error={message('title')}
        required
      />
      <Select
        label={t('fields.goal')}
        emptyOption={t('fields.noGoal')}
        value={form.goalId}
        options={goals.map((g) => ({ value: g.id, label: `${g.code} ${g.title}` }))}
        onChange={(e) => set({ goalId: e.target.value })}
        error={message('goalId')}
      />
      <Select
        label={t('fields.level')}
        value={form.level}
        options={INITIATIVE_LEVELS.map((l) => ({ value: l, label: tu(`levels.${l}`) }))}
        onChange={(e) => set({ level: e.target.value as InitiativeLevel })}
      />
      <ForumSelect
        label={t('fields.responsibleForum')}
        emptyOption={t('fields.noForum')}
        directory={directory.data}
        value={form.responsibleForumId}
        onChange={(responsibleForumId) => set({ responsibleForumId })}
        error={message('responsibleForumId')}
      />
      <TextArea
        label={t('fields.description')}
        value={form.description}
        rows={3}
        onChange={(e) => set({ description: e.target.value })}
        error={message('description')}
      />
      <EconomyFields form={form} set={set} message={message} />
      {initiative ? null : (
        <TextField
          label={t('fields.validFrom')}
          type="date"
          value={form.validFrom}
          onChange={(e) => set({ validFrom: e.target.value })}
          error={message('validFrom')}
        />
      )}
    </FormDialog>
  );
}

/** "Ny indsats" on the plan page (secretariat only; the caller checks). */
export function NewInitiativeButton({ plan }: { plan: PlanDetail }) {
  const { t } = useTranslation('plansEdit');
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)}>{t('actions.newInitiative')}</Button>
      {open ? <InitiativeDialog plan={plan} onClose={() => setOpen(false)} /> : null}
    </>
  );
}

/** The initiative page's edit and end buttons (secretariat only; the caller checks). */
export function InitiativeEditBar({
  plan,
  initiative,
}: {
  plan: PlanDetail;
  initiative: InitiativeDetail;
}) {
  const { t } = useTranslation('plansEdit');
  const toast = useToast();
  const [open, setOpen] = useState<'edit' | 'end' | null>(null);
  const { end } = useInitiativeMutations(plan.id, initiative.id);
  const close = () => setOpen(null);
  return (
    <div className="plan-edit-bar" role="group" aria-label={t('plan.secretariat')}>
      <Button onClick={() => setOpen('edit')}>{t('actions.editInitiative')}</Button>
      {initiative.validTo === null ? (
        <Button onClick={() => setOpen('end')}>{t('actions.endInitiative')}</Button>
      ) : null}
      {open === 'edit' ? (
        <InitiativeDialog plan={plan} initiative={initiative} onClose={close} />
      ) : null}
      {open === 'end' ? (
        <EndConfirm
          title={t('initiative.endTitle')}
          body={t('initiative.endBody', { title: `${initiative.number}. ${initiative.title}` })}
          confirmLabel={t('actions.endInitiative')}
          busy={end.isPending}
          error={end.error}
          onConfirm={(on) =>
            end.mutate(
              { on },
              {
                onSuccess: () => {
                  toast.show(t('initiative.ended'), 'success');
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
