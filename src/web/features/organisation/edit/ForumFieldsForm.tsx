import type { Dispatch, SetStateAction } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartyView } from '../../../../shared/organisation.contract';
import {
  FORUM_KINDS,
  FORUM_LEVELS,
  ForumKindSchema,
  ForumLevelSchema,
  SECTOR_SCOPES,
  SectorScopeSchema,
} from '../../../../shared/organisation.enums';
import type { ForumSummary } from '../../../../shared/organisation-views.contract';
import { Select, TextArea, TextField } from '../../../ui/index';
import type { ForumFields } from './forum-form';
import { PartyChecklist } from './PartyChecklist';

/** The fields typed as text (all but the party lists and the enums' selects). */
type TextKey = {
  [K in keyof ForumFields]: ForumFields[K] extends string ? K : never;
}[keyof ForumFields];

/** Props of {@link ForumFieldsForm}. */
export interface ForumFieldsFormProps {
  f: ForumFields;
  setF: Dispatch<SetStateAction<ForumFields>>;
  parties: readonly PartyView[];
  /** The fora it may report to. */
  fora: readonly ForumSummary[];
  nameError?: string | undefined;
  cadenceError?: string | undefined;
}

/** A forum's attributes as form fields (the edit-forum dialog's body). */
export function ForumFieldsForm({
  f,
  setF,
  parties,
  fora,
  nameError,
  cadenceError,
}: ForumFieldsFormProps) {
  const { t } = useTranslation('organisation');
  const set = (patch: Partial<ForumFields>) => setF((v) => ({ ...v, ...patch }));
  const text = (key: TextKey) => ({
    value: f[key],
    onChange: (e: { target: { value: string } }) => setF((v) => ({ ...v, [key]: e.target.value })),
  });
  return (
    <>
      <TextField label={t('edit.forum.name')} {...text('name')} error={nameError} />
      <TextField label={t('edit.forum.shortName')} {...text('shortName')} />
      <Select
        label={t('edit.forum.level')}
        value={f.level}
        onChange={(e) => set({ level: ForumLevelSchema.parse(e.target.value) })}
        options={FORUM_LEVELS.map((l) => ({ value: l, label: t(`forumLevel.${l}`) }))}
      />
      <Select
        label={t('edit.forum.kind')}
        value={f.kind}
        onChange={(e) => set({ kind: ForumKindSchema.parse(e.target.value) })}
        options={FORUM_KINDS.map((k) => ({ value: k, label: t(`forumKind.${k}`) }))}
      />
      <Select
        label={t('edit.forum.scope')}
        value={f.scope}
        onChange={(e) => set({ scope: SectorScopeSchema.parse(e.target.value) })}
        options={SECTOR_SCOPES.map((s) => ({ value: s, label: t(`scope.${s}`) }))}
      />
      <Select
        label={t('edit.forum.reportsTo')}
        {...text('reportsToForumId')}
        emptyOption={t('edit.forum.noReportsTo')}
        options={fora.map((x) => ({ value: x.entityId, label: x.name }))}
      />
      <TextField
        label={t('edit.forum.cadenceMin')}
        inputMode="numeric"
        {...text('cadenceMin')}
        error={cadenceError}
      />
      <TextField label={t('edit.forum.cadenceMax')} inputMode="numeric" {...text('cadenceMax')} />
      <PartyChecklist
        legend={t('edit.forum.servedBy')}
        parties={parties}
        value={f.servedBy}
        onChange={(servedBy) => set({ servedBy })}
      />
      <PartyChecklist
        legend={t('edit.forum.paidBy')}
        parties={parties}
        value={f.paidBy}
        onChange={(paidBy) => set({ paidBy })}
      />
      <TextField label={t('edit.forum.secretariatNote')} {...text('secretariatNote')} />
      <TextArea label={t('edit.forum.charter')} rows={5} {...text('charter')} />
      <TextArea
        label={t('edit.forum.mustTasks')}
        hint={t('edit.forum.tasksHint')}
        rows={4}
        {...text('mustTasks')}
      />
      <TextArea
        label={t('edit.forum.mayTasks')}
        hint={t('edit.forum.tasksHint')}
        rows={4}
        {...text('mayTasks')}
      />
      <TextArea
        label={t('edit.forum.decisionCompetence')}
        rows={3}
        {...text('decisionCompetence')}
      />
    </>
  );
}
