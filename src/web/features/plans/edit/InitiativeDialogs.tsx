/**
 * Initiatives: create ("Ny indsats"), edit and end (with a confirmation and the last day).
 */
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { InitiativeDetail, PlanDetail } from '../../../../shared/plans.contract';
import { INITIATIVE_LEVELS, type InitiativeLevel } from '../../../../shared/plans.enums';
import { Button, Select, TextArea, TextField } from '../../../ui/index';
import { ForumSelect } from '../../meetings/ForumSelect';
import { useForumDirectory } from '../../meetings/org-lookup.api';
import { useCreateInitiative, useInitiativeMutations } from '../plans-edit.api';
import { planPages } from '../plans.paths';
import { FormDialog } from './EditParts';
import {
  EndMutationConfirm,
  goalOptions,
  type FormText,
  optionsOf,
  useEditForm,
  useSaved,
} from './EditForm';
import { flattenGoals } from './GoalDialogs';
import { checkInitiative, type InitiativeForm } from './plan-forms';

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
  text,
  message,
}: {
  text: FormText<InitiativeForm>;
  message: (field: string) => string | undefined;
}) {
  const { t } = useTranslation('plansEdit');
  return (
    <>
      <TextField label={t('fields.payer')} {...text('payer')} />
      <TextField
        label={t('fields.economy')}
        inputMode="numeric"
        {...text('economy')}
        error={message('economy') ?? message('economyDkk')}
      />
      <TextField label={t('fields.economyNote')} {...text('economyNote')} />
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
  const saved = useSaved();
  const navigate = useNavigate();
  const create = useCreateInitiative(plan.id);
  const { update } = useInitiativeMutations(plan.id, initiative?.id ?? '');
  const mutation = initiative ? update : create;
  const { form, set, message, check, text } = useEditForm(formOf(initiative), mutation.error);
  const directory = useForumDirectory(plan.collaborationId);
  const goals = flattenGoals(plan.goals);

  const submit = () => {
    const body = check(checkInitiative(form, !initiative));
    if (!body) return;
    if (initiative) {
      update.mutate(body, { onSuccess: saved(t('initiative.saved'), onClose) });
    } else {
      create.mutate(body, {
        onSuccess: (created) =>
          saved(t('initiative.created'), () => {
            onClose();
            void navigate(planPages.initiative(plan.id, created.id));
          })(),
      });
    }
  };

  return (
    <FormDialog
      title={initiative ? t('initiative.editTitle') : t('initiative.createTitle')}
      onClose={onClose}
      onSubmit={submit}
      mutation={mutation}
      creating={!initiative}
    >
      <TextField label={t('fields.number')} {...text('number')} required />
      <TextField label={t('fields.title')} {...text('title')} required />
      <Select
        label={t('fields.goal')}
        emptyOption={t('fields.noGoal')}
        value={form.goalId}
        options={goalOptions(goals)}
        onChange={(e) => set({ goalId: e.target.value })}
        error={message('goalId')}
      />
      <Select
        label={t('fields.level')}
        value={form.level}
        options={optionsOf(INITIATIVE_LEVELS, (l) => tu(`levels.${l}`))}
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
      <TextArea label={t('fields.description')} rows={3} {...text('description')} />
      <EconomyFields text={text} message={message} />
      {initiative ? null : (
        <TextField label={t('fields.validFrom')} type="date" {...text('validFrom')} />
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
        <EndMutationConfirm
          end={end}
          title={t('initiative.endTitle')}
          body={t('initiative.endBody', { title: `${initiative.number}. ${initiative.title}` })}
          confirmLabel={t('actions.endInitiative')}
          ended={t('initiative.ended')}
          onClose={close}
        />
      ) : null}
    </div>
  );
}
