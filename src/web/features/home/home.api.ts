/** "Mit arbejde" from GET /api/home/my-work (src/shared/home.contract.ts). */
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { MyWork } from '../../../shared/home.contract';

/** The logged-in user's work today (the server's day). */
export function useMyWork() {
  return useQuery({
    queryKey: ['home', 'my-work'],
    queryFn: ({ signal }) => api.get<MyWork>('/home/my-work', { signal }),
  });
}
