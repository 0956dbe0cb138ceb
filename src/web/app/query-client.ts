/** The react-query client: no retries for answers the server meant (4xx), calm refetching. */
import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/api-error';

/** Retries network hiccups and 5xx twice; never a 4xx, which would only fail again. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

/** Creates the app's query client. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 30_000, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}
