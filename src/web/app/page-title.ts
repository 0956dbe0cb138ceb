/** Page titles beyond the route's own, e.g. a forum's name on its detail page. */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Sets the browser tab's title to "`page` · Samspil" while the page is shown. The route's title
 * (from APP_ROUTES) is set first; this refines it.
 */
export function usePageTitle(page: string | null | undefined): void {
  const { t } = useTranslation();
  useEffect(() => {
    if (page) document.title = t('pageTitle', { page });
  }, [page, t]);
}
