/**
 * What the CLI tests share: a store of their own (a PGlite data directory, or a fresh database on
 * the server named by TEST_DATABASE_URL), made known to the commands through DATA_DIR or
 * DATABASE_URL, and running `samspil …` in-process with its exit code and output captured.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import pg from 'pg';
import { vi } from 'vitest';

export type CliTarget = { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string };

async function onServer(serverUrl: string, query: string): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(query);
  await admin.end();
}

/** A CLI test's store: `create()` in beforeAll, `remove()` in afterAll; `dir` for its files. */
export function cliStore(prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), `samspil-${prefix}-`));
  const serverUrl = process.env.TEST_DATABASE_URL;
  const pgName = `samspil_cli_${randomBytes(6).toString('hex')}`;
  let target: CliTarget | null = null;
  return {
    dir,
    /** The store made by `create()`. */
    get target(): CliTarget {
      if (!target) throw new Error('cliStore: create() first');
      return target;
    },
    /** Makes the store (not migrated) and points the commands at it. */
    async create(): Promise<CliTarget> {
      process.env.LOG_LEVEL = 'silent';
      if (serverUrl) {
        await onServer(serverUrl, `CREATE DATABASE ${pgName}`);
        const url = new URL(serverUrl);
        url.pathname = `/${pgName}`;
        target = { kind: 'postgres', url: url.toString() };
        process.env.DATABASE_URL = target.url;
      } else {
        target = { kind: 'pglite', dataDir: join(dir, 'db') };
        process.env.DATA_DIR = target.dataDir;
      }
      return target;
    },
    /** Removes the directory and drops the database. */
    async remove(): Promise<void> {
      rmSync(dir, { recursive: true, force: true });
      if (serverUrl) await onServer(serverUrl, `DROP DATABASE IF EXISTS ${pgName} WITH (FORCE)`);
    },
  };
}

/** Clears what a command run leaves behind (for afterEach). */
export function resetCliRun(): void {
  process.exitCode = undefined;
  vi.restoreAllMocks();
}

/**
 * Runs `samspil <args>` with the commands `register` adds and returns its exit code and output
 * (console.log, and process.stdout when `stdout` is set, in `out`; console.error in `err`).
 */
export async function runCli(
  register: (program: Command) => void,
  args: readonly string[],
  options: { stdout?: boolean } = {},
): Promise<{ code: number | string; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
  if (options.stdout) {
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      out.push(String(chunk));
      return true;
    });
  }
  const program = new Command().exitOverride();
  register(program);
  await program.parseAsync(['node', 'samspil', ...args]);
  const code = process.exitCode ?? 0;
  process.exitCode = undefined;
  vi.restoreAllMocks();
  return { code, out: out.join('\n'), err: err.join('\n') };
}
