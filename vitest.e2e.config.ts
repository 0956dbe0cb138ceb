// Browser tests (npm run test:e2e): the real app in-process, Debian's Chromium, one file at a
// time, each file on its own copy of one migrated demo database. Run `npm run build:web` first;
// the script does.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['e2e/**/*.spec.ts'],
    environment: 'node',
    globalSetup: ['e2e/fixtures/server.ts'],
    setupFiles: ['e2e/fixtures/app.ts'],
    pool: 'forks',
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
