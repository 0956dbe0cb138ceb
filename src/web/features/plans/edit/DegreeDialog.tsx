/** Recording a degree for one subject of an initiative (a municipality, a cluster or the plan). */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayInDenmark } from '../../../../shared/dates';
import type { InitiativeDetail, PlanDetail } from '../../../../shared/plans.contract';
import { useLanguage } from '../../../app/language';
import { Button, Select, TextArea, TextField } from '../../../ui/index';
import { useRecordDegree } from '../plans-edit.api';
import { FormDialog } from './EditParts';
import { useEditForm, useSaved } from './EditForm';
import { checkDegree, subjectValue, type DegreeForm } from './plan-forms';

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
  const saved = useSaved();
  const record = useRecordDegree(plan.id);
  const { form, set, message, check, text } = useEditForm<DegreeForm>(
    { subject: subject ?? '', degree: '', comment: '', recordedOn: todayInDenmark() },
    record.error,
  );
  const submit = () => {
    const body = check(checkDegree(initiative.id, form));
    if (body) record.mutate(body, { onSuccess: saved(t('degree.saved'), onClose) });
  };
  return (
    <FormDialog title={t('degree.title')} onClose={onClose} onSubmit={submit} mutation={record}>
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
      <TextArea label={t('fields.comment')} rows={3} {...text('comment')} />
      <TextField label={t('fields.recordedOn')} type="date" {...text('recordedOn')} required />
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
