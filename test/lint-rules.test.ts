import { test } from 'node:test';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { RuleTester, type Rule } from 'eslint';
import { ROOT } from './helpers.js';

// The project's own lint rules (scripts/eslint/rules), as typescript-eslint tests its rules: a table of code that
// passes and code that is reported, by message id.

async function rule(name: string): Promise<Rule.RuleModule> {
  return ((await import(pathToFileURL(join(ROOT, 'scripts', 'eslint', 'rules', `${name}.js`)).href)) as { default: Rule.RuleModule }).default;
}

const tester = new RuleTester({ languageOptions: { ecmaVersion: 2022, sourceType: 'module' } });

test('launchready/no-swallowed-error', async () => {
  tester.run('no-swallowed-error', await rule('no-swallowed-error'), {
    valid: [
      // rethrows, or throws a better error
      'async function f() { try { await get(); } catch (e) { if (e.code === "ENOENT") return undefined; throw e; } }',
      'async function f() { try { await get(); } catch { throw new Error("x failed"); } }',
      // reports
      'async function f(ctx) { try { await get(); } catch (e) { ctx.report({ messageId: "x", status: "error", data: { reason: String(e) } }); } }',
      // records: the caught value goes somewhere
      'async function f(gaps) { try { await get(); } catch (e) { gaps.push(describe(e)); } }',
      'const p = get().catch((e) => void errors.set("k", e.message));',
      'let last; async function f() { try { await get(); } catch (e) { last = e; } }',
      'async function f() { try { await get(); } catch (e) { return { error: e.message }; } }',
      // returns an error-shaped value without the caught one
      'async function f() { try { await get(); } catch { return { ok: false, reason: "unreachable" }; } }',
      'const p = get().catch(() => ({ status: "error" }));',
      'const p = get().catch(() => new FetchError("x"));',
      // a handler whose name says it records the failure
      'const p = get().catch(() => reportIncomplete("x"));',
      'async function f() { try { await get(); } catch { failures.push("x"); } }',
      // a synchronous decode: failure means "not that format"
      'function f(s) { try { return JSON.parse(s); } catch { return undefined; } }',
      'function f(s) { try { return new URL(s); } catch { return null; } }',
      // best-effort cleanup
      'async function f(p) { await p.close().catch(() => undefined); }',
      'async function f(c) { await c.logout().catch(() => c.close()); }',
      // a named handler is judged where it is defined
      'const p = get().catch(onError);',
    ],
    invalid: [
      { code: 'const p = get().catch(() => undefined);', errors: [{ messageId: 'swallowed' }] },
      { code: 'const p = get().catch(() => null);', errors: [{ messageId: 'swallowed' }] },
      { code: 'const p = get().then((x) => x, () => false);', errors: [{ messageId: 'swallowed' }] },
      { code: 'async function f() { try { await get(); } catch {} }', errors: [{ messageId: 'swallowed' }] },
      { code: 'async function f() { try { await get(); } catch { return undefined; } }', errors: [{ messageId: 'swallowed' }] },
      // the caught value only steers a branch: still swallowed
      { code: 'async function f() { try { await get(); } catch (e) { if (isAbort(e)) return; } }', errors: [{ messageId: 'swallowed' }] },
      { code: 'async function f() { try { await get(); } catch (e) { if (e.code === "ENOENT") return []; return []; } }', errors: [{ messageId: 'swallowed' }] },
      // a report that says "pass" is not reporting the failure
      { code: 'async function f(ctx) { try { await get(); } catch { ctx.report({ messageId: "clean", status: "pass" }); } }', errors: [{ messageId: 'swallowed' }] },
      // synchronous I/O is a retrieval, not a decode
      { code: 'function f(p) { try { return readFileSync(p, "utf8"); } catch { return ""; } }', errors: [{ messageId: 'swallowed' }] },
      // an object with error: undefined is not error-shaped
      { code: 'const p = get().catch(() => ({ error: undefined }));', errors: [{ messageId: 'swallowed' }] },
    ],
  });
});

test('launchready/explained-disable', async () => {
  tester.run('explained-disable', await rule('explained-disable'), {
    valid: ['// eslint-disable-next-line no-console -- the CLI prints here on purpose\nconsole.log(1);', 'const a = 1; // a comment that mentions eslint'],
    invalid: [
      { code: '// eslint-disable-next-line no-console\nconsole.log(1);', errors: [{ messageId: 'noReason' }] },
      { code: '// eslint-disable-next-line no-console -- ok\nconsole.log(1);', errors: [{ messageId: 'noReason' }] },
      { code: '// eslint-disable-next-line\nconsole.log(1);', errors: [{ messageId: 'noRule' }] },
    ],
  });
});
