// Lint: `npm run lint` (also the first step of `npm test`). What each rule is for: docs/architecture.md.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import { globals, plugin as launchready, tseslint } from 'launchready-eslint';

// ---- The layer picture of docs/architecture.md, as import rules -------------------------------------------------
// Each src/ folder lists the src/ folders it must not import and whether it may do I/O. Specifiers are relative
// ('../../probes/http.js'), so a folder is matched as `(../)+<folder>/`. Tests (*.test.ts) may import anything.
const LAYERS = ['core', 'probes', 'checks', 'stages', 'audit', 'report', 'monitor', 'dashboard', 'cli', 'entry'];
const NODE_IO = ['fs', 'fs/promises', 'net', 'http', 'https', 'http2', 'dns', 'dns/promises', 'tls', 'dgram', 'child_process', 'readline'];
const ioPaths = (why, extra = []) => [...[...NODE_IO, ...extra].flatMap((m) => [m, `node:${m}`]), 'undici'].map((name) => ({ name, message: why }));
const folder = (name) => `^(\\.\\./)+${name}(/|$)`;

/** folder → what it may not import (see the table in docs/architecture.md). */
const LAYER_RULES = {
  core: { deny: LAYERS.filter((l) => l !== 'core'), io: 'src/core does no I/O: take the value as an argument, or do the I/O in src/probes.', extraIo: ['worker_threads'] },
  probes: { deny: ['checks', 'stages', 'audit', 'report', 'monitor', 'dashboard', 'cli', 'entry'] },
  checks: {
    deny: ['stages', 'audit', 'report', 'monitor', 'dashboard', 'cli', 'entry'],
    typesOnly: ['probes'],
    io: 'A check does no I/O: use ctx.probes / ctx.evidence (src/probes owns sockets, files and processes).',
  },
  // a stage implements the Stage contract that src/audit defines: it may import that type, nothing else of audit
  stages: { deny: ['report', 'monitor', 'dashboard', 'cli', 'entry'], typesOnly: ['audit'] },
  report: { deny: ['probes', 'checks', 'stages', 'audit', 'monitor', 'dashboard', 'cli', 'entry'] },
  audit: { deny: ['monitor', 'dashboard', 'cli', 'entry'] },
  monitor: { deny: ['dashboard', 'cli', 'entry'] },
  dashboard: { deny: ['cli', 'entry'] },
};

function layerConfig(name, { deny, typesOnly = [], io, extraIo = [] }) {
  return {
    name: `launchready/layers/${name}`,
    files: [`src/${name}/**/*.ts`],
    ignores: ['**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: io ? ioPaths(io, extraIo) : [],
          patterns: [
            ...(deny.length ? [{ regex: folder(`(${deny.join('|')})`), message: `src/${name} may not import this layer (docs/architecture.md, "Layers").` }] : []),
            ...typesOnly.map((l) => ({ regex: folder(l), allowTypeImports: true, message: `src/${name} may import only types from src/${l} (\`import type\`): its values do I/O.` })),
          ],
        },
      ],
    },
  };
}

export default defineConfig([
  {
    ignores: ['dist/**', '**/node_modules/**', 'bench/.peers/**', 'examples/**/repo-flawed/**', 'examples/**/repo-fixed/**', 'examples/**/.demo/**', '.launchready/**', 'tmp/**'],
  },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  {
    // a secrets and log scanner matches control characters on purpose (NUL sniffing, ANSI escapes, XML-illegal bytes)
    rules: { 'no-control-regex': 'off' },
  },
  {
    name: 'launchready/typescript',
    files: ['**/*.ts'],
    extends: [tseslint.configs.base],
    languageOptions: { parserOptions: { projectService: { allowDefaultProject: ['scripts/*.ts'] }, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // tsc checks these better than a lint rule can
      'no-undef': 'off',
      'no-redeclare': 'off',
      'no-dupe-class-members': 'off',
      'no-unused-vars': 'off',
      // type-aware rules that catch real bugs: a promise nobody awaits loses its rejection (a check "passes" while
      // its probe fails later); an async callback where a sync one is expected drops errors; awaiting a non-promise
      // hides a missing call.
      // node:test's test()/describe() return promises the runner itself awaits
      '@typescript-eslint/no-floating-promises': ['error', { allowForKnownSafeCalls: [{ from: 'package', package: 'node:test', name: ['test', 'it', 'describe', 'suite', 'before', 'after', 'beforeEach', 'afterEach'] }] }],
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false, attributes: false } }],
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/return-await': ['error', 'in-try-catch'],
      '@typescript-eslint/only-throw-error': 'error',
      // an abort's signal.reason is `any`: rejecting with it is how AbortSignal works
      '@typescript-eslint/prefer-promise-reject-errors': ['error', { allowThrowingAny: true, allowThrowingUnknown: true }],
      '@typescript-eslint/no-for-in-array': 'error',
      '@typescript-eslint/no-implied-eval': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { args: 'after-used', argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
    },
  },
  {
    name: 'launchready/javascript',
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-unused-vars': ['error', { argsIgnorePattern: '^_', caughtErrors: 'none' }] },
  },
  { files: ['examples/**/public/**/*.js'], languageOptions: { globals: { ...globals.browser } } },
  // ---- the project's own rules ---------------------------------------------------------------------------------
  {
    name: 'launchready/own',
    plugins: { launchready },
    rules: { 'launchready/explained-disable': 'error' },
  },
  {
    name: 'launchready/no-swallowed-error',
    files: ['src/checks/**/*.ts', 'src/probes/**/*.ts', 'src/stages/**/*.ts', 'src/audit/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: { 'launchready/no-swallowed-error': 'error' },
  },
  ...Object.entries(LAYER_RULES).map(([name, spec]) => layerConfig(name, spec)),
  {
    name: 'launchready/layers/library-entry',
    files: ['src/index.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [{ regex: '^\\./(cli|monitor|dashboard)/', message: 'The library entry loads no command, monitor or dashboard: those are launchready/cli and launchready/monitor.' }] }],
    },
  },
]);
