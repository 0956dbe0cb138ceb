import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  KNOWLEDGE_KINDS,
  KNOWLEDGE_OUTCOMES,
  type KnowledgeHit,
  type KnowledgeQuery,
} from '../../../shared/knowledge.contract';
import { Button, EmptyState, PageHeader, Select, TextField } from '../../ui/index';
import { QueryState } from '../organisation/QueryState';
import { useDate } from '../plans/PlanParts';
import { useKnowledge, useKnowledgeFilters, useSimilar } from './knowledge.api';
import '../pilots/pilots.css';

const FILTERS = ['q', 'kind', 'theme', 'clusterId', 'outcome', 'year'] as const;

/** "Vidensbank": search pilots, scale-up decisions and task transfers across clusters. */
export function KnowledgePage() {
  const { t } = useTranslation('pilots');
  const [params, setParams] = useSearchParams();
  const current = Object.fromEntries(
    FILTERS.map((f) => [f, params.get(f) ?? '']).filter(([, v]) => v !== ''),
  ) as Record<(typeof FILTERS)[number], string>;
  const page = Math.max(1, Number(params.get('page') ?? '1') || 1);
  const [draft, setDraft] = useState<Record<string, string>>(current);
  const query = { ...current, page } as unknown as Partial<KnowledgeQuery>;
  const results = useKnowledge(query);
  const filters = useKnowledgeFilters();
  const set = (name: string, value: string) => setDraft((d) => ({ ...d, [name]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = Object.fromEntries(Object.entries(draft).filter(([, v]) => v.trim() !== ''));
    setParams(next);
  };
  const all = { value: '', label: t('knowledge.all') };

  return (
    <>
      <PageHeader title={t('knowledge.title')} description={<p>{t('knowledge.intro')}</p>} />
      <form role="search" aria-label={t('knowledge.search')} onSubmit={submit} className="stack">
        <div className="knowledge-filters">
          <TextField
            type="search"
            label={t('knowledge.field')}
            value={draft.q ?? ''}
            onChange={(e) => set('q', e.target.value)}
          />
          <Select
            label={t('knowledge.kind')}
            value={draft.kind ?? ''}
            onChange={(e) => set('kind', e.target.value)}
            options={[
              all,
              ...KNOWLEDGE_KINDS.map((k) => ({ value: k, label: t(`knowledge.kinds.${k}`) })),
            ]}
          />
          <Select
            label={t('knowledge.theme')}
            value={draft.theme ?? ''}
            onChange={(e) => set('theme', e.target.value)}
            options={[all, ...(filters.data?.themes ?? []).map((th) => ({ value: th, label: th }))]}
          />
          <Select
            label={t('knowledge.cluster')}
            value={draft.clusterId ?? ''}
            onChange={(e) => set('clusterId', e.target.value)}
            options={[
              all,
              ...(filters.data?.clusters ?? []).map((c) => ({ value: c.id, label: c.name })),
            ]}
          />
          <Select
            label={t('knowledge.outcome')}
            value={draft.outcome ?? ''}
            onChange={(e) => set('outcome', e.target.value)}
            options={[
              all,
              ...KNOWLEDGE_OUTCOMES.map((o) => ({ value: o, label: t(`knowledge.outcomes.${o}`) })),
            ]}
          />
          <TextField
            type="number"
            label={t('knowledge.year')}
            min={1990}
            max={2100}
            value={draft.year ?? ''}
            onChange={(e) => set('year', e.target.value)}
          />
          <Button type="submit" variant="primary">
            {t('knowledge.submit')}
          </Button>
        </div>
      </form>
      <QueryState query={results} loadingLabel={t('loading')}>
        {(data) => {
          if (data.items.length === 0) {
            return <EmptyState title={t('knowledge.empty')}>{t('knowledge.emptyHelp')}</EmptyState>;
          }
          const pages = Math.max(1, Math.ceil(data.total / data.pageSize));
          const go = (p: number) => setParams({ ...current, page: String(p) });
          return (
            <>
              <p role="status">{t('knowledge.results', { count: data.total })}</p>
              <ul className="knowledge-hits">
                {data.items.map((hit) => (
                  <Hit key={`${hit.kind}:${hit.sourceId}`} hit={hit} />
                ))}
              </ul>
              {pages > 1 ? (
                <nav className="button-row" aria-label={t('pageOf', { page, pages })}>
                  <Button disabled={page <= 1} onClick={() => go(page - 1)}>
                    {t('previous')}
                  </Button>
                  <span>{t('pageOf', { page, pages })}</span>
                  <Button disabled={page >= pages} onClick={() => go(page + 1)}>
                    {t('next')}
                  </Button>
                </nav>
              ) : null}
            </>
          );
        }}
      </QueryState>
    </>
  );
}

function Hit({ hit }: { hit: KnowledgeHit }) {
  const { t } = useTranslation('pilots');
  const date = useDate();
  const [open, setOpen] = useState(false);
  const similar = useSimilar(hit.kind, hit.sourceId, open);
  const panelId = `similar-${hit.kind}-${hit.sourceId}`;
  return (
    <li className="knowledge-hit">
      <h2>
        <Link to={hit.href}>{hit.title}</Link>
      </h2>
      <p className="muted">
        {[
          t(`knowledge.kinds.${hit.kind}`),
          hit.outcome ? t(`knowledge.outcomes.${hit.outcome}`) : null,
          hit.clusterName ?? t('knowledge.noCluster'),
          hit.forumName,
          hit.theme,
          date(hit.on),
          hit.confidential ? t('knowledge.confidential') : null,
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {hit.summary ? <p>{hit.summary}</p> : null}
      <Button
        size="sm"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={t('knowledge.showSimilar', { title: hit.title })}
        onClick={() => setOpen((o) => !o)}
      >
        {t('knowledge.similar')}
      </Button>
      {open ? (
        <div id={panelId}>
          <QueryState query={similar} loadingLabel={t('loading')}>
            {(data) =>
              data.items.length === 0 ? (
                <p className="muted">{t('knowledge.noSimilar')}</p>
              ) : (
                <ul>
                  {data.items.map((s) => (
                    <li key={`${s.kind}:${s.sourceId}`}>
                      <Link to={s.href}>{s.title}</Link>{' '}
                      <span className="muted">
                        ({s.clusterName ?? t('knowledge.noCluster')} ·{' '}
                        {t(`knowledge.kinds.${s.kind}`)})
                      </span>
                    </li>
                  ))}
                </ul>
              )
            }
          </QueryState>
        </div>
      ) : null}
    </li>
  );
}
