import { useTranslation } from 'react-i18next';
import type { MeetingDetail } from '../../../shared/meetings.contract';
import { SubscribeButton } from '../calendar/SubscribeButton';
import { DownloadButton } from './DownloadButton';

const enc = encodeURIComponent;

/**
 * Calendar and documents: this meeting as an .ics file, a subscription to the forum's meetings
 * for Outlook ("Abonnér i Outlook"), and the agenda and minutes as Word and PDF.
 */
export function MeetingLinks({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation('meetings');
  const base = `/meetings/${enc(meeting.id)}`;
  return (
    <div className="stack">
      <section aria-labelledby="mtg-links-calendar" className="stack">
        <h2 id="mtg-links-calendar" className="mtg-h2">
          {t('links.calendarHeading')}
        </h2>
        <p className="muted">{t('links.calendarHelp')}</p>
        <div className="button-row">
          <DownloadButton path={`${base}.ics`} fileName="moede.ics">
            {t('links.ics')}
          </DownloadButton>
          <SubscribeButton
            target={{
              feed: 'forum',
              forumId: meeting.forumId,
              name: meeting.forumName ?? meeting.title,
            }}
          />
        </div>
      </section>
      <section aria-labelledby="mtg-links-docs" className="stack">
        <h2 id="mtg-links-docs" className="mtg-h2">
          {t('links.documentsHeading')}
        </h2>
        <p className="muted">{t('links.documentsHelp')}</p>
        <div className="button-row">
          <DownloadButton path={`${base}/agenda.docx`} fileName="dagsorden.docx">
            {t('links.agendaDocx')}
          </DownloadButton>
          <DownloadButton path={`${base}/agenda.pdf`} fileName="dagsorden.pdf">
            {t('links.agendaPdf')}
          </DownloadButton>
          <DownloadButton path={`${base}/minutes.docx`} fileName="referat.docx">
            {t('links.minutesDocx')}
          </DownloadButton>
          <DownloadButton path={`${base}/minutes.pdf`} fileName="referat.pdf">
            {t('links.minutesPdf')}
          </DownloadButton>
        </div>
      </section>
    </div>
  );
}
