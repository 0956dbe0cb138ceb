import { useTranslation } from 'react-i18next';
import type { VisibleCase } from '../../../shared/cases.contract';
import { useMeetingFormat } from '../meetings/use-format';
import { currentStepOf, routeStepsOf } from './case-steps';
import { CaseMeetingLink } from './CaseMeetingLink';

/** Props of {@link CaseRoute}. */
export interface CaseRouteProps {
  item: VisibleCase;
}

/**
 * The case passport's route: every forum the case travels, in order, with its status, meeting,
 * recommendation and decision. The step the case waits in now is marked in words.
 */
export function CaseRoute({ item }: CaseRouteProps) {
  const { t } = useTranslation('cases');
  const format = useMeetingFormat();
  const current = currentStepOf(item);
  // The return steps are shown on their own, as the way back down (ReturnTrail).
  const steps = routeStepsOf(item);
  return (
    <ol className="case-steps">
      {steps.map((step) => {
        const isCurrent = current?.id === step.id;
        return (
          <li
            key={step.id}
            id={`step-${step.id}`}
            className={`case-step case-step-${step.status}${isCurrent ? ' case-step-current' : ''}`}
          >
            <div className="case-step-head">
              <h3 className="case-step-forum">{step.forumName ?? t('ui.unknownForum')}</h3>
              <span className="mtg-tag">{t(`stepStatuses.${step.status}`)}</span>
              {isCurrent ? (
                <span className="mtg-tag mtg-tag-current">{t('passport.hereNow')}</span>
              ) : null}
              {step.origin !== 'route' ? (
                <span className="mtg-tag">{t(`passport.origins.${step.origin}`)}</span>
              ) : null}
            </div>
            {step.redacted ? (
              <p className="muted">{t('closedStepPlaceholder')}</p>
            ) : (
              <dl className="case-step-texts">
                {step.meetingId ? (
                  <div>
                    <dt>{t('passport.meeting')}</dt>
                    <dd>
                      <CaseMeetingLink meetingId={step.meetingId} meeting={step.meeting} />
                      {step.closed ? ` (${t('passport.closedItem')})` : null}
                    </dd>
                  </div>
                ) : null}
                {step.recommendation ? (
                  <div>
                    <dt>{t('passport.recommendation')}</dt>
                    <dd>{step.recommendation}</dd>
                  </div>
                ) : null}
                {step.decisionText ? (
                  <div>
                    <dt>
                      {step.decidedOn
                        ? t('passport.decisionOn', { date: format.date(step.decidedOn) })
                        : t('passport.decision')}
                    </dt>
                    <dd>
                      {step.status === 'skipped' && step.decisionText === 'final decision'
                        ? t('ui.timeline.finalDecision')
                        : step.status === 'skipped' && step.decisionText === 'carryOver'
                          ? t('ui.timeline.mergedByCarryOver')
                          : step.decisionText}
                    </dd>
                  </div>
                ) : null}
              </dl>
            )}
          </li>
        );
      })}
    </ol>
  );
}
