/**
 * One organisation change with the composition-breach warning: the first attempt is sent as is;
 * when the server refuses it with 409 `compositionBreach`, the breaches are kept for a warning
 * dialog, and "Gem alligevel" sends the same change again with `acknowledgeBreaches: true`.
 * Every success refreshes all organisation reads.
 */
import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../api/api-error';
import type { BreachView } from '../../../shared/organisation.contract';
import { ORG_KEY } from './org.api';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Enough of a breach to show it (the contract's zod schema would pull Luxon into the bundle). */
function isBreach(value: unknown): value is BreachView {
  return (
    isRecord(value) &&
    typeof value.forumEntityId === 'string' &&
    typeof value.code === 'string' &&
    typeof value.subject === 'string' &&
    (value.severity === 'error' || value.severity === 'warning') &&
    isRecord(value.message) &&
    typeof value.message.da === 'string' &&
    typeof value.message.en === 'string'
  );
}

/** The breaches of a 409 `compositionBreach`, or null for any other error. */
export function breachesOf(error: unknown): BreachView[] | null {
  if (!(error instanceof ApiError) || error.code !== 'compositionBreach') return null;
  const list = error.extra.breaches;
  return Array.isArray(list) ? list.filter(isBreach) : [];
}

/** The open warning: what the change would break, and the two ways out. */
export interface BreachWarning {
  breaches: BreachView[];
  /** "Gem alligevel": resend with the acknowledgement. */
  acknowledge: () => void;
  /** "Annuller": drop the change. */
  dismiss: () => void;
  busy: boolean;
  /** A failure of the acknowledged attempt (other than new breaches). */
  error: unknown;
}

/** A change in progress (see the module comment). */
export interface OrgChange<V, R> {
  /** Sends the change; `onDone` runs after it is saved (at once or after acknowledging). */
  run: (vars: V, onDone?: (result: R) => void) => void;
  /** Set while the warning dialog should be shown. */
  warning: BreachWarning | null;
  isPending: boolean;
  /** The last failure other than the breach warning, to show in the form. */
  error: unknown;
  reset: () => void;
}

interface Pending<V, R> {
  vars: V;
  breaches: BreachView[];
  onDone?: ((result: R) => void) | undefined;
}

/** Wraps a change call `send(vars, acknowledge)` with the breach warning. */
export function useOrgChange<V, R>(
  send: (vars: V, acknowledge: boolean) => Promise<R>,
): OrgChange<V, R> {
  const queryClient = useQueryClient();
  const [pending, setPending] = useState<Pending<V, R> | null>(null);
  const mutation = useMutation({
    mutationFn: ({ vars, acknowledge }: { vars: V; acknowledge: boolean }) =>
      send(vars, acknowledge),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ORG_KEY }),
  });

  const run = (vars: V, onDone?: (result: R) => void) =>
    mutation.mutate(
      { vars, acknowledge: false },
      {
        onSuccess: (result) => onDone?.(result),
        onError: (error) => {
          const breaches = breachesOf(error);
          if (breaches) setPending({ vars, breaches, onDone });
        },
      },
    );

  const warning: BreachWarning | null = pending
    ? {
        breaches: pending.breaches,
        busy: mutation.isPending,
        error: breachesOf(mutation.error) ? null : mutation.error,
        acknowledge: () =>
          mutation.mutate(
            { vars: pending.vars, acknowledge: true },
            {
              onSuccess: (result) => {
                setPending(null);
                pending.onDone?.(result);
              },
              onError: (error) => {
                // Someone changed the organisation meanwhile: warn about what breaks now.
                const breaches = breachesOf(error);
                if (breaches) setPending({ ...pending, breaches });
              },
            },
          ),
        dismiss: () => {
          setPending(null);
          mutation.reset();
        },
      }
    : null;

  return {
    run,
    warning,
    isPending: mutation.isPending,
    error: breachesOf(mutation.error) ? null : mutation.error,
    reset: () => {
      setPending(null);
      mutation.reset();
    },
  };
}
