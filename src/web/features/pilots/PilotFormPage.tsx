import { useState, type FormEvent } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatKroner, parseKroner } from '../../../shared/money';
import type { PilotDetail } from '../../../shared/pilots.contract';
import { useErrorText } from '../../app/errors';
import { Alert, Button, PageHeader, Select, TextArea, TextField } from '../../ui/index';
import { QueryState } from '../organisation/QueryState';
import {
  useCreatePilot,
  useInitiativeOptions,
  useOverview,
  usePilot,
  useUpdatePilot,
} from './pilots.api';
import './pilots.css';

/** New pilot (`pilots/new?collaborationId=`) or editing one (`pilots/:pilotId/edit`). */
export function PilotFormPage() {
  const { pilotId } = useParams();
  const [params] = useSearchParams();
  const { t } = useTranslation('pilots');
  const existing = usePilot(pilotId ?? '');
  if (pilotId) {
    return (
      <QueryState query={existing} loadingLabel={t('loading')}>
        {(pilot) => <PilotForm collaborationId={pilot.collaborationId} pilot={pilot} />}
      </QueryState>
    );
  }
  return <PilotForm collaborationId={params.get('collaborationId') ?? ''} pilot={null} />;
}

/** The form's values as typed. */
interface Values {
  title: string;
  forumId: string;
  hypothesis: string;
  theme: string;
  periodFrom: string;
  periodTo: string;
  participants: string[];
  initiativeId: string;
  confidential: boolean;
  results: string;
  costs: string;
}

function initial(pilot: PilotDetail | null): Values {
  return {
    title: pilot?.title ?? '',
    forumId: pilot?.forumId ?? '',
    hypothesis: pilot?.hypothesis ?? '',
    theme: pilot?.theme ?? '',
    periodFrom: pilot?.periodFrom ?? '',
    periodTo: pilot?.periodTo ?? '',
    participants: pilot?.participants.map((p) => p.partyId) ?? [],
    initiativeId: pilot?.initiativeId ?? '',
    confidential: pilot?.confidential ?? false,
    results: pilot?.results ?? '',
    costs: pilot?.costsOre != null ? formatKroner(pilot.costsOre).replace(' kr.', '') : '',
  };
}

/** The API's fields from the form's values. */
function fieldsOf(v: Values, costsOre: number | null) {
  return {
    forumId: v.forumId,
    title: v.title,
    hypothesis: v.hypothesis,
    theme: v.theme.trim() || null,
    periodFrom: v.periodFrom,
    periodTo: v.periodTo || null,
    participantPartyIds: v.participants,
    initiativeId: v.initiativeId || null,
    confidential: v.confidential,
    results: v.results,
    costsOre,
  };
}

