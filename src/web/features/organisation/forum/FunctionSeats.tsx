import { useTranslation } from 'react-i18next';
import type { ForumPage } from '../../../../shared/organisation-views.contract';
import { Button, Table } from '../../../ui/index';
import { useOrgFormat } from '../org-format';
import { orgPaths } from '../org-paths';
import { OrgLink } from '../OrgLink';

type Seat = ForumPage['seats'][number];
type Member = ForumPage['members'][number];

/** Props of {@link FunctionSeats}. */
export interface FunctionSeatsProps {
  seats: readonly Seat[];
  members: readonly Member[];
  canEdit: boolean;
  /** "Udpeg" on an appointed function seat (e.g. a cluster's municipal co-chair). */
  onAppoint: (seat: Seat, holders: readonly Member[]) => void;
}

/**
 * The members holding a function: they carry its role besides their own seat's, on the seat's
 * side (party kind) when the seat names one.
 */
export function holdersOf(seat: Seat, members: readonly Member[]): Member[] {
  return members.filter(
    (m) =>
      !m.isVacant &&
      m.role !== seat.role &&
      m.roles.includes(seat.role) &&
      (seat.partyKind === null || m.partyKind === seat.partyKind),
  );
}

/** The forum's functions (chair, co-chair, vice-chair): who holds each and how it is filled. */
export function FunctionSeats({ seats, members, canEdit, onAppoint }: FunctionSeatsProps) {
  const { t } = useTranslation('organisation');
  const format = useOrgFormat();
  const functions = seats.filter((s) => s.isFunction);
  if (functions.length === 0) return null;
  return (
    <Table caption={t('forum.functions.caption')}>
      <thead>
        <tr>
          <th scope="col">{t('forum.functions.post')}</th>
          <th scope="col">{t('forum.functions.holder')}</th>
          <th scope="col">{t('forum.functions.rule')}</th>
          {canEdit ? <th scope="col">{t('common.actions')}</th> : null}
        </tr>
      </thead>
      <tbody>
        {functions.map((seat) => {
          const holders = holdersOf(seat, members);
          return (
            <tr key={seat.entityId}>
              <th scope="row">{seat.label}</th>
              <td>
                {holders.length === 0 ? (
                  <span className="org-badge org-badge-vacant">{t('forum.functions.notHeld')}</span>
                ) : (
                  holders.map((h, i) => (
                    <span key={`${h.seatEntityId}-${h.person?.id ?? i}`}>
                      {i > 0 ? ', ' : null}
                      {h.person ? (
                        <OrgLink to={orgPaths.person(h.person.id)}>{h.person.name}</OrgLink>
                      ) : null}
                      {h.partyName ? <span className="muted"> ({h.partyName})</span> : null}
                    </span>
                  ))
                )}
              </td>
              <td>{format.text(seat.explanation)}</td>
              {canEdit ? (
                <td>
                  {seat.born ? null : (
                    <Button
                      size="sm"
                      aria-label={t('edit.appoint.openLabel', { seat: seat.label })}
                      onClick={() => onAppoint(seat, holders)}
                    >
                      {t('edit.appoint.open')}
                    </Button>
                  )}
                </td>
              ) : null}
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
