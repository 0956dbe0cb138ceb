/**
 * Reading an organisation file on the command line: a file over `ORG_FILE_LIMITS.maxBytes` is
 * refused from its size alone (a sparse 50 MB file here), with a message in Danish and English
 * and exit code 2; `org check` refuses it the same way.
 */
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { ORG_FILE_LIMITS } from '../../shared/org-file.limits';
import { readOrgFileText } from './org-file-read';
import { registerOrgCommands } from './org.cli';

const dir = mkdtempSync(join(tmpdir(), 'samspil-org-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => {
  process.exitCode = undefined;
  vi.restoreAllMocks();
});

/** A sparse file of `bytes` bytes (no disk used, nothing to read before the size is known). */
function sparse(name: string, bytes: number): string {
  const path = join(dir, name);
  writeFileSync(path, '');
  truncateSync(path, bytes);
  return path;
}

function errors(): string[] {
  const lines: string[] = [];
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void lines.push(a.join(' ')));
  return lines;
}

describe('reading an organisation file on the command line', () => {
  it('refuses a 50 MB file with a message in Danish and English and exit code 2', () => {
    const path = sparse('stor.yaml', 50 * 1024 * 1024);
    const lines = errors();
    expect(readOrgFileText(path)).toBeNull();
    expect(process.exitCode).toBe(2);
    expect(lines).toEqual([
      `${path}: Organisationsfilen fylder 50 MB; højst 2 MB kan læses.`,
      `${path}: The organisation file is 50 MB; at most 2 MB can be read.`,
    ]);
  });

  it('reads a file of exactly the limit', () => {
    const path = join(dir, 'grænsen.yaml');
    writeFileSync(path, `# ${'æ'.repeat((ORG_FILE_LIMITS.maxBytes - 2) / 2)}`);
    expect(readOrgFileText(path)?.length).toBe(2 + (ORG_FILE_LIMITS.maxBytes - 2) / 2);
    expect(process.exitCode).toBeUndefined();
  });

  it('says so in both languages when the file cannot be read', () => {
    const lines = errors();
    expect(readOrgFileText(join(dir, 'findes-ikke.yaml'))).toBeNull();
    expect(process.exitCode).toBe(2);
    expect(lines[0]).toContain('kan ikke læses');
    expect(lines[1]).toContain('cannot be read');
  });

  it('`org check` refuses a file over the limit before checking it', async () => {
    const path = sparse('for-stor.yaml', ORG_FILE_LIMITS.maxBytes + 1);
    const lines = errors();
    const program = new Command().exitOverride();
    registerOrgCommands(program);
    await program.parseAsync(['node', 'samspil', 'org', 'check', path]);
    expect(process.exitCode).toBe(2);
    expect(lines.join('\n')).toContain('højst 2 MB kan læses');
  });
});
