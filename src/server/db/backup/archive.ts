/**
 * The backup file: gzip-compressed JSON lines, written and read as a stream.
 *
 *   {"format":"samspil-backup","formatVersion":1,…}         header: schema (migrations), source
 *   {"table":{"schema":…,"name":…,"columns":[…]}}           one section per table, in FK order:
 *   ["…","…",null,…]                                         a row: each column's text form
 *   {"tableEnd":{"rows":n,"sha256":"…"}}                    (bytea as base64)
 *   {"sequences":[{"schema":…,"name":…,"value":"…","isCalled":true}]}
 *   {"manifest":{"tables":[{"schema","name","rows","sha256"}],"rows":n}}   last line
 *
 * A table's checksum is the SHA-256 of its row lines (each followed by "\n") in primary-key
 * order, so it can be computed again from the restored database. A file without its manifest
 * line is incomplete and is never restored.
 */
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { open, rename, rm, stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip, createGzip } from 'node:zlib';
import { z } from 'zod';
import { BackupRefusal, checksumMismatch } from './refusal';

export const BACKUP_FORMAT = 'samspil-backup';
export const FORMAT_VERSION = 1;

const MigrationSchema = z.object({ hash: z.string(), createdAt: z.number() });

export const HeaderSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int(),
  createdAt: z.string(),
  app: z.object({ name: z.string(), version: z.string() }),
  source: z.object({ kind: z.enum(['pglite', 'postgres']), serverVersion: z.string() }),
  schema: z.object({
    /** Drizzle's migration table, oldest first. */
    migrations: z.array(MigrationSchema),
    /** The newest migration's tag, when the code that made the backup knew it. */
    lastMigration: z.string().nullable(),
  }),
  /** Schemas of the backed-up tables; those besides `public` are dropped whole on restore. */
  schemas: z.array(z.string()),
  /** Schemas left out (pg-boss's job queue). */
  skippedSchemas: z.array(z.string()),
});
export type BackupHeader = z.infer<typeof HeaderSchema>;

const ColumnSchema = z.object({ name: z.string(), type: z.string() });
const TableSummarySchema = z.object({
  schema: z.string(),
  name: z.string(),
  rows: z.number().int(),
  sha256: z.string(),
});
export type TableSummary = z.infer<typeof TableSummarySchema>;

const SequenceValueSchema = z.object({
  schema: z.string(),
  name: z.string(),
  value: z.string(),
  isCalled: z.boolean(),
});
export type SequenceValue = z.infer<typeof SequenceValueSchema>;

const SectionSchema = z.union([
  z.object({
    table: z.object({ schema: z.string(), name: z.string(), columns: z.array(ColumnSchema) }),
  }),
  z.object({ tableEnd: z.object({ rows: z.number().int(), sha256: z.string() }) }),
  z.object({ sequences: z.array(SequenceValueSchema) }),
  z.object({ manifest: z.object({ tables: z.array(TableSummarySchema), rows: z.number() }) }),
]);

/** One line of the file after the header. */
export type ArchiveItem =
  | { row: (string | null)[]; line: string }
  | { table: BackupTable }
  | { tableEnd: { rows: number; sha256: string } }
  | { sequences: SequenceValue[] }
  | { manifest: { tables: TableSummary[]; rows: number } };

/** Row count and SHA-256 of a table's row lines. */
export class TableDigest {
  private readonly hash = createHash('sha256');
  rows = 0;

  add(line: string): void {
    this.hash.update(line);
    this.hash.update('\n');
    this.rows += 1;
  }

  /** The hex digest; call once. */
  finish(): string {
    return this.hash.digest('hex');
  }
}

/** A row's line in the file: a JSON array of text values. */
export function rowLine(values: (string | null)[]): string {
  return JSON.stringify(values);
}

function damaged(file: string, why: string): BackupRefusal {
  return new BackupRefusal(
    'not-a-backup',
    `${file} er ikke en sikkerhedskopi fra Samspil, eller filen er beskadiget (${why}). Intet er ændret.`,
    `${file} is not a Samspil backup, or the file is damaged (${why}). Nothing was changed.`,
  );
}

/**
 * Writes the lines (each ending in "\n") gzip-compressed to `file`: first to a temporary file
 * beside it, renamed into place only when complete, so a failed backup leaves no file behind.
 */
export async function writeArchive(
  file: string,
  lines: AsyncIterable<string>,
  options: { overwrite: boolean },
): Promise<number> {
  if (!options.overwrite && (await exists(file))) {
    throw new BackupRefusal(
      'file-exists',
      `Filen ${file} findes allerede. Vælg et andet navn, eller brug --force for at overskrive den.`,
      `The file ${file} already exists. Choose another name, or use --force to overwrite it.`,
    );
  }
  const partial = `${file}.partial-${process.pid}`;
  try {
    await pipeline(
      Readable.from(lines),
      createGzip({ level: 6 }),
      createWriteStream(partial, { flags: 'wx', mode: 0o600 }),
    );
    // On disk before it gets its name: a backup that exists is a whole one.
    const handle = await open(partial, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(partial, file);
  } catch (err) {
    await rm(partial, { force: true });
    throw err;
  }
  return (await stat(file)).size;
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}

/** The file's lines, decompressed, one at a time. */
async function* lines(file: string): AsyncGenerator<string> {
  try {
    await stat(file);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new BackupRefusal(
      'not-a-backup',
      `Filen ${file} kan ikke læses (${why}). Intet er ændret.`,
      `The file ${file} cannot be read (${why}). Nothing was changed.`,
    );
  }
  const source = createReadStream(file);
  const input = createGunzip();
  source.on('error', (err) => input.destroy(err));
  source.pipe(input);
  const decoder = new StringDecoder('utf8');
  // The pieces of an unfinished line: joined once, so a line of megabytes is not copied per chunk.
  let pending: string[] = [];
  try {
    for await (const chunk of input as AsyncIterable<Buffer>) {
      const text = decoder.write(chunk);
      let from = 0;
      for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', from)) {
        pending.push(text.slice(from, at));
        yield pending.join('');
        pending = [];
        from = at + 1;
      }
      if (from < text.length) pending.push(text.slice(from));
    }
    pending.push(decoder.end());
  } catch (err) {
    throw damaged(file, err instanceof Error ? err.message : String(err));
  } finally {
    source.destroy();
    input.destroy();
  }
  const last = pending.join('');
  if (last !== '') yield last;
}