function PilotForm({
  collaborationId,
  pilot,
}: {
  collaborationId: string;
  pilot: PilotDetail | null;
}) {
  const { t } = useTranslation('pilots');
  const navigate = useNavigate();
  const errorText = useErrorText();
  const overview = useOverview(collaborationId);
  const initiatives = useInitiativeOptions(collaborationId);
  const create = useCreatePilot();
  const update = useUpdatePilot(pilot?.id ?? '');
  const [v, setValues] = useState<Values>(() => initial(pilot));
  const [costsError, setCostsError] = useState<string | undefined>();
  const set = <K extends keyof Values>(key: K, value: Values[K]) =>
    setValues((old) => ({ ...old, [key]: value }));
  const mutation = pilot ? update : create;
  const fora = overview.data?.foraByLevel.flatMap((g) => g.fora) ?? [];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const costsOre = v.costs.trim() === '' ? null : parseKroner(v.costs);
    setCostsError(
      v.costs.trim() !== '' && costsOre === null ? t('errors.costsInvalid') : undefined,
    );
    if (v.costs.trim() !== '' && costsOre === null) return;
    const fields = fieldsOf(v, costsOre);
    const done = (saved: PilotDetail) => void navigate(`/pilots/${saved.id}`);
    if (pilot) update.mutate(fields, { onSuccess: done });
    else create.mutate({ ...fields, collaborationId }, { onSuccess: done });
  };

  return (
    <>
      <PageHeader title={pilot ? t('editPilot') : t('newPilot')} />
      <form className="form stack" onSubmit={submit} noValidate>
        {mutation.isError ? <Alert tone="error">{errorText(mutation.error)}</Alert> : null}
        <TextField
          label={t('fields.title')}
          value={v.title}
          required
          onChange={(e) => set('title', e.target.value)}
        />
        <Select
          label={t('fields.forum')}
          value={v.forumId}
          required
          onChange={(e) => set('forumId', e.target.value)}
          options={[
            { value: '', label: '' },
            ...fora.map((f) => ({ value: f.entityId, label: f.name })),
          ]}
        />
        <TextArea
          label={t('fields.hypothesis')}
          value={v.hypothesis}
          rows={3}
          onChange={(e) => set('hypothesis', e.target.value)}
        />
        <TextField
          label={t('fields.theme')}
          value={v.theme}
          onChange={(e) => set('theme', e.target.value)}
        />
        <Period
          from={v.periodFrom}
          to={v.periodTo}
          onFrom={(value) => set('periodFrom', value)}
          onTo={(value) => set('periodTo', value)}
        />
        <Participants
          collaborationId={collaborationId}
          chosen={v.participants}
          onChange={(list) => set('participants', list)}
        />
        <Select
          label={t('fields.initiative')}
          value={v.initiativeId}
          onChange={(e) => set('initiativeId', e.target.value)}
          options={[
            { value: '', label: t('fields.noInitiative') },
            ...(initiatives.data ?? []).map((i) => ({ value: i.id, label: i.label })),
          ]}
        />
        <label>
          <input
            type="checkbox"
            checked={v.confidential}
            onChange={(e) => set('confidential', e.target.checked)}
          />{' '}
          {t('fields.confidential')}
        </label>
        <TextArea
          label={t('fields.results')}
          value={v.results}
          rows={4}
          onChange={(e) => set('results', e.target.value)}
        />
        <TextField
          label={t('fields.costs')}
          hint={t('fields.costsHelp')}
          inputMode="decimal"
          value={v.costs}
          error={costsError}
          onChange={(e) => set('costs', e.target.value)}
        />
        <div className="button-row">
          <Button type="submit" variant="primary" busy={mutation.isPending}>
            {t('save')}
          </Button>
          <Button type="button" onClick={() => void navigate(-1)}>
            {t('cancel')}
          </Button>
        </div>
      </form>
    </>
  );
}

/** The participating municipalities as checkboxes (all parties when it has no municipalities). */
function Participants({
  collaborationId,
  chosen,
  onChange,
}: {
  collaborationId: string;
  chosen: string[];
  onChange: (list: string[]) => void;
}) {
  const { t } = useTranslation('pilots');
  const overview = useOverview(collaborationId);
  const parties = overview.data?.parties ?? [];
  const municipalities = parties.filter((p) => p.kind === 'municipality');
  const choosable = municipalities.length ? municipalities : parties;
  return (
    <fieldset className="pilot-checks">
      <legend>{t('fields.participants')}</legend>
      {choosable.map((p) => (
        <label key={p.entityId}>
          <input
            type="checkbox"
            checked={chosen.includes(p.entityId)}
            onChange={(e) =>
              onChange(
                e.target.checked
                  ? [...chosen, p.entityId]
                  : chosen.filter((id) => id !== p.entityId),
              )
            }
          />{' '}
          {p.name}
        </label>
      ))}
    </fieldset>
  );
}

/** The pilot's period (from required, to optional). */
function Period(props: {
  from: string;
  to: string;
  onFrom: (value: string) => void;
  onTo: (value: string) => void;
}) {
  const { t } = useTranslation('pilots');
  return (
    <div className="form-grid">
      <TextField
        type="date"
        label={t('fields.periodFrom')}
        value={props.from}
        required
        onChange={(e) => props.onFrom(e.target.value)}
      />
      <TextField
        type="date"
        label={t('fields.periodTo')}
        value={props.to}
        onChange={(e) => props.onTo(e.target.value)}
      />
    </div>
  );
}
