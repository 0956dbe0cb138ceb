import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Participant } from '../../../shared/meetings.contract';
import type { Attendance } from '../../../shared/meetings.enums';
import { Button, Table } from '../../ui/index';
import { groupParticipants } from './participant-groups';
import { ParticipantRow } from './ParticipantRow';

/** One attendance change. */
export interface AttendanceEntry {
  participantId: string;
  attendance: Attendance;
}

/** Props of {@link ParticipantsTable}. */
export interface ParticipantsTableProps {
  participants: readonly Participant[];
  caption: string;
  /** May record attendance and remove added participants. */
  canEdit: boolean;
  /** Saves the changed attendances; resolves when saved. */
  onSaveAttendance?: (entries: AttendanceEntry[]) => Promise<unknown>;
  saving?: boolean;
  onRemove?: (participant: Participant) => void;
}

/**
 * The meeting's participants by role (members, substitutes, attendees, optional attendees,
 * widened circle, guests, secretaries) with invitation and attendance. The secretariat records
 * attendance in the table (or marks everyone present) and saves it in one go.
 */
export function ParticipantsTable({
  participants,
  caption,
  canEdit,
  onSaveAttendance,
  saving = false,
  onRemove,
}: ParticipantsTableProps) {
  const { t } = useTranslation('meetings');
  const [changes, setChanges] = useState<Record<string, Attendance>>({});
  const groups = groupParticipants(participants);
  const editing = canEdit && onSaveAttendance !== undefined;
  const removable = canEdit && onRemove !== undefined;
  const changed = Object.entries(changes)
    .filter(([id, a]) => participants.find((p) => p.id === id)?.attendance !== a)
    .map(([participantId, attendance]) => ({ participantId, attendance }));
  const markAllPresent = () => {
    const next = { ...changes };
    for (const p of participants) {
      if (p.invited && (changes[p.id] ?? p.attendance) === 'unknown') next[p.id] = 'present';
    }
    setChanges(next);
  };
  const save = async () => {
    if (!onSaveAttendance || changed.length === 0) return;
    await onSaveAttendance(changed);
    setChanges({});
  };

  return (
    <div className="stack">
      <Table caption={caption}>
        <thead>
          <tr>
            <th scope="col">{t('participants.columns.name')}</th>
            <th scope="col">{t('participants.columns.details')}</th>
            <th scope="col">{t('participants.columns.invited')}</th>
            <th scope="col">{t('participants.columns.attendance')}</th>
            {removable ? (
              <th scope="col">
                <span className="visually-hidden">{t('participants.columns.actions')}</span>
              </th>
            ) : null}
          </tr>
        </thead>
        {groups.map((group) => (
          <tbody key={group.role}>
            <tr className="mtg-week-row">
              <th scope="rowgroup" colSpan={removable ? 5 : 4}>
                {t(`participants.groups.${group.role}`)} ({group.items.length})
              </th>
            </tr>
            {group.items.map((p) => (
              <ParticipantRow
                key={p.id}
                participant={p}
                attendance={changes[p.id] ?? p.attendance}
                {...(editing
                  ? { onAttendance: (a: Attendance) => setChanges({ ...changes, [p.id]: a }) }
                  : {})}
                {...(removable ? { onRemove } : {})}
              />
            ))}
          </tbody>
        ))}
      </Table>
      {editing ? (
        <div className="button-row">
          <Button variant="primary" busy={saving} onClick={() => void save()}>
            {t('participants.saveAttendance')}
          </Button>
          <Button onClick={markAllPresent}>{t('participants.allPresent')}</Button>
          {changed.length > 0 ? (
            <span className="muted" aria-live="polite">
              {t('participants.unsaved', { count: changed.length })}
            </span>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
