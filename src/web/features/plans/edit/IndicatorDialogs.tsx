/**
 * Indicators: create, edit and delete (with a confirmation), and setting one value (a party, a
 * period, a number and a note).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Indicator, IndicatorList } from '../../../../shared/plan-indicators.contract';
import {
  INDICATOR_DIRECTIONS,
  INDICATOR_SOURCES,
  type IndicatorDirection,
  type IndicatorSource,
} from '../../../../shared/plans.enums';
import { Button, Select, TextArea, TextField } from '../../../ui/index';
import { useInitiatives, usePlan } from '../plans.api';
import { useCollaborationParties, useIndicatorMutations } from '../plans-edit.api';
import { FormDialog } from './EditParts';
import {
  goalOptions,
  optionsOf,
  useConfirmDelete,
  useEditForm,
  useSaved,
  type FormText,
} from './EditForm';
import { flattenGoals } from './GoalDialogs';
import { checkIndicator, checkValue, type IndicatorForm, type ValueForm } from './plan-forms';

function formOf(i: Indicator | undefined): IndicatorForm {
  return {
    key: i?.key ?? '',
    name: i?.name ?? '',
    description: i?.description ?? '',
    unit: i?.unit ?? '',
    direction: i?.direction ?? 'higherIsBetter',
    source: i?.source ?? 'manual',
    sourceName: i?.sourceName ?? '',
    sourceUrl: i?.sourceUrl ?? '',
    target: i?.target ?? '',
    targetPeriod: i?.targetPeriod ?? '',
    goalId: i?.goalId ?? '',
    initiativeId: i?.initiativeId ?? '',
  };
}

/** The props of the indicator dialog's field groups. */
interface FieldGroupProps {
  form: IndicatorForm;
  set: (patch: Partial<IndicatorForm>) => void;
  message: (field: string) => string | undefined;
  text: FormText<IndicatorForm>;
}

/** Where the figures come from: a named public source, or an own name and address. */
function IndicatorSourceFields({
  publicSources,
  form,
  set,
  text,
}: Omit<FieldGroupProps, 'message'> & { publicSources: IndicatorList['publicSources'] }) {
  const { t } = useTranslation('plansEdit');
  const { t: tu } = useTranslation('plansUi');
  const choosePublic = (key: string) => {
    const source = publicSources.find((s) => s.key === key);
    if (source) set({ source: 'public', sourceName: source.name, sourceUrl: source.url });
  };
  return (
    <>
      <Select
        label={t('indicator.publicSource')}
        emptyOption={t('indicator.noPublic')}
        value={
          publicSources.find((s) => s.url === form.sourceUrl && s.name === form.sourceName)?.key ??
          ''
        }
        options={publicSources.map((s) => ({ value: s.key, label: `${s.name} (${s.publisher})` }))}
        onChange={(e) => choosePublic(e.target.value)}
      />
      <Select
        label={t('fields.source')}
        value={form.source}
        options={optionsOf(INDICATOR_SOURCES, (s) => tu(`indicators.sources.${s}`))}
        onChange={(e) => set({ source: e.target.value as IndicatorSource })}
      />
      <TextField label={t('fields.sourceName')} {...text('sourceName')} />
      <TextField label={t('fields.sourceUrl')} type="url" {...text('sourceUrl')} />
    </>
  );
}

/** The goal and the initiative an indicator belongs to. */
function IndicatorLinkFields({
  planId,
  form,
  set,
  message,
}: Omit<FieldGroupProps, 'text'> & { planId: string }) {
  const { t } = useTranslation('plansEdit');
  const plan = usePlan(planId);
  const initiatives = useInitiatives(planId, { limit: 200 });
  return (
    <>
      <Select
        label={t('fields.indicatorGoal')}
        emptyOption={t('fields.noGoal')}
        value={form.goalId}
        options={goalOptions(flattenGoals(plan.data?.goals ?? []))}
        onChange={(e) => set({ goalId: e.target.value })}
        error={message('goalId')}
      />
      <Select
        label={t('fields.indicatorInitiative')}
        emptyOption={t('fields.noInitiative')}
        value={form.initiativeId}
        options={(initiatives.data?.items ?? []).map((i) => ({
          value: i.id,
          label: `${i.number}. ${i.title}`,
        }))}
        onChange={(e) => set({ initiativeId: e.target.value })}
        error={message('initiativeId')}
      />
    </>
  );
}

