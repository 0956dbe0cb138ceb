/**
 * Goals: create, edit and delete (with a confirmation), and the list of goals with their edit
 * buttons shown under the goal tree on the plan page.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GoalNode, PlanDetail } from '../../../../shared/plans.contract';
import { GOAL_LEVELS, type GoalLevel } from '../../../../shared/plans.enums';
import { Button, Select, TextArea, TextField, useToast } from '../../../ui/index';
import { useGoalMutations } from '../plans-edit.api';
import { DeleteConfirm, FormDialog, useFieldMessages } from './EditParts';
import { checkGoal, type ErrorKey, type GoalForm } from './plan-forms';

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
  const toast = useToast();
  const goals = useGoalMutations(plan.id);
  const mutation = goal ? goals.update : goals.create;
  const [form, setForm] = useState<GoalForm>({
    parentId: goal?.parentId ?? '',
    level: goal?.level ?? 'goal',
    code: goal?.code ?? '',
    title: goal?.title ?? '',
    description: goal?.description ?? '',
  });
  const [local, setLocal] = useState<Partial<Record<string, ErrorKey>>>({});
  const message = useFieldMessages(local, mutation.error);
  const set = (patch: Partial<GoalForm>) => setForm((f) => ({ ...f, ...patch }));
  // A goal cannot hang under itself or its own descendants.
  const excluded = new Set(goal ? flattenGoals([goal]).map((g) => g.id) : []);
  const parents = flattenGoals(plan.goals).filter((g) => !excluded.has(g.id));

  const submit = () => {
    const checked = checkGoal(form);
    if (!checked.ok) return setLocal(checked.errors);
    setLocal({});
    const onSuccess = () => {
      toast.show(t('goal.saved'), 'success');
      onClose();
    };
    if (goal) goals.update.mutate({ goalId: goal.id, body: checked.body }, { onSuccess });
    else goals.create.mutate(checked.body, { onSuccess });
  };

  return (
    <FormDialog
      title={goal ? t('goal.editTitle') : t('goal.createTitle')}
      onClose={onClose}
      onSubmit={submit}
      busy={mutation.isPending}
      error={mutation.error}
      submitLabel={goal ? t('actions.save') : t('actions.create')}
    >
      <TextField
        label={t('fields.code')}
        value={form.code}
        onChange={(e) => set({ code: e.target.value })}
        error={message('code')}
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
        label={t('fields.level')}
        value={form.level}
        options={GOAL_LEVELS.map((l) => ({ value: l, label: tu(`goalLevels.${l}`) }))}
        onChange={(e) => set({ level: e.target.value as GoalLevel })}
      />
      <Select
        label={t('fields.parent')}
        emptyOption={t('fields.noParent')}
        value={form.parentId}
        options={parents.map((g) => ({ value: g.id, label: `${g.code} ${g.title}` }))}
        onChange={(e) => set({ parentId: e.target.value })}
        error={message('parentId')}
      />
      <TextArea
        label={t('fields.description')}
        value={form.description}
        rows={3}
        onChange={(e) => set({ description: e.target.value })}
        error={message('description')}
      />
    </FormDialog>
  );
}

/** "Nyt mål" and, per goal, edit and delete (secretariat only; the caller checks). */
export function GoalEditor({ plan }: { plan: PlanDetail }) {
  const { t } = useTranslation('plansEdit');
  const toast = useToast();
  const goals = useGoalMutations(plan.id);
  const [editing, setEditing] = useState<GoalNode | 'new' | null>(null);
  const [deleting, setDeleting] = useState<GoalNode | null>(null);
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
                <Button size="sm" onClick={() => setDeleting(g)}>
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
      {deleting ? (
        <DeleteConfirm
          title={t('goal.deleteTitle')}
          body={t('goal.deleteBody', { title: `${deleting.code} ${deleting.title}` })}
          confirmLabel={t('actions.deleteGoal')}
          busy={goals.remove.isPending}
          error={goals.remove.error}
          onConfirm={() =>
            goals.remove.mutate(deleting.id, {
              onSuccess: () => {
                toast.show(t('goal.deleted'), 'success');
                setDeleting(null);
              },
            })
          }
          onClose={() => {
            goals.remove.reset();
            setDeleting(null);
          }}
        />
      ) : null}
    </div>
  );
}
