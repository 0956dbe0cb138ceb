import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { hasRole } from '../../../shared/roles';
import { buttonClass, EmptyState, PageHeader } from '../../ui/index';
import { useMe } from '../auth/auth.api';
import { casePaths } from '../meetings/paths';
import { QueryBlock } from '../meetings/QueryBlock';
import { SoftButton } from '../meetings/SoftButton';
import {
  caseFiltersFromParams,
  caseParamsOf,
  caseQueryOf,
  PAGE_SIZE,
  type CaseFilterForm as Filters,
} from './case-filters';
import { CaseFilterForm } from './CaseFilterForm';
import { useCases } from './cases.api';
import { CasesTable } from './CasesTable';
import '../meetings/meetings.css';
import './cases.css';

/** The cases across fora, filtered; raising a case; the screening and returned views. */
export function CasesPage() {
  const { t } = useTranslation('cases');
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const filters = caseFiltersFromParams(params);
  const cases = useCases(caseQueryOf(filters));
  const apply = (next: Filters) => setParams(caseParamsOf(next));
  const canRaise = hasRole(me.user.role, 'member');

  return (
    <>
      <PageHeader
        title={t('title')}
        description={<p>{t('ui.list.intro')}</p>}
        actions={
          <div className="button-row">
            {canRaise ? (
              <Link to={casePaths.raise} className={buttonClass('primary')}>
                {t('ui.raise.open')}
              </Link>
            ) : null}
            <Link to={casePaths.screening} className={buttonClass('secondary')}>
              {t('ui.screening.title')}
            </Link>
            <Link to={casePaths.returned()} className={buttonClass('secondary')}>
              {t('ui.returned.title')}
            </Link>
          </div>
        }
      />
      <CaseFilterForm value={filters} onApply={apply} />
      <QueryBlock query={cases} loadingLabel={t('ui.list.loading')}>
        {(data) => {
          const pages = Math.max(1, Math.ceil(data.total / PAGE_SIZE));
          if (data.items.length === 0)
            return (
              <EmptyState title={t('ui.list.emptyTitle')}>
                <p>{t('ui.list.emptyBody')}</p>
              </EmptyState>
            );
          return (
            <div className="stack">
              <p className="muted" aria-live="polite">
                {t('ui.list.count', { count: data.total })}
              </p>
              <CasesTable
                items={data.items}
                caption={t('ui.list.caption', { page: filters.page, pages })}
              />
              {pages > 1 ? (
                <nav className="button-row" aria-label={t('ui.list.paging')}>
                  <SoftButton
                    size="md"
                    unavailable={filters.page <= 1}
                    onClick={() => apply({ ...filters, page: filters.page - 1 })}
                  >
                    {t('ui.list.previous')}
                  </SoftButton>
                  <span>{t('ui.list.pageOf', { page: filters.page, pages })}</span>
                  <SoftButton
                    size="md"
                    unavailable={filters.page >= pages}
                    onClick={() => apply({ ...filters, page: filters.page + 1 })}
                  >
                    {t('ui.list.next')}
                  </SoftButton>
                </nav>
              ) : null}
            </div>
          );
        }}
      </QueryBlock>
    </>
  );
}
