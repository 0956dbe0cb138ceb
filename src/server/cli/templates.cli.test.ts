/** `templates generate-2027`: writes the committed template; refuses an unknown region. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { readTemplate } from '../modules/organisation/test/org-file-fixtures';
import { registerTemplateCommands } from './templates.cli';

const dir = mkdtempSync(join(tmpdir(), 'samspil-templates-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => {
  process.exitCode = undefined;
  vi.restoreAllMocks();
});

async function samspil(...args: string[]) {
  const out: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  const program = new Command().exitOverride();
  registerTemplateCommands(program);
  await program.parseAsync(['node', 'samspil', 'templates', ...args]);
  const code = process.exitCode ?? 0;
  process.exitCode = undefined;
  return { code, out: out.join('\n') };
}

describe('templates generate-2027', () => {
  it('writes a region’s template to --out', async () => {
    const path = join(dir, 'nord.yaml');
    const result = await samspil('generate-2027', '--region', 'Nordjylland', '--out', path);
    expect(result.code, result.out).toBe(0);
    expect(readFileSync(path, 'utf8')).toBe(readTemplate('nordjylland-2027'));
  });

  it('refuses an unknown region with exit code 2', async () => {
    const result = await samspil('generate-2027', '--region', 'Hovedstaden');
    expect(result.code).toBe(2);
    expect(result.out).toContain('--region skal være en af Syddanmark, Østdanmark');
  });
});
