import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseStepView, VisibleCase } from '../../../shared/cases.contract';
import { Button } from '../../ui/index';
import { todayInDenmark } from '../../../shared/dates';
import type { ForumDirectory } from '../meetings/org-lookup.api';
import { useMeetingFormat } from '../meetings/use-format';
import { currentStepOf, earlierForaOf, escalatableStepOf, isTreatable } from './case-steps';
import { CaseActionDialog, type CaseActionKind } from './CaseActionDialog';

/** Props of {@link CaseActions}. */
export interface CaseActionsProps {
  item: VisibleCase;
  directory: ForumDirectory | undefined;
  secretariat: boolean;
  /** Members may escalate (the server checks that they chair the deciding forum). */
  member: boolean;
}

/**
 * What can be done with the case now: place the current step on a meeting, record its
 * recommendation or decision, send it back, add a forum, withdraw it (confirmed), or, for a
 * chair, escalate a decision to the next forum.
 */
export function CaseActions({ item, directory, secretariat, member }: CaseActionsProps) {
  const { t } = useTranslation('cases');
  const format = useMeetingFormat();
  const [open, setOpen] = useState<{ kind: CaseActionKind; step: CaseStepView | null } | null>(
    null,
  );
  const current = currentStepOf(item);
  const escalatable = escalatableStepOf(item);
  const usable = secretariat && current !== null && !current.redacted && item.status === 'open';
  // Decisions need a held meeting (issue 11; the server applies the rule and says why): its
  // Danish day (the start's date part) must have come.
  const meetingDay = current?.meeting?.startsAt.slice(0, 10) ?? null;
  const notHeld = meetingDay !== null && meetingDay > todayInDenmark();
  const start = (kind: CaseActionKind, step: CaseStepView | null) => setOpen({ kind, step });

  return (
    <>
      <div className="button-row case-actions">
        {usable && ['planned', 'onAgenda', 'recommended'].includes(current.status) ? (
          <Button variant="primary" onClick={() => start('place', current)}>
            {current.meetingId ? t('actions.movePlace') : t('actions.place')}
          </Button>
        ) : null}
        {usable && isTreatable(current) ? (
          <>
            <Button onClick={() => start('recommend', current)}>{t('actions.recommend')}</Button>
            {notHeld ? null : (
              <Button onClick={() => start('decide', current)}>{t('actions.decide')}</Button>
            )}
            {earlierForaOf(item, current.id).length > 0 ? (
              <Button onClick={() => start('sendBack', current)}>{t('actions.sendBack')}</Button>
            ) : null}
          </>
        ) : null}
        {(secretariat || member) && escalatable && item.status !== 'closed' ? (
          <Button onClick={() => start('escalate', escalatable)}>{t('actions.escalate')}</Button>
        ) : null}
        {secretariat && item.status === 'open' ? (
          <>
            <Button onClick={() => start('addStep', null)}>{t('actions.addStep')}</Button>
            <Button variant="danger" onClick={() => start('withdraw', null)}>
              {t('actions.withdraw')}
            </Button>
          </>
        ) : null}
      </div>
      {usable && isTreatable(current) && notHeld && meetingDay ? (
        <p className="muted case-actions-hint">
          {t('actions.decideAfterMeeting', { date: format.date(meetingDay) })}
        </p>
      ) : null}
      {usable && !isTreatable(current) ? (
        <p className="muted case-actions-hint">
          {t('actions.placeFirst', { forum: directory?.byId.get(current.forumId)?.name ?? '' })}
        </p>
      ) : null}
      {open ? (
        <CaseActionDialog
          key={`${open.kind}-${open.step?.id ?? ''}`}
          kind={open.kind}
          step={open.step}
          item={item}
          directory={directory}
          onClose={() => setOpen(null)}
        />
      ) : null}
    </>
  );
}
