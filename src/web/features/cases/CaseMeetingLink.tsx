import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CaseMeetingRef } from '../../../shared/cases.contract';
import { meetingPaths } from '../meetings/paths';
import { useMeetingFormat } from '../meetings/use-format';

/** Props of {@link CaseMeetingLink}. */
export interface CaseMeetingLinkProps {
  meetingId: string;
  /** The meeting's title and start, as the server named it (null when unknown). */
  meeting: CaseMeetingRef | null;
}

/** A link to the meeting a step is placed on: "KKR-møde, 12. marts 2026 kl. 14.00". */
export function CaseMeetingLink({ meetingId, meeting }: CaseMeetingLinkProps) {
  const { t } = useTranslation('cases');
  const format = useMeetingFormat();
  return (
    <Link to={meetingPaths.meeting(meetingId)}>
      {meeting
        ? t('passport.meetingAt', { title: meeting.title, when: format.dateTime(meeting.startsAt) })
        : t('passport.openMeeting')}
    </Link>
  );
}
