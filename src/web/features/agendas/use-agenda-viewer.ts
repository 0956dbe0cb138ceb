/** Who is looking at an agenda: secretariat or not, their person in the forum, chair or not. */
import { hasRole } from '../../../shared/roles';
import { useMe } from '../auth/auth.api';
import { useForumMembers } from '../meetings/org-lookup.api';

/** The viewer of one meeting's agenda. */
export interface AgendaViewer {
  secretariat: boolean;
  userId: string;
  /** The person linked to the user account who sits in the forum on the meeting day. */
  personId: string | null;
  /** Chair, co-chair or vice-chair of the forum on the meeting day. */
  chair: boolean;
}

const CHAIRS = ['chair', 'coChair', 'viceChair'];

/** The viewer, from the session and the forum's members on the meeting day. */
export function useAgendaViewer(forumId: string, meetingDate: string): AgendaViewer {
  const me = useMe();
  const forum = useForumMembers(forumId, meetingDate);
  const mine = (forum.data?.members ?? []).filter((m) => m.person?.userId === me.user.id);
  return {
    secretariat: hasRole(me.user.role, 'secretariat'),
    userId: me.user.id,
    personId: mine[0]?.person?.id ?? null,
    chair: mine.some((m) => m.roles.some((r) => CHAIRS.includes(r))),
  };
}
