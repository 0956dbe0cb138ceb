/**
 * Goals: create, edit and delete (with a confirmation), and the list of goals with their edit
 * buttons shown under the goal tree on the plan page.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GoalNode, PlanDetail } from '../../../../shared/plans.contract';
import { GOAL_LEVELS, type GoalLevel } from '../../../../shared/plans.enums';
import { Button, Select, TextArea, TextField } from '../../../ui/index';
import { useGoalMutations } from '../plans-edit.api';
import { FormDialog } from './EditParts';
import { goalOptions, optionsOf, useConfirmDelete, useEditForm, useSaved } from './EditForm';
import { checkGoal, type GoalForm } from './plan-forms';

/** Every goal of the tree, depth first. */
export function flattenGoals(goals: readonly GoalNode[]): GoalNode[] {
  return goals.flatMap((g) => [g, ...flattenGoals(g.children)]);
}

/** Creates a goal (no `goal`) or edits one. */
export function GoalDialog({
  plan,
  goal,
  onClose,
}: {
  plan: PlanDetail;
  goal?: GoalNode;
  onClose: () => void;
}) {
  const { t } = useTranslation('plansEdit');
  const { t: tu } = useTranslation('plans');
  const saved = useSaved();
  const goals = useGoalMutations(plan.id);
  const mutation = goal ? goals.update : goals.create;
  const { form, set, message, check, text } = useEditForm<GoalForm>(
    {
      parentId: goal?.parentId ?? '',
      level: goal?.level ?? 'goal',
      code: goal?.code ?? '',
      title: goal?.title ?? '',
      description: goal?.description ?? '',
    },
    mutation.error,
  );
  // A goal cannot hang under itself or its own descendants.
  const excluded = new Set(goal ? flattenGoals([goal]).map((g) => g.id) : []);
  const parents = flattenGoals(plan.goals).filter((g) => !excluded.has(g.id));

  const submit = () => {
    const body = check(checkGoal(form));
    if (!body) return;
    const onSuccess = saved(t('goal.saved'), onClose);
    if (goal) goals.update.mutate({ goalId: goal.id, body }, { onSuccess });
    else goals.create.mutate(body, { onSuccess });
  };

  return (
    <FormDialog
      title={goal ? t('goal.editTitle') : t('goal.createTitle')}
      onClose={onClose}
      onSubmit={submit}
      mutation={mutation}
      creating={!goal}
    >
      <TextField label={t('fields.code')} {...text('code')} required />
      <TextField label={t('fields.title')} {...text('title')} required />
      <Select
        label={t('fields.level')}
        value={form.level}
        options={optionsOf(GOAL_LEVELS, (l) => tu(`goalLevels.${l}`))}
        onChange={(e) => set({ level: e.target.value as GoalLevel })}
      />
      <Select
        label={t('fields.parent')}
        emptyOption={t('fields.noParent')}
        value={form.parentId}
        options={goalOptions(parents)}
        onChange={(e) => set({ parentId: e.target.value })}
        error={message('parentId')}
      />
      <TextArea label={t('fields.description')} rows={3} {...text('description')} />
    </FormDialog>
  );
}

/** "Nyt mål" and, per goal, edit and delete (secretariat only; the caller checks). */
export function GoalEditor({ plan }: { plan: PlanDetail }) {
  const { t } = useTranslation('plansEdit');
  const goals = useGoalMutations(plan.id);
  const [editing, setEditing] = useState<GoalNode | 'new' | null>(null);
  const deleting = useConfirmDelete(goals.remove, (g: GoalNode) => ({
    title: t('goal.deleteTitle'),
    body: t('goal.deleteBody', { title: `${g.code} ${g.title}` }),
    confirmLabel: t('actions.deleteGoal'),
    deleted: t('goal.deleted'),
  }));
  const all = flattenGoals(plan.goals);
  return (
    <div className="plan-edit-block">
      <Button onClick={() => setEditing('new')}>{t('actions.newGoal')}</Button>
      {all.length > 0 ? (
        <details>
          <summary>{t('goal.listTitle')}</summary>
          <ul className="plan-edit-list">
            {all.map((g) => (
              <li key={g.id}>
                <span>
                  {g.code} {g.title}
                </span>{' '}
                <Button size="sm" onClick={() => setEditing(g)}>
                  {t('actions.editGoal')}
                  <span className="visually-hidden"> {g.code}</span>
                </Button>{' '}
                <Button size="sm" onClick={() => deleting.ask(g)}>
                  {t('actions.deleteGoal')}
                  <span className="visually-hidden"> {g.code}</span>
                </Button>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {editing ? (
        <GoalDialog
          plan={plan}
          goal={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
      {deleting.dialog}
    </div>
  );
}
