import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../app/errors';
import { todayInDenmark } from '../../../shared/dates';
import type { SeriesCreated } from '../../../shared/meetings-planning.contract';
import { Alert, Button, PageHeader, ProgressBar } from '../../ui/index';
import { endOfYear } from './meeting-time';
import { OrderingWarningDialog } from './OrderingWarningDialog';
import { useForumDirectory } from './org-lookup.api';
import { meetingPaths } from './paths';
import { useCreateSeries, useSeriesPreview } from './planning.api';
import {
  createSeriesRequestOf,
  previewRequestOf,
  seriesProblems,
  type SeriesForm,
} from './series-form';
import { SeriesFields } from './SeriesFields';
import { SeriesProposals } from './SeriesProposals';
import { useMeetingFormat } from './use-format';
import { useWarnedSave } from './use-warned-save';
import './meetings.css';

const initial = (): SeriesForm => ({
  forumId: '',
  from: todayInDenmark(),
  to: endOfYear(todayInDenmark()),
  weekday: 4,
  time: '10:00',
  durationMinutes: 120,
  perYear: '',
  cadenceMin: '',
  cadenceMax: '',
  avoidMonths: [7],
  title: '',
  location: '',
  onlineUrl: '',
  kind: 'ordinary',
});

/**
 * A meeting series from a forum's cadence: propose dates (moved off holidays and closure days,
 * with the reason shown), choose which to keep, then create them in one go.
 */
export function SeriesPage() {
  const { t } = useTranslation(['meetings', 'common']);
  const format = useMeetingFormat();
  const errorText = useErrorText();
  const preview = useSeriesPreview();
  const create = useCreateSeries();
  const [form, setForm] = useState<SeriesForm>(initial);
  // The series' first day picks the fora offered (today until it is set).
  const directory = useForumDirectory(undefined, form.from);
  const [checked, setChecked] = useState(false);
  const [chosen, setChosen] = useState<string[]>([]);
  const [created, setCreated] = useState<SeriesCreated | null>(null);
  const warned = useWarnedSave<SeriesCreated>(setCreated);
  const problems = Object.fromEntries(
    Object.entries(checked ? seriesProblems(form) : {}).map(([k, v]) => [
      k,
      t(`seriesPage.errors.${v}`),
    ]),
  );

  const onPreview = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    setCreated(null);
    if (Object.keys(seriesProblems(form)).length > 0) return;
    preview.mutate(previewRequestOf(form), {
      onSuccess: (data) => setChosen(data.proposals.map((p) => p.date)),
    });
  };
  const [noneChosen, setNoneChosen] = useState(false);
  const onCreate = () => {
    setNoneChosen(chosen.length === 0);
    if (chosen.length === 0) return;
    void warned.run(({ acknowledgeWarnings }) =>
      create.mutateAsync(createSeriesRequestOf(form, chosen, acknowledgeWarnings)),
    );
  };
  const data = preview.data;

  return (
    <>
      <PageHeader title={t('seriesPage.title')} description={<p>{t('seriesPage.intro')}</p>} />
      <form className="stack mtg-section" noValidate onSubmit={onPreview}>
        <SeriesFields
          value={form}
          onChange={setForm}
          directory={directory.data}
          directoryDate={directory.date}
          problems={problems}
        />
        <div className="button-row">
          <Button variant="primary" type="submit" busy={preview.isPending}>
            {t('seriesPage.preview')}
          </Button>
          <Link to={meetingPaths.list}>{t('seriesPage.back')}</Link>
        </div>
      </form>
      {preview.isError ? <Alert tone="error">{errorText(preview.error)}</Alert> : null}
      {data && !created ? (
        <section className="stack mtg-section" aria-labelledby="series-proposals">
          <h2 id="series-proposals">{t('seriesPage.proposalsHeading')}</h2>
          <p>
            {t('seriesPage.summary', {
              min: data.cadence.min,
              max: data.cadence.max,
              target: data.targetCount,
              existing: data.coveredByExisting,
            })}
            {data.unplaced > 0 ? ` ${t('seriesPage.unplaced', { count: data.unplaced })}` : ''}
          </p>
          {data.proposals.length > 0 ? (
            <SeriesProposals
              preview={data}
              chosen={chosen}
              onToggle={(date, on) =>
                setChosen(on ? [...chosen, date] : chosen.filter((d) => d !== date))
              }
            />
          ) : (
            <p className="muted">{t('seriesPage.noProposals')}</p>
          )}
          {warned.busy ? (
            <ProgressBar label={t('seriesPage.creating', { count: chosen.length })} />
          ) : null}
          {warned.error && !warned.warning ? <Alert tone="error">{warned.error}</Alert> : null}
          {noneChosen ? <Alert tone="error">{t('seriesPage.noneChosen')}</Alert> : null}
          <div className="button-row">
            <Button
              variant="primary"
              busy={warned.busy}
              onClick={onCreate}
              aria-describedby="series-proposals"
            >
              {t('seriesPage.create', { count: chosen.length })}
            </Button>
          </div>
        </section>
      ) : null}
      {created ? (
        <Alert tone="success" title={t('seriesPage.created', { count: created.meetings.length })}>
          <ul>
            {created.meetings.map((m) => (
              <li key={m.id}>
                <Link to={meetingPaths.meeting(m.id)}>{format.dateTime(m.startsAt)}</Link>
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
      {warned.warning ? (
        <OrderingWarningDialog
          warning={warned.warning}
          busy={warned.busy}
          error={warned.error}
          onSaveAnyway={warned.saveAnyway}
          onCancel={warned.cancel}
        />
      ) : null}
    </>
  );
}