/** Creates an indicator (no `indicator`) or edits one. */
export function IndicatorDialog({
  planId,
  indicator,
  publicSources,
  onClose,
}: {
  planId: string;
  indicator?: Indicator;
  publicSources: IndicatorList['publicSources'];
  onClose: () => void;
}) {
  const { t } = useTranslation('plansEdit');
  const { t: tu } = useTranslation('plansUi');
  const saved = useSaved();
  const indicators = useIndicatorMutations(planId);
  const mutation = indicator ? indicators.update : indicators.create;
  const { form, set, message, check, text } = useEditForm(formOf(indicator), mutation.error);
  const submit = () => {
    const body = check(checkIndicator(form));
    if (!body) return;
    const onSuccess = saved(t('indicator.saved'), onClose);
    if (indicator) indicators.update.mutate({ indicatorId: indicator.id, body }, { onSuccess });
    else indicators.create.mutate(body, { onSuccess });
  };
  return (
    <FormDialog
      title={indicator ? t('indicator.editTitle') : t('indicator.createTitle')}
      onClose={onClose}
      onSubmit={submit}
      mutation={mutation}
      creating={!indicator}
    >
      <TextField label={t('fields.title')} {...text('name')} required />
      <TextField label={t('fields.key')} {...text('key')} required />
      <TextField label={t('fields.unit')} {...text('unit')} required />
      <Select
        label={t('fields.direction')}
        value={form.direction}
        options={optionsOf(INDICATOR_DIRECTIONS, (d) => tu(`indicators.directions.${d}`))}
        onChange={(e) => set({ direction: e.target.value as IndicatorDirection })}
      />
      <TextArea label={t('fields.description')} rows={2} {...text('description')} />
      <IndicatorSourceFields publicSources={publicSources} form={form} set={set} text={text} />
      <TextField label={t('fields.target')} inputMode="decimal" {...text('target')} />
      <TextField
        label={t('fields.targetPeriod')}
        hint={t('fields.periodHint')}
        {...text('targetPeriod')}
      />
      <IndicatorLinkFields planId={planId} form={form} set={set} message={message} />
    </FormDialog>
  );
}

/** Sets (or replaces) one value of an indicator. */
export function ValueDialog({
  planId,
  indicator,
  onClose,
}: {
  planId: string;
  indicator: Indicator;
  onClose: () => void;
}) {
  const { t } = useTranslation('plansEdit');
  const saved = useSaved();
  const { putValue } = useIndicatorMutations(planId);
  const plan = usePlan(planId);
  const parties = useCollaborationParties(plan.data?.collaborationId);
  const { form, set, message, check, text } = useEditForm<ValueForm>(
    { partyId: '', period: '', value: '', note: '' },
    putValue.error,
  );
  const submit = () => {
    const body = check(checkValue(form));
    if (!body) return;
    putValue.mutate(
      { indicatorId: indicator.id, body },
      { onSuccess: saved(t('indicator.valueSaved'), onClose) },
    );
  };
  return (
    <FormDialog
      title={t('indicator.valueTitle', { name: indicator.name })}
      onClose={onClose}
      onSubmit={submit}
      mutation={putValue}
    >
      <Select
        label={t('fields.party')}
        emptyOption={t('fields.chooseParty')}
        value={form.partyId}
        options={(parties.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
        onChange={(e) => set({ partyId: e.target.value })}
        error={message('partyId')}
        required
      />
      <TextField
        label={t('fields.period')}
        hint={t('fields.periodHint')}
        {...text('period')}
        required
      />
      <TextField
        label={`${t('fields.value')} (${indicator.unit})`}
        inputMode="decimal"
        {...text('value')}
        required
      />
      <TextArea label={t('fields.note')} rows={2} {...text('note')} />
    </FormDialog>
  );
}

/** The indicators page's editing: "Ny indikator", and per row edit, delete and set a value. */
export function useIndicatorEditing(
  planId: string,
  publicSources: IndicatorList['publicSources'],
  /** Called after a delete (e.g. to stop showing its chart). */
  onDeleted?: (indicatorId: string) => void,
) {
  const { t } = useTranslation('plansEdit');
  const { remove } = useIndicatorMutations(planId);
  const [editing, setEditing] = useState<Indicator | 'new' | null>(null);
  const [valueFor, setValueFor] = useState<Indicator | null>(null);
  const deleting = useConfirmDelete(
    remove,
    (i: Indicator) => ({
      title: t('indicator.deleteTitle'),
      body: t('indicator.deleteBody', { name: i.name }),
      confirmLabel: t('actions.deleteIndicator'),
      deleted: t('indicator.deleted'),
    }),
    (i) => onDeleted?.(i.id),
  );
  const newButton = (
    <Button variant="primary" onClick={() => setEditing('new')}>
      {t('actions.newIndicator')}
    </Button>
  );
  const rowButtons = (i: Indicator) => (
    <>
      <Button size="sm" onClick={() => setValueFor(i)}>
        {t('actions.setValue')}
        <span className="visually-hidden">: {i.name}</span>
      </Button>{' '}
      <Button size="sm" onClick={() => setEditing(i)}>
        {t('actions.editIndicator')}
        <span className="visually-hidden">: {i.name}</span>
      </Button>{' '}
      <Button size="sm" onClick={() => deleting.ask(i)}>
        {t('actions.deleteIndicator')}
        <span className="visually-hidden">: {i.name}</span>
      </Button>
    </>
  );
  const dialogs = (
    <>
      {editing ? (
        <IndicatorDialog
          planId={planId}
          indicator={editing === 'new' ? undefined : editing}
          publicSources={publicSources}
          onClose={() => setEditing(null)}
        />
      ) : null}
      {valueFor ? (
        <ValueDialog planId={planId} indicator={valueFor} onClose={() => setValueFor(null)} />
      ) : null}
      {deleting.dialog}
    </>
  );
  return { newButton, rowButtons, dialogs };
}
