import { useTranslation } from 'react-i18next';
import { isIsoDate } from '../../../shared/dates';
import type { ReformTarget } from '../../../shared/reorganisation.contract';
import { Alert, TextField } from '../../ui/index';
import { useErrorText } from '../../app/errors';
import { useCollaborations } from '../organisation/org.api';
import { useOrgFormat } from '../organisation/org-format';
import { defaultTarget, lastDayOf, type SourceProblem, type WizardState } from './reform-request';

/** Props of {@link SourceStep}. */
export interface SourceStepProps {
  state: WizardState;
  onChange: (state: WizardState) => void;
  problems: Partial<Record<'sources' | 'effectiveDate' | 'target', SourceProblem>>;
  /** Today in Denmark: the day collaborations are listed on when the date is not yet whole. */
  today: string;
}

/** Step 1: the collaboration(s) to reorganise, the effective day and where the work goes on. */
export function SourceStep({ state, onChange, problems, today }: SourceStepProps) {
  const { t } = useTranslation('reorganisation');
  const errorText = useErrorText();
  const format = useOrgFormat();
  const whole = isIsoDate(state.effectiveDate);
  // The sources must still exist on their last day.
  const listedOn = whole ? lastDayOf(state.effectiveDate) : today;
  const collaborations = useCollaborations(listedOn);
  const problem = (key: keyof typeof problems) =>
    problems[key] ? t(`source.errors.${problems[key]}`) : undefined;

  const toggle = (id: string, on: boolean) => {
    const ids = on
      ? [...state.sourceCollaborationIds, id]
      : state.sourceCollaborationIds.filter((x) => x !== id);
    // The target follows the number of sources until it is chosen differently.
    const target =
      state.target === defaultTarget(state.sourceCollaborationIds.length)
        ? defaultTarget(ids.length)
        : state.target;
    onChange({ ...state, sourceCollaborationIds: ids, target });
  };
  const setTarget = (target: ReformTarget) => onChange({ ...state, target });
  const items = collaborations.data?.items ?? [];

  return (
    <div className="stack">
      <fieldset
        className="mtg-fieldset"
        aria-describedby="reform-sources-hint"
        aria-invalid={problems.sources ? true : undefined}
      >
        <legend>{t('source.collaborations')}</legend>
        <p className="field-hint" id="reform-sources-hint">
          {t('source.collaborationsHint')}
        </p>
        {collaborations.isError ? (
          <Alert tone="error">{errorText(collaborations.error)}</Alert>
        ) : null}
        {collaborations.isSuccess && items.length === 0 ? (
          <p className="muted">{t('source.noCollaborations', { date: format.day(listedOn) })}</p>
        ) : null}
        {items.map((c) => (
          <label key={c.entityId} className="mtg-check">
            <input
              type="checkbox"
              checked={state.sourceCollaborationIds.includes(c.entityId)}
              onChange={(event) => toggle(c.entityId, event.target.checked)}
            />
            {c.name}
          </label>
        ))}
        {problem('sources') ? (
          <p className="field-error" role="alert">
            {problem('sources')}
          </p>
        ) : null}
      </fieldset>
      <TextField
        label={t('source.effectiveDate')}
        type="date"
        value={state.effectiveDate}
        onChange={(event) => onChange({ ...state, effectiveDate: event.target.value })}
        hint={
          whole
            ? t('source.effectiveDateHint', { lastDay: format.day(lastDayOf(state.effectiveDate)) })
            : undefined
        }
        error={problem('effectiveDate')}
        required
      />
      <fieldset className="mtg-fieldset" aria-invalid={problems.target ? true : undefined}>
        <legend>{t('source.target')}</legend>
        <label className="mtg-check">
          <input
            type="radio"
            name="reform-target"
            checked={state.target === 'continue'}
            onChange={() => setTarget('continue')}
            aria-describedby="reform-target-continue-hint"
          />
          {t('source.targetContinue')}
        </label>
        <p className="field-hint" id="reform-target-continue-hint">
          {t('source.targetContinueHint')}
        </p>
        <label className="mtg-check">
          <input
            type="radio"
            name="reform-target"
            checked={state.target === 'new'}
            onChange={() => setTarget('new')}
          />
          {t('source.targetNew')}
        </label>
        {problem('target') ? (
          <p className="field-error" role="alert">
            {problem('target')}
          </p>
        ) : null}
      </fieldset>
    </div>
  );
}
