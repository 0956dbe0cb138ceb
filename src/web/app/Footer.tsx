import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { Health } from '../../shared/health.contract';

/** The site footer (contentinfo): what Samspil is, and the running version. */
export function Footer() {
  const { t } = useTranslation();
  const health = useQuery({
    queryKey: ['health'],
    queryFn: () => api.get<Health>('/health'),
    staleTime: Infinity,
    retry: false,
  });
  return (
    <footer className="site-footer">
      <div className="site-footer-inner">
        <p>{t('footer.about')}</p>
        {health.data ? (
          <p className="muted">{t('footer.version', { version: health.data.version })}</p>
        ) : null}
      </div>
    </footer>
  );
}
