import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingDetail } from '../../../shared/meetings.contract';
import { Button, TextField, useToast } from '../../ui/index';
import { DownloadButton } from './DownloadButton';

const enc = encodeURIComponent;

/**
 * Calendar and documents: this meeting as an .ics file, the forum's calendar feed to subscribe
 * to, and the agenda and minutes as Word and PDF.
 */
export function MeetingLinks({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation('meetings');
  const toast = useToast();
  const [copied, setCopied] = useState(false);
  const feed = `${window.location.origin}/api/meetings/forum/${enc(meeting.forumId)}.ics`;
  const base = `/meetings/${enc(meeting.id)}`;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(feed);
      setCopied(true);
      toast.show(t('links.copied'));
    } catch {
      toast.show(t('links.copyFailed'), 'error');
    }
  };
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
        </div>
        <TextField
          label={t('links.feed', { forum: meeting.forumName ?? '' })}
          hint={t('links.feedHint')}
          value={feed}
          readOnly
          onFocus={(e) => e.target.select()}
        />
        <div className="button-row">
          <Button onClick={() => void copy()}>
            {copied ? t('links.copiedShort') : t('links.copy')}
          </Button>
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
