/**
 * The project declares the Node.js it runs on (package.json `engines`: Debian's Node 20 on these
 * machines); every installed package must accept the oldest Node that range allows, so that
 * `npm install` prints no EBADENGINE warning and nothing relies on a newer runtime.
 */
import { readFileSync } from 'node:fs';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

const root = new URL('../../../', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as {
  engines: { node: string };
};
const lock = JSON.parse(readFileSync(new URL('package-lock.json', root), 'utf8')) as {
  packages: Record<string, { engines?: Record<string, string> | string[]; optional?: boolean }>;
};

describe('the declared Node.js', () => {
  const oldest = semver.minVersion(manifest.engines.node)?.version ?? '';

  it('is Node 20', () => {
    expect(semver.major(oldest)).toBe(20);
  });

  it('is accepted by every package in the lock file', () => {
    const refusing = Object.entries(lock.packages)
      .filter(([path]) => path !== '')
      .flatMap(([path, entry]) => {
        const range = Array.isArray(entry.engines) ? undefined : entry.engines?.node;
        return range && !semver.satisfies(oldest, range) ? [`${path} wants node ${range}`] : [];
      });
    expect(refusing).toEqual([]);
  });
});
