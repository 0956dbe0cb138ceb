/** Recording a degree for one subject of an initiative (a municipality, a cluster or the plan). */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayInDenmark } from '../../../../shared/dates';
import type { InitiativeDetail, PlanDetail } from '../../../../shared/plans.contract';
import { useLanguage } from '../../../app/language';
import { Button, Select, TextArea, TextField, useToast } from '../../../ui/index';
import { useRecordDegree } from '../plans-edit.api';
import { FormDialog, useFieldMessages } from './EditParts';
import { checkDegree, subjectValue, type DegreeForm, type ErrorKey } from './plan-forms';

/** Records a degree for one subject of an initiative (with a comment and the day). */
export function DegreeDialog({
  plan,
  initiative,
  subject,
  onClose,
}: {
  plan: PlanDetail;
  initiative: InitiativeDetail;
  /** Pre-chosen subject (`"<kind>:<id>"`). */
  subject?: string;
  onClose: () => void;
}) {
  const { t } = useTranslation('plansEdit');
  const { language } = useLanguage();
  const toast = useToast();
  const record = useRecordDegree(plan.id);
  const [form, setForm] = useState<DegreeForm>({
    subject: subject ?? '',
    degree: '',
    comment: '',
    recordedOn: todayInDenmark(),
  });
  const [local, setLocal] = useState<Partial<Record<string, ErrorKey>>>({});
  const message = useFieldMessages(local, record.error);
  const set = (patch: Partial<DegreeForm>) => setForm((f) => ({ ...f, ...patch }));
  const submit = () => {
    const checked = checkDegree(initiative.id, form);
    if (!checked.ok) return setLocal(checked.errors);
    setLocal({});
    record.mutate(checked.body, {
      onSuccess: () => {
        toast.show(t('degree.saved'), 'success');
        onClose();
      },
    });
  };
  return (
    <FormDialog
      title={t('degree.title')}
      onClose={onClose}
      onSubmit={submit}
      busy={record.isPending}
      error={record.error}
      submitLabel={t('actions.save')}
    >
      <Select
        label={t('fields.subject')}
        emptyOption={t('fields.chooseSubject')}
        value={form.subject}
        options={initiative.subjects.map((s) => ({
          value: subjectValue(s.kind, s.id),
          label: s.name,
        }))}
        onChange={(e) => set({ subject: e.target.value })}
        error={message('subject') ?? message('subjectId')}
        required
      />
      <Select
        label={t('fields.degree')}
        emptyOption={t('fields.chooseDegree')}
        value={form.degree}
        options={plan.degreeScale.map((s) => ({
          value: s.key,
          label: language === 'en' ? s.labelEn : s.labelDa,
        }))}
        onChange={(e) => set({ degree: e.target.value })}
        error={message('degree')}
        required
      />
      <TextArea
        label={t('fields.comment')}
        value={form.comment}
        rows={3}
        onChange={(e) => set({ comment: e.target.value })}
        error={message('comment')}
      />
      <TextField
        label={t('fields.recordedOn')}
        type="date"
        value={form.recordedOn}
        onChange={(e) => set({ recordedOn: e.target.value })}
        error={message('recordedOn')}
        required
      />
    </FormDialog>
  );
}

/** "Registrér grad" on the initiative page (secretariat only; the caller checks). */
export function RecordDegreeButton({
  plan,
  initiative,
}: {
  plan: PlanDetail;
  initiative: InitiativeDetail;
}) {
  const { t } = useTranslation('plansEdit');
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)}>{t('actions.recordDegree')}</Button>
      {open ? (
        <DegreeDialog plan={plan} initiative={initiative} onClose={() => setOpen(false)} />
      ) : null}
    </>
  );
}
