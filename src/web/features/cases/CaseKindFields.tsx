import { useTranslation } from 'react-i18next';
import { CASE_FLAGS, CASE_TYPES, type CaseFlag, type CaseType } from '../../../shared/cases.enums';
import { Checkbox } from '../meetings/Checkbox';

/** What kind of case: type, screening flags, confidentiality. */
export interface CaseKind {
  type: CaseType;
  flags: CaseFlag[];
  confidential: boolean;
}

/** Props of {@link CaseKindFields}. */
export interface CaseKindFieldsProps {
  value: CaseKind;
  onChange: (value: CaseKind) => void;
}

/** The type (orientering/drøftelse/beslutning), the flags the screening uses, and "fortrolig". */
export function CaseKindFields({ value, onChange }: CaseKindFieldsProps) {
  const { t } = useTranslation('cases');
  const toggle = (flag: CaseFlag, on: boolean) =>
    onChange({
      ...value,
      flags: on ? [...value.flags, flag] : value.flags.filter((f) => f !== flag),
    });
  return (
    <>
      <fieldset className="case-choices">
        <legend>{t('ui.raise.type')}</legend>
        {CASE_TYPES.map((c) => (
          <label key={c} className="mtg-check">
            <input
              type="radio"
              name="case-type"
              checked={value.type === c}
              onChange={() => onChange({ ...value, type: c })}
            />
            {t(`types.${c}`)}
          </label>
        ))}
      </fieldset>
      <fieldset className="case-choices">
        <legend>{t('ui.raise.flags')}</legend>
        <p className="field-hint">{t('ui.raise.flagsHint')}</p>
        {CASE_FLAGS.map((f) => (
          <Checkbox
            key={f}
            label={t(`flags.${f}`)}
            checked={value.flags.includes(f)}
            onChange={(e) => toggle(f, e.target.checked)}
          />
        ))}
      </fieldset>
      <Checkbox
        label={t('ui.raise.confidential')}
        hint={t('ui.raise.confidentialHint')}
        checked={value.confidential}
        onChange={(e) => onChange({ ...value, confidential: e.target.checked })}
      />
    </>
  );
}