function parseHeader(file: string, line: string | undefined): BackupHeader {
  if (line === undefined) throw damaged(file, 'empty');
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw damaged(file, 'no header');
  }
  const header = HeaderSchema.safeParse(value);
  if (!header.success) throw damaged(file, 'no header');
  if (header.data.formatVersion !== FORMAT_VERSION) {
    throw new BackupRefusal(
      'format-version',
      `${file} har filformat ${header.data.formatVersion}; denne udgave af Samspil læser format ${FORMAT_VERSION}. Intet er ændret.`,
      `${file} has file format ${header.data.formatVersion}; this version of Samspil reads format ${FORMAT_VERSION}. Nothing was changed.`,
    );
  }
  return header.data;
}

/** Reads only the header (cheap: the first line). */
export async function readHeader(file: string): Promise<BackupHeader> {
  for await (const line of lines(file)) return parseHeader(file, line);
  return parseHeader(file, undefined);
}

/** Reads the file: its header, then every line after it. */
export async function* readArchive(
  file: string,
): AsyncGenerator<{ header: BackupHeader } | ArchiveItem> {
  let first = true;
  for await (const line of lines(file)) {
    if (first) {
      first = false;
      yield { header: parseHeader(file, line) };
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw damaged(file, 'bad line');
    }
    if (Array.isArray(value)) {
      if (!value.every((v) => v === null || typeof v === 'string')) throw damaged(file, 'bad row');
      yield { row: value as (string | null)[], line };
      continue;
    }
    const section = SectionSchema.safeParse(value);
    if (!section.success) throw damaged(file, 'bad line');
    yield section.data;
  }
  if (first) parseHeader(file, undefined);
}

/** What a walk through a backup file calls for each section. */
export interface ArchiveVisitor {
  table?: (table: BackupTable) => Promise<void>;
  row?: (values: (string | null)[], line: string) => Promise<void>;
  tableEnd?: (summary: TableSummary) => Promise<void>;
}

export type BackupTable = {
  schema: string;
  name: string;
  columns: { name: string; type: string }[];
};

/** A whole backup file, checked: every table's rows against its count and checksum. */
export interface CheckedArchive {
  header: BackupHeader;
  tables: TableSummary[];
  sequences: SequenceValue[];
  rows: number;
}

const sameSummary = (a: TableSummary, b: TableSummary | undefined) =>
  !!b && a.schema === b.schema && a.name === b.name && a.rows === b.rows && a.sha256 === b.sha256;

/**
 * Reads the whole file, handing each section to the visitor, and checks it: each table's rows
 * against its end line, the tables against the manifest, and that the manifest is there.
 */
export async function walkArchive(
  file: string,
  visitor: ArchiveVisitor = {},
): Promise<CheckedArchive> {
  let header: BackupHeader | null = null;
  const tables: TableSummary[] = [];
  let sequences: SequenceValue[] = [];
  let manifest: { tables: TableSummary[]; rows: number } | null = null;
  let current: { table: BackupTable; digest: TableDigest } | null = null;
  const misplaced = () => damaged(file, 'misplaced line');
  for await (const item of readArchive(file)) {
    if ('header' in item) header = item.header;
    else if (manifest) throw misplaced();
    else if ('row' in item) {
      if (!current) throw misplaced();
      current.digest.add(item.line);
      await visitor.row?.(item.row, item.line);
    } else if ('table' in item) {
      if (current) throw misplaced();
      current = { table: item.table, digest: new TableDigest() };
      await visitor.table?.(item.table);
    } else if ('tableEnd' in item) {
      if (!current) throw misplaced();
      const { schema, name } = current.table;
      const summary = { schema, name, rows: current.digest.rows, sha256: current.digest.finish() };
      if (!sameSummary(summary, { schema, name, ...item.tableEnd })) {
        throw checksumMismatch(`${schema}.${name}`, 'filens rækker / the rows in the file');
      }
      tables.push(summary);
      current = null;
      await visitor.tableEnd?.(summary);
    } else if ('sequences' in item) sequences = item.sequences;
    else if ('manifest' in item) manifest = item.manifest;
  }
  if (!header) throw damaged(file, 'empty');
  if (!manifest || current) {
    throw new BackupRefusal(
      'not-a-backup',
      `${file} er ufuldstændig (manifestet mangler); den kan ikke gendannes. Intet er ændret.`,
      `${file} is incomplete (the manifest is missing); it cannot be restored. Nothing was changed.`,
    );
  }
  const listed = manifest.tables;
  if (listed.length !== tables.length || !listed.every((t, i) => sameSummary(t, tables[i]))) {
    throw checksumMismatch('(manifest)', 'tabellerne i filen / the tables in the file');
  }
  return { header, tables, sequences, rows: tables.reduce((n, t) => n + t.rows, 0) };
}
