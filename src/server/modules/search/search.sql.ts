/**
 * The searchable texts as SQL and how a query matches them. The tsvector and lower-cased
 * expressions here are the ones indexed in drizzle/0006_search.sql: keep the two identical.
 *
 * A text matches when
 * - the 'danish' full-text query matches (stemming: "sundhedsaftaler" finds "sundhedsaftalen";
 *   stop words; quotes, `-word` and `or` as on the web), or
 * - for a query without operators, every query word's Danish stem is found by pg_trgm: inside a
 *   word of the text (LIKE '%stem%', served by the trigram index: "klynge" finds
 *   "sundhedsklyngen", which the 'danish' configuration keeps as one word), or similar to a word
 *   of the text (word similarity `%>`, default threshold 0.6, for misspellings).
 */
import { sql, type SQL } from 'drizzle-orm';
import { caseSteps, cases } from '../cases/index';
import { agendaItems } from '../agendas/index';
import { likePattern, MIN_COMPOUND_STEM } from './search.terms';

/** One searchable text of a table. */
export interface SearchText {
  /** The 'danish' tsvector, as indexed. */
  vector: SQL;
  /** The lower-cased text, as indexed with gin_trgm_ops. */
  lower: SQL;
  /** The partial indexes' predicate: rows that have this text at all. */
  present: SQL | null;
}

const DANISH = sql.raw(`'danish'::regconfig`);

function searchText(text: SQL, present: SQL | null = null): SearchText {
  return { vector: sql`to_tsvector(${DANISH}, ${text})`, lower: sql`lower(${text})`, present };
}

/** A case's title, summary and body. */
export const CASE_TEXT = searchText(
  sql`${cases.title} || ' ' || ${cases.summary} || ' ' || ${cases.body}`,
);

/** An agenda item's title, body and (a free item's) recommendation. */
export const ITEM_TEXT = searchText(
  sql`${agendaItems.title} || ' ' || ${agendaItems.body} || ' ' || coalesce(${agendaItems.recommendation}, '')`,
);

/** A free item's decision in the minutes. */
export const MINUTES_TEXT = searchText(
  sql`coalesce(${agendaItems.decision}, '')`,
  sql`${agendaItems.decision} is not null`,
);

/** A case step's recommendation and decision. */
export const DECISION_TEXT = searchText(
  sql`coalesce(${caseSteps.recommendation}, '') || ' ' || coalesce(${caseSteps.decisionText}, '')`,
  sql`(${caseSteps.recommendation} is not null or ${caseSteps.decisionText} is not null)`,
);

/** A query ready for SQL: the text for websearch_to_tsquery and the Danish stems of its words. */
export interface SqlQuery {
  text: string;
  /** Stems for compound matching; empty when the query uses operators. */
  compoundStems: readonly string[];
}

function tsquery(q: SqlQuery): SQL {
  return sql`websearch_to_tsquery(${DANISH}, ${q.text})`;
}

/** The condition under which `t` matches the query (see the file comment). */
export function matches(t: SearchText, q: SqlQuery): SQL {
  const fts = sql`${t.vector} @@ ${tsquery(q)}`;
  const stems = q.compoundStems.filter((s) => s.length >= MIN_COMPOUND_STEM);
  const base =
    stems.length === 0
      ? fts
      : sql`(${fts} or (${sql.join(
          stems.map((s) => sql`(${t.lower} like ${likePattern(s)} or ${t.lower} %> ${s})`),
          sql` and `,
        )}))`;
  return t.present ? sql`(${t.present} and ${base})` : base;
}

/** The relevance of a match: full-text rank plus the mean word similarity of the stems. */
export function rank(t: SearchText, q: SqlQuery): SQL<number> {
  const stems = q.compoundStems;
  const similarity =
    stems.length === 0
      ? sql`0`
      : sql`(${sql.join(
          stems.map((s) => sql`word_similarity(${s}, ${t.lower})`),
          sql` + `,
        )}) / ${sql.raw(String(stems.length))}`;
  return sql<number>`(ts_rank_cd(${t.vector}, ${tsquery(q)}) + ${similarity})::float8`;
}
