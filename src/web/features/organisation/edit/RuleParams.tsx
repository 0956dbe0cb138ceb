import { useTranslation } from 'react-i18next';
import {
  AREA_KINDS,
  AreaKindSchema,
  PARTY_KINDS,
  PartyKindSchema,
  SEAT_ROLES,
  SeatRoleSchema,
} from '../../../../shared/organisation.enums';
import { Select, TextField } from '../../../ui/index';
import { extraFieldsOf, fieldsOf, type RuleField, type RuleFields } from './rule-spec';

/** Props of {@link RuleParams}. */
export interface RuleParamsProps {
  fields: RuleFields;
  set: (patch: Partial<RuleFields>) => void;
  /** The field the last attempt found invalid. */
  invalid: RuleField | 'date' | null;
}

/** The parameters a composition rule kind asks for (party kind, function, min, max). */
export function RuleParams({ fields, set, invalid }: RuleParamsProps) {
  const { t } = useTranslation('organisation');
  const shown = fieldsOf(fields.kind);
  const extra = extraFieldsOf(fields.kind);
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
      {extra.otherPartyKind ? (
        <Select
          label={t('edit.rule.otherPartyKind')}
          value={fields.otherPartyKind ?? 'municipality'}
          onChange={(e) => set({ otherPartyKind: PartyKindSchema.parse(e.target.value) })}
          options={PARTY_KINDS.map((k) => ({ value: k, label: t(`partyKind.${k}`) }))}
        />
      ) : null}
      {extra.difference ? (
        <TextField
          label={t('edit.rule.difference')}
          hint={t('edit.rule.differenceHint')}
          value={fields.difference ?? ''}
          onChange={(e) => set({ difference: e.target.value })}
          error={invalid === 'difference' ? t('edit.rule.invalidNumber') : undefined}
        />
      ) : null}
      {extra.seats ? (
        <TextField
          label={t('edit.rule.seats')}
          inputMode="numeric"
          value={fields.seats ?? ''}
          onChange={(e) => set({ seats: e.target.value })}
          error={invalid === 'seats' ? t('edit.rule.invalidNumber') : undefined}
        />
      ) : null}
      {extra.tiers ? (
        <TextField
          label={t('edit.rule.tiers')}
          hint={t('edit.rule.tiersHint')}
          value={fields.tiers ?? ''}
          onChange={(e) => set({ tiers: e.target.value })}
          error={invalid === 'tiers' ? t('edit.rule.invalidTiers') : undefined}
        />
      ) : null}
      {extra.areaKind ? (
        <Select
          label={t('edit.rule.areaKind')}
          value={fields.areaKind ?? ''}
          onChange={(e) =>
            set({ areaKind: e.target.value === '' ? '' : AreaKindSchema.parse(e.target.value) })
          }
          options={[
            { value: '', label: t('edit.rule.anyAreaKind') },
            ...AREA_KINDS.map((k) => ({ value: k, label: t(`areaKind.${k}`) })),
          ]}
        />
      ) : null}
    </>
  );
}
