import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/index';
import { HistoryCaseForm } from './HistoryCaseForm';
import { HistoryImport } from './HistoryImport';
import '../meetings/meetings.css';
import '../cases/cases.css';

/**
 * "Indlæs historik" (secretariat): record a case treated before Samspil with its real dates, or
 * a file of them; both are previewed (what will be created, every problem) before anything is
 * saved.
 */
export function HistoryPage() {
  const { t } = useTranslation('history');
  return (
    <>
      <PageHeader title={t('ui.title')} description={<p>{t('ui.intro')}</p>} />
      <div className="stack">
        <section className="mtg-section" aria-labelledby="history-case">
          <h2 id="history-case">{t('ui.caseSection')}</h2>
          <HistoryCaseForm />
        </section>
        <section className="mtg-section" aria-labelledby="history-file">
          <h2 id="history-file">{t('ui.fileSection')}</h2>
          <HistoryImport />
        </section>
      </div>
    </>
  );
}
