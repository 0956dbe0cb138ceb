import { useTranslation } from 'react-i18next';
import {
  PARTY_KINDS,
  PartyKindSchema,
  SEAT_ROLES,
  SeatRoleSchema,
} from '../../../../shared/organisation.enums';
import { Select, TextField } from '../../../ui/index';
import { fieldsOf, type RuleFields } from './rule-spec';

/** Props of {@link RuleParams}. */
export interface RuleParamsProps {
  fields: RuleFields;
  set: (patch: Partial<RuleFields>) => void;
  /** The field the last attempt found invalid. */
  invalid: 'min' | 'max' | 'date' | null;
}

/** The parameters a composition rule kind asks for (party kind, function, min, max). */
export function RuleParams({ fields, set, invalid }: RuleParamsProps) {
  const { t } = useTranslation('organisation');
  const shown = fieldsOf(fields.kind);
  return (
    <>
      {shown.role ? (
        <Select
          label={t('edit.rule.role')}
          value={fields.role}
          onChange={(e) => set({ role: SeatRoleSchema.parse(e.target.value) })}
          options={SEAT_ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
        />
      ) : null}
      {shown.partyKind ? (
        <Select
          label={t(
            fields.kind === 'includesAllClusterCoChairs' ? 'edit.rule.side' : 'edit.rule.partyKind',
          )}
          value={fields.partyKind}
          onChange={(e) => set({ partyKind: PartyKindSchema.parse(e.target.value) })}
          options={PARTY_KINDS.map((k) => ({ value: k, label: t(`partyKind.${k}`) }))}
        />
      ) : null}
      {shown.min ? (
        <TextField
          label={t('edit.rule.min')}
          inputMode="numeric"
          value={fields.min}
          onChange={(e) => set({ min: e.target.value })}
          error={invalid === 'min' ? t('edit.rule.invalidNumber') : undefined}
        />
      ) : null}
      {shown.max ? (
        <TextField
          label={t(
            fields.kind === 'maxSeatsPerMunicipality'
              ? 'edit.rule.maxPerMunicipality'
              : 'edit.rule.max',
          )}
          inputMode="numeric"
          value={fields.max}
          onChange={(e) => set({ max: e.target.value })}
          error={invalid === 'max' ? t('edit.rule.invalidNumber') : undefined}
        />
      ) : null}
    </>
  );
}
