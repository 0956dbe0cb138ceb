import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { NewsletterContent, NewsletterDetail } from '../../../shared/newsletters.contract';
import { useErrorText } from '../../app/errors';
import {
  Alert,
  Button,
  ConfirmDialog,
  PageHeader,
  ProgressBar,
  TextArea,
  TextField,
  useToast,
} from '../../ui/index';
import { QueryState } from '../organisation/QueryState';
import { newId } from './content-edit';
import {
  newsletterPages,
  useNewsletter,
  useNewsletterPreview,
  useSendNewsletter,
  useUpdateNewsletter,
} from './newsletters.api';
import { SectionEditor } from './SectionEditor';
import { danishDate } from './texts';
import './newsletters.css';

/** Edit a draft (intro, sections, items), preview the e-mail, send it and follow the progress. */
export function NewsletterEditPage() {
  const { newsletterId = '' } = useParams();
  const query = useNewsletter(newsletterId);
  return (
    <QueryState query={query}>{(data) => <Editor key={data.version} detail={data} />}</QueryState>
  );
}

function Editor({ detail }: { detail: NewsletterDetail }) {
  const { t } = useTranslation('newsletters');
  const errorText = useErrorText();
  const toast = useToast();
  const [title, setTitle] = useState(detail.title);
  const [content, setContent] = useState<NewsletterContent>(detail.content);
  const [showPreview, setShowPreview] = useState(false);
  const [confirmSend, setConfirmSend] = useState(false);
  const update = useUpdateNewsletter(detail.id);
  const send = useSendNewsletter(detail.id);
  const preview = useNewsletterPreview(detail.id, showPreview);
  const draft = detail.status === 'draft';
  const save = () =>
    update.mutate(
      { title, content, version: detail.version },
      { onSuccess: () => toast.show(t('editor.saved')) },
    );
  return (
    <>
      <PageHeader
        title={detail.title}
        description={
          <p>
            {danishDate(detail.periodFrom)}–{danishDate(detail.periodTo)} ·{' '}
            {t(`status.${detail.status}`)} ·{' '}
            <Link to={newsletterPages.archive(detail.collaborationId)}>
              {t('list.archiveLink')}
            </Link>
          </p>
        }
      />
      {detail.status !== 'draft' ? <Progress detail={detail} /> : null}
      {draft ? (
        <form
          className="newsletter-form"
          onSubmit={(e) => {
            e.preventDefault();
            save();
          }}
        >
          <TextField
            label={t('list.titleLabel')}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            required
            maxLength={200}
          />
          <TextArea
            label={t('editor.intro')}
            value={content.intro}
            rows={4}
            maxLength={5000}
            onChange={(e) => setContent({ ...content, intro: e.target.value })}
          />
          {content.sections.length === 0 ? <p>{t('editor.noSections')}</p> : null}
          {content.sections.map((section, index) => (
            <SectionEditor
              key={section.id}
              content={content}
              section={section}
              index={index}
              onChange={setContent}
            />
          ))}
          <div className="newsletter-actions">
            <Button
              onClick={() =>
                setContent({
                  ...content,
                  sections: [
                    ...content.sections,
                    { id: newId('section'), heading: t('editor.newSection'), items: [] },
                  ],
                })
              }
            >
              {t('editor.addSection')}
            </Button>
          </div>
          {update.isError ? <Alert tone="error">{errorText(update.error)}</Alert> : null}
          <div className="newsletter-actions">
            <Button type="submit" variant="primary" busy={update.isPending}>
              {t('editor.save')}
            </Button>
            <Button onClick={() => setShowPreview(true)}>{t('editor.preview')}</Button>
            <Button variant="danger" onClick={() => setConfirmSend(true)}>
              {t('editor.send')}
            </Button>
          </div>
        </form>
      ) : null}
      {showPreview || !draft ? <Preview query={preview} show={draft} /> : null}
      <ConfirmDialog
        open={confirmSend}
        title={t('editor.send')}
        confirmLabel={t('editor.send')}
        busy={send.isPending}
        error={send.isError ? errorText(send.error) : null}
        onCancel={() => setConfirmSend(false)}
        onConfirm={() =>
          send.mutate(undefined, {
            onSuccess: () => {
              setConfirmSend(false);
              toast.show(t('editor.sendStarted'));
            },
          })
        }
      >
        {t('editor.sendConfirm', { count: detail.confirmedSubscribers })}
      </ConfirmDialog>
    </>
  );
}

function Preview({
  query,
  show,
}: {
  query: ReturnType<typeof useNewsletterPreview>;
  show: boolean;
}) {
  const { t } = useTranslation('newsletters');
  if (!show) return null;
  return (
    <section aria-labelledby="preview-heading" className="newsletter-preview">
      <h2 id="preview-heading">{t('editor.preview')}</h2>
      <QueryState query={query}>
        {(data) => (
          <>
            <p>
              <strong>{data.subject}</strong>
            </p>
            <pre className="newsletter-preview-text">{data.text}</pre>
          </>
        )}
      </QueryState>
    </section>
  );
}

function Progress({ detail }: { detail: NewsletterDetail }) {
  const { t } = useTranslation('newsletters');
  const { progress } = detail;
  const label = t('editor.progress', { sent: progress.sent, total: progress.total });
  return (
    <section aria-labelledby="progress-heading" className="newsletter-progress">
      <h2 id="progress-heading">{t(`status.${detail.status}`)}</h2>
      <p>{label}</p>
      <ProgressBar
        label={label}
        value={
          progress.total
            ? Math.round((100 * (progress.sent + progress.uncertain)) / progress.total)
            : 100
        }
      />
      <Alert tone="info">{t('editor.readOnly')}</Alert>
    </section>
  );
}
