// ESLint flat config. The rules here are the enforced part of docs/ARCHITECTURE.md:
// file size, one-way imports between layers, and module boundaries.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';

/** Imports that would give a pure module I/O. */
const ioModules = [
  'node:*',
  'fs',
  'path',
  'pg',
  'drizzle-orm',
  'drizzle-orm/*',
  'fastify',
  '@electric-sql/*',
  'react',
];

export default tseslint.config(
  {
    ignores: ['node_modules', 'dist', 'data', 'drizzle', 'coverage', 'e2e/artifacts'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'max-lines': ['error', { max: 400, skipBlankLines: true, skipComments: true }],
      'max-lines-per-function': ['warn', { max: 120, skipBlankLines: true, skipComments: true }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'use named exports' },
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ioModules, message: 'pure modules do no I/O' },
            { regex: '(^|/)(server|web)/', message: 'domain is pure: no server or web imports' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ioModules, message: 'pure modules do no I/O' },
            {
              regex: '(^|/)(server|web|domain)/',
              message: 'shared is the bottom layer: it imports no other layer',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/server/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ regex: '(^|/)web/', message: 'the server never imports the web app' }],
        },
      ],
    },
  },
  {
    // Other modules may only use a server module's public surface (its index.ts), or its
    // worker-safe part (pure.ts: pure code a worker task may load without the routes).
    files: ['src/server/modules/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '(^|/)web/', message: 'the server never imports the web app' },
            {
              regex: '^\\.\\./(?!\\.)[^/]+/(?!(index|pure)$)[^/]+$',
              message:
                "import another module only through its index.ts ('../<module>/index'), or its worker-safe pure.ts",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ regex: '(^|/)server/', message: 'the web app talks to the API only' }],
        },
      ],
    },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', 'e2e/**/*.ts', 'bench/**/*.ts'],
    rules: {
      'max-lines-per-function': 'off',
    },
  },
  {
    files: ['*.config.ts', '*.config.js', 'eslint.config.js'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
