import { useTranslation } from 'react-i18next';
import { CASE_TYPES, type CaseType } from '../../../shared/cases.enums';
import { Select, TextArea, TextField } from '../../ui/index';
import { Checkbox } from '../meetings/Checkbox';

/** The wording of an item: title, text, type, closed with its legal basis. */
export interface ItemWording {
  title: string;
  body: string;
  type: CaseType;
  closed: boolean;
  closedReason: string;
}

/** Props of {@link ItemWordingFields}. */
export interface ItemWordingFieldsProps {
  value: ItemWording;
  onChange: (value: ItemWording) => void;
  /** Show required-field errors. */
  checked: boolean;
  serverError: (path: string) => string | undefined;
  /** A confidential case's item must stay closed. */
  closedLocked?: boolean;
}

/** The fields of an item's wording (no buttons). */
export function ItemWordingFields({
  value,
  onChange,
  checked,
  serverError,
  closedLocked = false,
}: ItemWordingFieldsProps) {
  const { t } = useTranslation(['agendas', 'cases']);
  const set = <K extends keyof ItemWording>(key: K, v: ItemWording[K]) =>
    onChange({ ...value, [key]: v });
  return (
    <>
      <TextField
        label={t('ui.fields.title')}
        value={value.title}
        onChange={(e) => set('title', e.target.value)}
        maxLength={300}
        required
        error={checked && !value.title.trim() ? t('ui.fields.required') : serverError('title')}
      />
      <TextArea
        label={t('ui.fields.body')}
        value={value.body}
        rows={4}
        onChange={(e) => set('body', e.target.value)}
        error={serverError('body')}
      />
      <Select
        label={t('ui.fields.type')}
        value={value.type}
        onChange={(e) => set('type', e.target.value as CaseType)}
        options={CASE_TYPES.map((c) => ({ value: c, label: t(`cases:types.${c}`) }))}
      />
      <Checkbox
        label={t('ui.fields.closed')}
        hint={closedLocked ? t('ui.fields.closedLocked') : t('ui.fields.closedHint')}
        checked={value.closed}
        disabled={closedLocked}
        onChange={(e) => set('closed', e.target.checked)}
      />
      {value.closed ? (
        <TextField
          label={t('ui.fields.closedReason')}
          hint={t('ui.fields.closedReasonHint')}
          value={value.closedReason}
          maxLength={1000}
          required
          onChange={(e) => set('closedReason', e.target.value)}
          error={
            checked && !value.closedReason.trim()
              ? t('ui.fields.closedReasonRequired')
              : serverError('closedReason')
          }
        />
      ) : null}
    </>
  );
}
