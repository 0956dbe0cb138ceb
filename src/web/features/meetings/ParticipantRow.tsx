import { useTranslation } from 'react-i18next';
import type { Participant } from '../../../shared/meetings.contract';
import { ATTENDANCES, type Attendance } from '../../../shared/meetings.enums';
import { Button } from '../../ui/index';
import { useMeetingFormat } from './use-format';

/** Props of {@link ParticipantRow}. */
export interface ParticipantRowProps {
  participant: Participant;
  /** The attendance shown (a pending change, else the recorded one). */
  attendance: Attendance;
  /** Given: attendance is a select that reports changes. */
  onAttendance?: (attendance: Attendance) => void;
  /** Given: a "Fjern" button for participants added by hand. */
  onRemove?: (participant: Participant) => void;
}

const FUNCTIONS = ['chair', 'coChair', 'viceChair'] as const;

/** One participant: name, functions and organisation, invitation, attendance, remove. */
export function ParticipantRow({
  participant: p,
  attendance,
  onAttendance,
  onRemove,
}: ParticipantRowProps) {
  const { t } = useTranslation('meetings');
  const { language } = useMeetingFormat();
  const name = p.name ?? t('participants.unnamed');
  const who = p.description?.[language] ?? p.organisation;
  const fn = (code: string) =>
    (FUNCTIONS as readonly string[]).includes(code)
      ? t(`participants.functions.${code as (typeof FUNCTIONS)[number]}`)
      : code;
  const details = [...p.functions.map(fn), who, p.note].filter(Boolean).join(' · ');
  return (
    <tr>
      <th scope="row" className="mtg-person">
        {name}
      </th>
      <td>{details || (p.source === 'added' ? t('sources.added') : t('sources.forum'))}</td>
      <td>
        {p.invited
          ? t('participants.yes')
          : p.role === 'substitute'
            ? t('participants.substituteNotInvited')
            : t('participants.no')}
      </td>
      <td>
        {onAttendance ? (
          <select
            className="input select mtg-attendance"
            aria-label={t('participants.attendanceFor', { name })}
            value={attendance}
            onChange={(e) => onAttendance(e.target.value as Attendance)}
          >
            {ATTENDANCES.map((a) => (
              <option key={a} value={a}>
                {t(`attendance.${a}`)}
              </option>
            ))}
          </select>
        ) : (
          t(`attendance.${attendance}`)
        )}
      </td>
      {onRemove ? (
        <td>
          {p.source === 'added' ? (
            <Button
              size="sm"
              variant="ghost"
              aria-label={t('participants.removeNamed', { name })}
              onClick={() => onRemove(p)}
            >
              {t('participants.remove')}
            </Button>
          ) : null}
        </td>
      ) : null}
    </tr>
  );
}
