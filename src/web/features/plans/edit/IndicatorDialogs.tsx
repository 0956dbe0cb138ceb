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
import { Button, Select, TextArea, TextField, useToast } from '../../../ui/index';
import { useInitiatives, usePlan } from '../plans.api';
import { useCollaborationParties, useIndicatorMutations } from '../plans-edit.api';
import { DeleteConfirm, FormDialog, useFieldMessages } from './EditParts';
import { flattenGoals } from './GoalDialogs';
import {
  checkIndicator,
  checkValue,
  type ErrorKey,
  type IndicatorForm,
  type ValueForm,
} from './plan-forms';

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
}

/** Where the figures come from: a named public source, or an own name and address. */
function IndicatorSourceFields({
  publicSources,
  form,
  set,
  message,
}: FieldGroupProps & { publicSources: IndicatorList['publicSources'] }) {
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
        options={INDICATOR_SOURCES.map((s) => ({ value: s, label: tu(`indicators.sources.${s}`) }))}
        onChange={(e) => set({ source: e.target.value as IndicatorSource })}
      />
      <TextField
        label={t('fields.sourceName')}
        value={form.sourceName}
        onChange={(e) => set({ sourceName: e.target.value })}
        error={message('sourceName')}
      />
      <TextField
        label={t('fields.sourceUrl')}
        type="url"
        value={form.sourceUrl}
        onChange={(e) => set({ sourceUrl: e.target.value })}
        error={message('sourceUrl')}
      />
    </>
  );
}

/** The goal and the initiative an indicator belongs to. */
function IndicatorLinkFields({ planId, form, set, message }: FieldGroupProps & { planId: string }) {
  const { t } = useTranslation('plansEdit');
  const plan = usePlan(planId);
  const initiatives = useInitiatives(planId, { limit: 200 });
  return (
    <>
      <Select
        label={t('fields.indicatorGoal')}
        emptyOption={t('fields.noGoal')}
        value={form.goalId}
        options={flattenGoals(plan.data?.goals ?? []).map((g) => ({
          value: g.id,
          label: `${g.code} ${g.title}`,
        }))}
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
  const toast = useToast();
  const indicators = useIndicatorMutations(planId);
  const mutation = indicator ? indicators.update : indicators.create;
  const [form, setForm] = useState<IndicatorForm>(formOf(indicator));
  const [local, setLocal] = useState<Partial<Record<string, ErrorKey>>>({});
  const message = useFieldMessages(local, mutation.error);
  const set = (patch: Partial<IndicatorForm>) => setForm((f) => ({ ...f, ...patch }));
  const submit = () => {
    const checked = checkIndicator(form);
    if (!checked.ok) return setLocal(checked.errors);
    setLocal({});
    const onSuccess = () => {
      toast.show(t('indicator.saved'), 'success');
      onClose();
    };
    if (indicator) {
      indicators.update.mutate({ indicatorId: indicator.id, body: checked.body }, { onSuccess });
    } else indicators.create.mutate(checked.body, { onSuccess });
  };
  return (
    <FormDialog
      title={indicator ? t('indicator.editTitle') : t('indicator.createTitle')}
      onClose={onClose}
      onSubmit={submit}
      busy={mutation.isPending}
      error={mutation.error}
      submitLabel={indicator ? t('actions.save') : t('actions.create')}
    >
      <TextField
        label={t('fields.title')}
        value={form.name}
        onChange={(e) => set({ name: e.target.value })}
        error={message('name')}
        required
      />
      <TextField
        label={t('fields.key')}
        value={form.key}
        onChange={(e) => set({ key: e.target.value })}
        error={message('key')}
        required
      />
      <TextField
        label={t('fields.unit')}
        value={form.unit}
        onChange={(e) => set({ unit: e.target.value })}
        error={message('unit')}
        required
      />
      <Select
        label={t('fields.direction')}
        value={form.direction}
        options={INDICATOR_DIRECTIONS.map((d) => ({
          value: d,
          label: tu(`indicators.directions.${d}`),
        }))}
        onChange={(e) => set({ direction: e.target.value as IndicatorDirection })}
      />
      <TextArea
        label={t('fields.description')}
        value={form.description}
        rows={2}
        onChange={(e) => set({ description: e.target.value })}
        error={message('description')}
      />
      <IndicatorSourceFields
        publicSources={publicSources}
        form={form}
        set={set}
        message={message}
      />
      <TextField
        label={t('fields.target')}
        inputMode="decimal"
        value={form.target}
        onChange={(e) => set({ target: e.target.value })}
        error={message('target')}
      />
      <TextField
        label={t('fields.targetPeriod')}
        hint={t('fields.periodHint')}
        value={form.targetPeriod}
        onChange={(e) => set({ targetPeriod: e.target.value })}
        error={message('targetPeriod')}
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
  const toast = useToast();
  const { putValue } = useIndicatorMutations(planId);
  const plan = usePlan(planId);
  const parties = useCollaborationParties(plan.data?.collaborationId);
  const [form, setForm] = useState<ValueForm>({ partyId: '', period: '', value: '', note: '' });
  const [local, setLocal] = useState<Partial<Record<string, ErrorKey>>>({});
  const message = useFieldMessages(local, putValue.error);
  const set = (patch: Partial<ValueForm>) => setForm((f) => ({ ...f, ...patch }));
  const submit = () => {
    const checked = checkValue(form);
    if (!checked.ok) return setLocal(checked.errors);
    setLocal({});
    putValue.mutate(
      { indicatorId: indicator.id, body: checked.body },
      {
        onSuccess: () => {
          toast.show(t('indicator.valueSaved'), 'success');
          onClose();
        },
      },
    );
  };
  return (
    <FormDialog
      title={t('indicator.valueTitle', { name: indicator.name })}
      onClose={onClose}
      onSubmit={submit}
      busy={putValue.isPending}
      error={putValue.error}
      submitLabel={t('actions.save')}
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
        value={form.period}
        onChange={(e) => set({ period: e.target.value })}
        error={message('period')}
        required
      />
      <TextField
        label={`${t('fields.value')} (${indicator.unit})`}
        inputMode="decimal"
        value={form.value}
        onChange={(e) => set({ value: e.target.value })}
        error={message('value')}
        required
      />
      <TextArea
        label={t('fields.note')}
        value={form.note}
        rows={2}
        onChange={(e) => set({ note: e.target.value })}
        error={message('note')}
      />
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
  const toast = useToast();
  const { remove } = useIndicatorMutations(planId);
  const [editing, setEditing] = useState<Indicator | 'new' | null>(null);
  const [valueFor, setValueFor] = useState<Indicator | null>(null);
  const [deleting, setDeleting] = useState<Indicator | null>(null);
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
      <Button size="sm" onClick={() => setDeleting(i)}>
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
      {deleting ? (
        <DeleteConfirm
          title={t('indicator.deleteTitle')}
          body={t('indicator.deleteBody', { name: deleting.name })}
          confirmLabel={t('actions.deleteIndicator')}
          busy={remove.isPending}
          error={remove.error}
          onConfirm={() =>
            remove.mutate(deleting.id, {
              onSuccess: () => {
                toast.show(t('indicator.deleted'), 'success');
                onDeleted?.(deleting.id);
                setDeleting(null);
              },
            })
          }
          onClose={() => {
            remove.reset();
            setDeleting(null);
          }}
        />
      ) : null}
    </>
  );
  return { newButton, rowButtons, dialogs };
}
