import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../app/errors';
import type { CaseStepView, VisibleCase } from '../../../shared/cases.contract';
import type { ReturnMode } from '../../../shared/cases.enums';
import { Alert, Button, Dialog, TextArea, useToast } from '../../ui/index';
import { useMeetingFormat } from '../meetings/use-format';
import { useCaseMove } from './cases.api';
import { CaseMeetingLink } from './CaseMeetingLink';
import { returnStepsOf } from './case-steps';

/** Props of {@link ReturnTrail}. */
export interface ReturnTrailProps {
  item: VisibleCase;
  /** May mark a return step noted (the server checks membership of the forum). */
  canNote: boolean;
  /** May change a return step between for information and for action. */
  secretariat: boolean;
}

/** The dialog that marks a return step noted (or acted on), with an optional note. */
function NoteDialog({
  item,
  step,
  onClose,
}: {
  item: VisibleCase;
  step: CaseStepView;
  onClose: () => void;
}) {
  const { t } = useTranslation(['cases', 'common']);
  const toast = useToast();
  const errorText = useErrorText();
  const [text, setText] = useState('');
  const note = useCaseMove<{ text: string }>(
    item.id,
    () => `steps/${encodeURIComponent(step.id)}/note`,
    (v) => (v.text ? { text: v.text } : {}),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    note.mutate(
      { text: text.trim() },
      {
        onSuccess: () => {
          toast.show(t('trail.noted'));
          onClose();
        },
      },
    );
  };
  const act = step.returnMode === 'act';
  return (
    <Dialog
      open
      title={t('trail.markTitle', { forum: step.forumName ?? t('ui.unknownForum') })}
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>{t('common:actions.cancel')}</Button>
          <Button variant="primary" type="submit" form="case-note" busy={note.isPending}>
            {act ? t('trail.markActed') : t('trail.markNoted')}
          </Button>
        </>
      }
    >
      <form id="case-note" className="stack" noValidate onSubmit={submit}>
        <p>{t('trail.markIntro')}</p>
        {step.decisionText ? (
          <blockquote className="case-summary">{step.decisionText}</blockquote>
        ) : null}
        {note.error ? <Alert tone="error">{errorText(note.error)}</Alert> : null}
        <TextArea
          label={t('trail.markText')}
          value={text}
          rows={3}
          onChange={(e) => setText(e.target.value)}
        />
      </form>
    </Dialog>
  );
}

/**
 * The round trip's way down (issue 12): the decision travelling back to each forum that treated
 * the case on the way up, nearest first, each with what it asks (for information or for action),
 * whether the forum has noted it, and the buttons to mark it noted or to change what it asks.
 */
export function ReturnTrail({ item, canNote, secretariat }: ReturnTrailProps) {
  const { t } = useTranslation('cases');
  const format = useMeetingFormat();
  const toast = useToast();
  const errorText = useErrorText();
  const [noting, setNoting] = useState<CaseStepView | null>(null);
  const mode = useCaseMove<{ stepId: string; mode: ReturnMode }>(
    item.id,
    (v) => `steps/${encodeURIComponent(v.stepId)}/return-mode`,
    (v) => ({ mode: v.mode }),
  );
  const steps = returnStepsOf(item);
  if (steps.length === 0) return <p className="muted">{t('trail.none')}</p>;
  const decidingForum = (s: CaseStepView) =>
    item.steps.find((d) => d.id === s.returnOf)?.forumName ?? t('ui.unknownForum');
  return (
    <>
      {mode.error ? <Alert tone="error">{errorText(mode.error)}</Alert> : null}
      <ol className="case-steps case-trail" aria-label={t('trail.listLabel')}>
        {steps.map((step) => {
          const open = step.status === 'toNote';
          const act = step.returnMode === 'act';
          return (
            <li
              key={step.id}
              id={`step-${step.id}`}
              className={`case-step case-step-${step.status}`}
            >
              <div className="case-step-head">
                <h3 className="case-step-forum">{step.forumName ?? t('ui.unknownForum')}</h3>
                <span className="mtg-tag">{t(`stepStatuses.${step.status}`)}</span>
                {step.returnMode ? (
                  <span className="mtg-tag">{t(`returnModes.${step.returnMode}`)}</span>
                ) : null}
              </div>
              {step.redacted ? (
                <p className="muted">{t('closedStepPlaceholder')}</p>
              ) : (
                <dl className="case-step-texts">
                  {step.decisionText ? (
                    <div>
                      <dt>
                        {t('trail.from', {
                          forum: decidingForum(step),
                          date: step.decidedOn ? format.date(step.decidedOn) : '',
                        })}
                      </dt>
                      <dd>{step.decisionText}</dd>
                    </div>
                  ) : null}
                  {step.meetingId ? (
                    <div>
                      <dt>{t('passport.meeting')}</dt>
                      <dd>
                        <CaseMeetingLink meetingId={step.meetingId} meeting={step.meeting} />
                      </dd>
                    </div>
                  ) : null}
                  {step.notedOn ? (
                    <div>
                      <dt>
                        {t(act ? 'trail.actedOn' : 'trail.notedOn', {
                          date: format.date(step.notedOn),
                        })}
                      </dt>
                      <dd>{step.noteText ?? '—'}</dd>
                    </div>
                  ) : null}
                </dl>
              )}
              {open && !step.redacted && (canNote || secretariat) ? (
                <div className="button-row">
                  {canNote ? (
                    <Button onClick={() => setNoting(step)}>
                      {act ? t('trail.markActed') : t('trail.markNoted')}
                    </Button>
                  ) : null}
                  {secretariat ? (
                    <Button
                      busy={mode.isPending && mode.variables?.stepId === step.id}
                      onClick={() =>
                        mode.mutate(
                          { stepId: step.id, mode: act ? 'note' : 'act' },
                          { onSuccess: () => toast.show(t('trail.modeChanged')) },
                        )
                      }
                    >
                      {act ? t('trail.setNote') : t('trail.setAct')}
                    </Button>
                  ) : null}
                </div>
              ) : null}
            </li>
          );
        })}
      </ol>
      {noting ? <NoteDialog item={item} step={noting} onClose={() => setNoting(null)} /> : null}
    </>
  );
}
