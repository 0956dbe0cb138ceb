/**
 * Rows in and out of one table as text, in batches: a cursor reads them (never a whole table in
 * memory), and one INSERT per batch writes them back through each column type's text input.
 */
import { ident, qualified, type SqlSession } from './sql-session';
import type { ColumnInfo, TableInfo } from './catalog';

/** A row as each column's text form (bytea as base64), null for NULL. */
export type RowValues = (string | null)[];

/**
 * Batches grow while small and shrink when big. A table with bytea (attachments) starts at one
 * row, since a single row may hold megabytes.
 */
const FIRST_BATCH = 16;
const MAX_BATCH = 4096;
const TARGET_BATCH_BYTES = 4 * 1024 * 1024;

function outExpression(column: ColumnInfo): string {
  const c = `t.${ident(column.name)}`;
  // PostgreSQL's base64 breaks lines every 76 characters; the file does not need them.
  return column.type === 'bytea' ? `translate(encode(${c}, 'base64'), E'\\n', '')` : `${c}::text`;
}

function inExpression(column: ColumnInfo, index: number): string {
  const value = `(r->>${index})`;
  return column.type === 'bytea' ? `decode(${value}, 'base64')` : `${value}::${column.type}`;
}

/** Primary-key order, byte-wise for text; a table without one is ordered by every column. */
function orderBy(table: TableInfo): string {
  if (table.primaryKey.length > 0) {
    return table.primaryKey
      .map((k) => `t.${ident(k)}${table.collatable.includes(k) ? ' COLLATE "C"' : ''}`)
      .join(', ');
  }
  return table.columns.map((c) => `(${outExpression(c)}) COLLATE "C"`).join(', ');
}

/** The table's rows in backup order, batch by batch (inside the caller's transaction). */
export async function* readRows(s: SqlSession, table: TableInfo): AsyncGenerator<RowValues[]> {
  const columns = table.columns.map((c, i) => `${outExpression(c)} AS c${i}`).join(', ');
  const cursor = 'samspil_backup_rows';
  await s.query(
    `DECLARE ${cursor} NO SCROLL CURSOR FOR SELECT ${columns || 'NULL'}
       FROM ${qualified(table.schema, table.name)} AS t ORDER BY ${orderBy(table) || '1'}`,
  );
  try {
    let size = table.columns.some((c) => c.type === 'bytea') ? 1 : FIRST_BATCH;
    for (;;) {
      const rows = await s.query<Record<string, string | null>>(`FETCH ${size} FROM ${cursor}`);
      if (rows.length === 0) break;
      let bytes = 0;
      const batch = rows.map((r) => {
        const values = table.columns.map((_, i) => r[`c${i}`] ?? null);
        for (const v of values) bytes += v?.length ?? 0;
        return values;
      });
      yield batch;
      if (rows.length < size) break;
      if (bytes < TARGET_BATCH_BYTES / 2) size = Math.min(size * 2, MAX_BATCH);
      else if (bytes > TARGET_BATCH_BYTES * 2) size = Math.max(Math.floor(size / 2), 1);
    }
  } finally {
    await s.query(`CLOSE ${cursor}`);
  }
}

/** Collects rows and inserts them in batches of a bounded size. */
export class RowInserter {
  private rows: RowValues[] = [];
  private bytes = 0;
  private readonly sql: string;

  constructor(
    private readonly s: SqlSession,
    table: TableInfo,
  ) {
    const names = table.columns.map((c) => ident(c.name)).join(', ');
    const values = table.columns.map((c, i) => inExpression(c, i)).join(', ');
    // OVERRIDING SYSTEM VALUE: identity columns keep their backed-up values.
    this.sql = `INSERT INTO ${qualified(table.schema, table.name)} (${names})
      OVERRIDING SYSTEM VALUE SELECT ${values} FROM jsonb_array_elements($1::jsonb) AS r`;
  }

  async add(row: RowValues, line: string): Promise<void> {
    this.rows.push(row);
    this.bytes += line.length;
    if (this.rows.length >= MAX_BATCH || this.bytes >= TARGET_BATCH_BYTES) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.rows.length === 0) return;
    const batch = JSON.stringify(this.rows);
    this.rows = [];
    this.bytes = 0;
    await this.s.query(this.sql, [batch]);
  }
}
