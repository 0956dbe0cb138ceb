import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useErrorText, useFieldError } from '../../app/errors';
import { Alert, Button, PageHeader, TextArea, TextField, useToast } from '../../ui/index';
import { ForumSelect } from '../meetings/ForumSelect';
import { useForumDirectory } from '../meetings/org-lookup.api';
import { casePaths } from '../meetings/paths';
import { CaseKindFields, type CaseKind } from './CaseKindFields';
import { useRaiseCase } from './cases.api';
import { adjacentDuplicates } from './route-builder';
import { RouteBuilder, routeEntry, type RouteEntry } from './RouteBuilder';
import { LiveSimilarCases } from './SimilarCasesPanel';
import '../meetings/meetings.css';
import './cases.css';

/**
 * Raising a case (rejse en sag) in a forum: what it is about, its type and flags, whether it is
 * confidential, and the route of fora it will travel. Similar cases from other clusters show
 * while typing.
 */
export function RaiseCasePage() {
  const { t } = useTranslation(['cases', 'common']);
  const navigate = useNavigate();
  const toast = useToast();
  const errorText = useErrorText();
  const directory = useForumDirectory();
  const raise = useRaiseCase();
  const fieldError = useFieldError(raise.error);
  const [forumId, setForumId] = useState('');
  const [title, setTitle] = useState('');
  const [summary, setSummary] = useState('');
  const [body, setBody] = useState('');
  const [kind, setKind] = useState<CaseKind>({ type: 'decision', flags: [], confidential: false });
  const [route, setRoute] = useState<RouteEntry[]>([]);
  const [checked, setChecked] = useState(false);
  const collaborationId = directory.data?.byId.get(forumId)?.collaborationId ?? '';
  const onForum = (id: string) => {
    setForumId(id);
    if (id && (route.length === 0 || route[0]?.forumId === forumId))
      setRoute([routeEntry(id), ...route.slice(route.length === 0 ? 0 : 1)]);
  };
  const routeError =
    checked && route.length === 0
      ? t('errors.case.emptyRoute')
      : adjacentDuplicates(route.map((r) => r.forumId)).length > 0
        ? t('errors.case.duplicateAdjacentForum')
        : fieldError('route');

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (!forumId || !title.trim() || route.length === 0 || routeError) return;
    raise.mutate(
      {
        collaborationId,
        raisedInForumId: forumId,
        title: title.trim(),
        summary: summary.trim(),
        body: body.trim(),
        ...kind,
        route: route.map((r) => r.forumId),
      },
      {
        onSuccess: (result) => {
          toast.show(t('ui.raise.done', { title: title.trim() }));
          void navigate(casePaths.case(result.case.id));
        },
      },
    );
  };

  return (
    <>
      <PageHeader title={t('ui.raise.title')} description={<p>{t('ui.raise.intro')}</p>} />
      <div className="case-raise">
        <form className="stack case-raise-form" noValidate onSubmit={onSubmit}>
          {raise.isError ? <Alert tone="error">{errorText(raise.error)}</Alert> : null}
          <ForumSelect
            label={t('ui.raise.forum')}
            hint={t('ui.raise.forumHint')}
            directory={directory.data}
            value={forumId}
            onChange={onForum}
            emptyOption={t('ui.raise.chooseForum')}
            required
            error={checked && !forumId ? t('ui.raise.required') : fieldError('raisedInForumId')}
          />
          <TextField
            label={t('ui.raise.caseTitle')}
            value={title}
            maxLength={300}
            required
            onChange={(e) => setTitle(e.target.value)}
            error={checked && !title.trim() ? t('ui.raise.required') : fieldError('title')}
          />
          <TextArea
            label={t('ui.raise.summary')}
            hint={t('ui.raise.summaryHint')}
            value={summary}
            rows={3}
            maxLength={4000}
            onChange={(e) => setSummary(e.target.value)}
          />
          <TextArea
            label={t('ui.raise.body')}
            value={body}
            rows={8}
            onChange={(e) => setBody(e.target.value)}
            error={fieldError('body')}
          />
          <CaseKindFields value={kind} onChange={setKind} />
          <RouteBuilder
            value={route}
            onChange={setRoute}
            directory={directory.data}
            error={routeError}
          />
          <div className="button-row">
            <Button variant="primary" type="submit" busy={raise.isPending}>
              {t('ui.raise.submit')}
            </Button>
            <Button onClick={() => void navigate(casePaths.list)}>
              {t('common:actions.cancel')}
            </Button>
          </div>
        </form>
        <LiveSimilarCases
          collaborationId={collaborationId}
          forumId={forumId}
          title={title}
          summary={summary}
        />
      </div>
    </>
  );
}
