import {
  createContext,
  useCallback,
  useContext,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { AlertTone } from './Alert';

interface ToastItem {
  id: number;
  message: string;
  tone: AlertTone;
}

/** Shows short confirmations ("Brugeren er oprettet") in a polite live region. */
export interface ToastApi {
  show: (message: string, tone?: AlertTone) => void;
}

const ToastContext = createContext<ToastApi | null>(null);

/** How long a non-error toast stays; errors stay until dismissed. */
const TOAST_MS = 7000;

/** Provides {@link useToast} and renders the toast region (always present, so it is announced). */
export function ToastProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [items, setItems] = useState<ToastItem[]>([]);
  const next = useRef(1);

  const dismiss = useCallback((id: number) => {
    setItems((all) => all.filter((item) => item.id !== id));
  }, []);

  const show = useCallback(
    (message: string, tone: AlertTone = 'success') => {
      const id = next.current++;
      setItems((all) => [...all.slice(-2), { id, message, tone }]);
      if (tone !== 'error') setTimeout(() => dismiss(id), TOAST_MS);
    },
    [dismiss],
  );

  const api = useMemo(() => ({ show }), [show]);
  return (
    <ToastContext.Provider value={api}>
      {children}
      <div className="toasts" role="status" aria-live="polite" aria-atomic="false">
        {items.map((item) => (
          <div key={item.id} className={`toast toast-${item.tone}`}>
            <span className="toast-message">{item.message}</span>
            <button
              type="button"
              className="toast-dismiss"
              aria-label={t('actions.dismiss')}
              onClick={() => dismiss(item.id)}
            >
              <span aria-hidden="true">×</span>
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}

/** The toast API; must be used inside {@link ToastProvider}. */
export function useToast(): ToastApi {
  const api = useContext(ToastContext);
  if (!api) throw new Error('useToast must be used inside ToastProvider');
  return api;
}
