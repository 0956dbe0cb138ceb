import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RULE_KINDS, RuleKindSchema, type Severity } from '../../../../shared/organisation.enums';
import { useErrorText } from '../../../app/errors';
import { Alert, Button, Dialog, Select, useToast } from '../../../ui/index';
import { BreachWarningDialog } from '../BreachWarningDialog';
import { useAsOf } from '../as-of';
import { orgChanges } from '../org-changes.api';
import { isIsoDate } from '../org-dates';
import { useOrgChange } from '../use-org-change';
import { EffectiveDateField } from './EffectiveDateField';
import { RuleParams } from './RuleParams';
import { defaultSeverity, specOf, type RuleField, type RuleFields } from './rule-spec';

/** Props of {@link AddRuleDialog}. */
export interface AddRuleDialogProps {
  forumId: string;
  onClose: () => void;
}

/** "Tilføj regel": a composition rule with its parameters and severity, from a date. */
export function AddRuleDialog({ forumId, onClose }: AddRuleDialogProps) {
  const { t } = useTranslation(['organisation', 'common']);
  const formId = useId();
  const asOf = useAsOf();
  const toast = useToast();
  const errorText = useErrorText();
  const [fields, setFields] = useState<RuleFields>({
    kind: 'everyClusterRepresented',
    partyKind: 'municipality',
    role: 'chair',
    min: '',
    max: '',
    otherPartyKind: 'municipality',
    difference: '',
    seats: '',
    tiers: '',
    areaKind: '',
  });
  const [severity, setSeverity] = useState<Severity>('error');
  const [from, setFrom] = useState(asOf.date);
  const [invalid, setInvalid] = useState<RuleField | 'date' | null>(null);
  const change = useOrgChange(
    (body: Parameters<typeof orgChanges.addRule>[1], acknowledge: boolean) =>
      orgChanges.addRule(forumId, body, acknowledge),
  );
  const set = (patch: Partial<RuleFields>) => setFields((f) => ({ ...f, ...patch }));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (change.isPending) return;
    if (!isIsoDate(from)) return setInvalid('date');
    const result = specOf(fields);
    if ('invalid' in result) return setInvalid(result.invalid);
    setInvalid(null);
    change.run({ spec: result.spec, severity, validFrom: from }, (done) => {
      const count = done.newBreaches.length;
      toast.show(count > 0 ? t('edit.savedWithBreaches', { count }) : t('edit.rule.done'));
      onClose();
    });
  };

  return (
    <>
      <Dialog
        open
        onClose={onClose}
        title={t('edit.rule.title')}
        footer={
          <>
            <Button onClick={onClose}>{t('common:actions.cancel')}</Button>
            <Button type="submit" form={formId} variant="primary" busy={change.isPending}>
              {t('edit.rule.submit')}
            </Button>
          </>
        }
      >
        <form id={formId} className="form" noValidate onSubmit={onSubmit}>
          {change.error ? <Alert tone="error">{errorText(change.error)}</Alert> : null}
          <Select
            label={t('edit.rule.kind')}
            value={fields.kind}
            onChange={(e) => {
              const kind = RuleKindSchema.parse(e.target.value);
              set({ kind });
              setSeverity(defaultSeverity(kind));
            }}
            options={RULE_KINDS.map((k) => ({ value: k, label: t(`ruleKind.${k}`) }))}
          />
          <RuleParams fields={fields} set={set} invalid={invalid} />
          <Select
            label={t('edit.rule.severity')}
            value={severity}
            onChange={(e) => setSeverity(e.target.value === 'warning' ? 'warning' : 'error')}
            options={[
              { value: 'error', label: t('edit.rule.severityError') },
              { value: 'warning', label: t('edit.rule.severityWarning') },
            ]}
          />
          <EffectiveDateField
            value={from}
            onChange={setFrom}
            error={invalid === 'date' ? t('asOf.invalid') : undefined}
          />
        </form>
      </Dialog>
      <BreachWarningDialog warning={change.warning} date={from} />
    </>
  );
}
