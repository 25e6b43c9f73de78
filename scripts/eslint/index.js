// launchready's lint toolchain in one place: typescript-eslint and the project's own rules (docs/architecture.md,
// "Project lint rules").
//
// Why the redirect below: the build uses TypeScript 7 (the native tsc), whose npm package has no JavaScript compiler
// API; typescript-eslint needs that API (peer `typescript` <6.1). This folder is its own package so that npm installs
// `typescript` 6.0 (same language as 7.0) beside typescript-eslint, but npm hoists some of typescript-eslint's
// helpers (ts-api-utils) to the root, where `require('typescript')` would find 7.0. Inside the lint process every
// `require('typescript')` therefore resolves to this folder's copy. Nothing else runs in that process.
import Module, { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const typescriptJs = require.resolve('typescript');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === 'typescript' ? typescriptJs : resolve.call(this, request, ...rest);
};

const { default: tseslint } = await import('typescript-eslint');
const { default: explainedDisable } = await import('./rules/explained-disable.js');
const { default: noSwallowedError } = await import('./rules/no-swallowed-error.js');

export { tseslint };
export { default as globals } from 'globals';

export const plugin = {
  meta: { name: 'launchready' },
  rules: {
    'no-swallowed-error': noSwallowedError,
    'explained-disable': explainedDisable,
  },
};
