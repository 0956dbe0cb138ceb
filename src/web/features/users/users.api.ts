/** Account administration calls (admins only), as react-query hooks. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type {
  CreateUserRequest,
  Me,
  SessionList,
  UpdateUserRequest,
  User,
} from '../../../shared/auth.contract';
import { sortDanish } from '../../format';
import { SESSION_KEY } from '../auth/auth.api';

/** The query key of the user list. */
export const USERS_KEY = ['users'] as const;

/** Every account, sorted by name in Danish order. */
export function useUsers() {
  return useQuery({
    queryKey: USERS_KEY,
    queryFn: async () => (await api.get<{ items: User[] }>('/users')).items,
    select: (users) => sortDanish(users, (u) => u.name),
  });
}

function useRefreshUsers() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: USERS_KEY });
}

/** Creates an account. */
export function useCreateUser() {
  const refresh = useRefreshUsers();
  return useMutation({
    mutationFn: (input: CreateUserRequest) => api.post<User>('/users', input),
    onSuccess: refresh,
  });
}

/** Changes role, name or disabled state; a change to one's own account refreshes the session. */
export function useUpdateUser() {
  const refresh = useRefreshUsers();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: UpdateUserRequest }) =>
      api.patch<User>(`/users/${encodeURIComponent(id)}`, patch),
    onSuccess: async (user) => {
      const session = queryClient.getQueryData<Me | null>(SESSION_KEY);
      if (session?.user.id === user.id)
        await queryClient.invalidateQueries({ queryKey: SESSION_KEY });
      await refresh();
    },
  });
}

/** Ends all of a user's sessions; returns how many. */
export function useRevokeSessions() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      api.post<{ revoked: number }>(`/users/${encodeURIComponent(id)}/revoke-sessions`),
    onSuccess: (_result, id) => queryClient.invalidateQueries({ queryKey: userSessionsKey(id) }),
  });
}

/** The query key of one user's live sessions. */
export const userSessionsKey = (userId: string) => ['users', userId, 'sessions'] as const;

/** A user's live sessions, newest first. */
export function useUserSessions(userId: string) {
  return useQuery({
    queryKey: userSessionsKey(userId),
    queryFn: async () =>
      (await api.get<SessionList>(`/users/${encodeURIComponent(userId)}/sessions`)).items,
  });
}

/** Ends one session of a user by its reference, then reloads the list. */
export function useEndSession(userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (sessionRef: string) =>
      api.delete<null>(
        `/users/${encodeURIComponent(userId)}/sessions/${encodeURIComponent(sessionRef)}`,
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: userSessionsKey(userId) }),
  });
}
