// launchready/no-swallowed-error: a `catch` clause, a `.catch(handler)` or a `.then(ok, handler)` must do something
// with the failure. Issue 20 counted 92 handlers that did not, e.g. `api/bundle-secrets` reported *pass* ("0 served
// scripts contain no secrets") when the home page request had failed: the catch turned "could not look" into
// "looked and found nothing". A handler is accepted when it
//   - throws (rethrows, or throws a better error), or
//   - reports: calls `report(...)`/`ctx.report(...)` (not with `status: 'pass'`), or a function whose name says it
//     records a failure (`reportIncomplete`, `recordError`, `fail`, `warn`, `errors.push`, ...), or
//   - lets the caught value escape: passes it (or `e.message`, `String(e)`, ...) to a call, returns it, stores it,
//     puts it in an object, array or template literal, or
//   - returns an error-shaped value: `new XError(...)`, or an object literal with an `error`/`reason`/`failure`
//     key, `ok: false` or `status: 'error'`, which the caller turns into an error finding.
// Anything else (`catch {}`, `catch { return undefined }`, `.catch(() => null)`) is reported. Two shapes are not
// retrievals and are left alone:
//   - a `try` whose block is synchronous and does no synchronous I/O (`JSON.parse`, `new URL`, `createPublicKey`,
//     `Buffer.from`...): its failure means "not in that format", and the fallback is the answer to that question;
//   - `.catch` on a best-effort cleanup (`close()`, `destroy()`, `unlink()`, `kill()`...), where the work is done.
// A deliberate, documented fallback says so where it happens:
// `// eslint-disable-next-line launchready/no-swallowed-error -- <why>`.

const RECORDING_CALLEE = /report|record|fail|error|warn|incomplete|problem|unreach|skip|reject/i;
// predicates and formatters name failures without recording them: `if (isError(e))`, `describeError(e)` alone
const NOT_RECORDING = /^(is|has|should|can|describe|format|to)[A-Z]/;
const RECORDING_ARRAY = /err|fail|problem|issue|warn|skip|unreach|incomplete|note|reason/i;
const ERROR_KEYS = new Set(['error', 'errors', 'err', 'reason', 'failure', 'failed', 'cause', 'problem']);

const SYNC_IO = /Sync$|^(read|write|open|stat|lstat|access|readdir|exec|spawn|connect|request|fetch|send|resolve|lookup|query)/;
const CLEANUP = /^(close|destroy|end|dispose|cleanup|unlink|rm|rmdir|kill|cancel|terminate|return|unref|finish|stop|abort|logout|quit)$/;

/** Calls in `node` (not inside nested functions), by name. */
function callNames(node, { intoFunctions = false } = {}) {
  const names = [];
  let sawAwait = false;
  const stack = [node];
  while (stack.length > 0) {
    const n = stack.pop();
    if (!n || typeof n.type !== 'string') continue;
    if (n !== node && !intoFunctions && (n.type === 'FunctionExpression' || n.type === 'ArrowFunctionExpression' || n.type === 'FunctionDeclaration')) continue;
    if (n.type === 'AwaitExpression' || n.type === 'YieldExpression' || (n.type === 'ForOfStatement' && n.await)) sawAwait = true;
    if (n.type === 'CallExpression' || n.type === 'NewExpression') {
      const name = calleeName(n.callee);
      if (name) names.push(name);
    }
    for (const key of Object.keys(n)) {
      if (key === 'parent') continue;
      const child = n[key];
      if (Array.isArray(child)) for (const c of child) stack.push(c);
      else if (child && typeof child === 'object' && typeof child.type === 'string') stack.push(child);
    }
  }
  return { names, sawAwait };
}

/** The function node of a `.catch(fn)` / `.then(_, fn)` handler, or undefined. */
function promiseHandler(call) {
  const callee = call.callee;
  if (callee.type !== 'MemberExpression' || callee.computed || callee.property.type !== 'Identifier') return undefined;
  const name = callee.property.name;
  const fn = name === 'catch' ? call.arguments[0] : name === 'then' ? call.arguments[1] : undefined;
  if (!fn || (fn.type !== 'ArrowFunctionExpression' && fn.type !== 'FunctionExpression')) return undefined;
  return fn;
}

function calleeName(callee) {
  if (callee.type === 'Identifier') return callee.name;
  if (callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier') return callee.property.name;
  return undefined;
}

function objectName(callee) {
  if (callee.type !== 'MemberExpression') return undefined;
  let o = callee.object;
  while (o.type === 'MemberExpression') o = o.computed ? o.object : o.property;
  if (o.type === 'Identifier') return o.name;
  if (o.type === 'ThisExpression') return 'this';
  return undefined;
}

function isPassStatus(obj) {
  return (
    obj?.type === 'ObjectExpression' &&
    obj.properties.some(
      (p) => p.type === 'Property' && !p.computed && ((p.key.type === 'Identifier' && p.key.name === 'status') || (p.key.type === 'Literal' && p.key.value === 'status')) && p.value.type === 'Literal' && p.value.value === 'pass',
    )
  );
}

function propKey(p) {
  if (p.type !== 'Property' || p.computed) return undefined;
  if (p.key.type === 'Identifier') return p.key.name;
  if (p.key.type === 'Literal') return String(p.key.value);
  return undefined;
}

/** An object literal or `new XError()` that a caller can only read as a failure. */
function isErrorShaped(node) {
  if (!node) return false;
  if (node.type === 'TSAsExpression' || node.type === 'TSSatisfiesExpression') return isErrorShaped(node.expression);
  if (node.type === 'NewExpression' && node.callee.type === 'Identifier' && /Error$/.test(node.callee.name)) return true;
  if (node.type === 'ObjectExpression') {
    return node.properties.some((p) => {
      const k = propKey(p);
      if (k === undefined) return false;
      if (ERROR_KEYS.has(k)) return !(p.value.type === 'Identifier' && p.value.name === 'undefined') && !(p.value.type === 'Literal' && p.value.value === null);
      if (k === 'ok' && p.value.type === 'Literal' && p.value.value === false) return true;
      if (k === 'status' && p.value.type === 'Literal' && (p.value.value === 'error' || p.value.value === 'timeout')) return true;
      return false;
    });
  }
  return false;
}

/** Does a reference to the caught value (or something derived from it) leave the handler? */
function escapes(ref, handlerRoot) {
  let node = ref.identifier;
  for (;;) {
    const parent = node.parent;
    if (!parent || node === handlerRoot) return false;
    switch (parent.type) {
      case 'MemberExpression':
        if (parent.object !== node) return false; // `x[e]`: e used as a key, not carried
        node = parent;
        continue;
      case 'ChainExpression':
      case 'TSAsExpression':
      case 'TSNonNullExpression':
      case 'TSSatisfiesExpression':
      case 'TemplateLiteral':
      case 'SpreadElement':
      case 'AwaitExpression':
        node = parent;
        continue;
      case 'ConditionalExpression':
        if (parent.test === node) return false;
        node = parent;
        continue;
      case 'LogicalExpression':
        node = parent;
        continue;
      case 'BinaryExpression':
        if (parent.operator !== '+') return false; // `e.code === 'ENOENT'`, `e instanceof X`: a test, not a use
        node = parent;
        continue;
      case 'CallExpression':
      case 'NewExpression':
        if (parent.callee === node) return false;
        return !usedOnlyAsTest(parent);
      case 'ThrowStatement':
      case 'ReturnStatement':
      case 'YieldExpression':
      case 'AssignmentExpression':
      case 'Property':
      case 'ArrayExpression':
      case 'VariableDeclarator':
      case 'TaggedTemplateExpression':
        return true;
      case 'ArrowFunctionExpression':
        return parent.body === node;
      default:
        return false;
    }
  }
}

/** `if (isAbort(e)) ...`: a call whose result only steers a branch does not carry the error anywhere. */
function usedOnlyAsTest(node) {
  let n = node;
  while (n.parent && (n.parent.type === 'UnaryExpression' || n.parent.type === 'LogicalExpression' || n.parent.type === 'ChainExpression')) n = n.parent;
  const p = n.parent;
  return !!p && ((p.type === 'IfStatement' || p.type === 'ConditionalExpression' || p.type === 'WhileStatement') && p.test === n);
}

/** @type {import('eslint').Rule.RuleModule} */
export default {
  meta: {
    type: 'problem',
    docs: { description: 'a catch clause or promise rejection handler must rethrow, report, record or return the failure', url: 'docs/architecture.md#project-lint-rules' },
    schema: [],
    messages: {
      swallowed:
        "This {{kind}} swallows the error: rethrow it, report it (status 'error' with the reason), record it, or return an error value. A deliberate fallback says why with `// eslint-disable-next-line launchready/no-swallowed-error -- <reason>`.",
    },
  },
  create(context) {
    const sourceCode = context.sourceCode;

    function handled(handlerNode, body, params) {
      let ok = false;
      // params: the declared variables of the caught value
      for (const v of params) for (const ref of v.references) if (escapes(ref, handlerNode)) ok = true;
      if (ok) return true;
      if (body.type !== 'BlockStatement' && isErrorShaped(body)) return true; // `.catch(() => ({ error: 'x' }))`
      const stack = [body];
      while (stack.length > 0 && !ok) {
        const n = stack.pop();
        if (!n || typeof n.type !== 'string') continue;
        if (n.type === 'ThrowStatement') ok = true;
        else if (n.type === 'ReturnStatement' && isErrorShaped(n.argument)) ok = true;
        else if (n.type === 'ArrowFunctionExpression' && n.expression && isErrorShaped(n.body)) ok = true;
        else if (n.type === 'CallExpression') {
          const name = calleeName(n.callee);
          const obj = objectName(n.callee);
          if (name === 'push' || name === 'add' || name === 'set') {
            if (obj && RECORDING_ARRAY.test(obj)) ok = true;
          } else if (name && RECORDING_CALLEE.test(name) && !NOT_RECORDING.test(name) && !isPassStatus(n.arguments[0])) ok = true;
        }
        if (ok) break;
        for (const key of Object.keys(n)) {
          if (key === 'parent') continue;
          const child = n[key];
          if (Array.isArray(child)) for (const c of child) stack.push(c);
          else if (child && typeof child === 'object' && typeof child.type === 'string') stack.push(child);
        }
      }
      return ok;
    }

    return {
      CatchClause(node) {
        const tried = callNames(node.parent.block);
        if (!tried.sawAwait && !tried.names.some((n) => SYNC_IO.test(n))) return; // a decode, not a retrieval
        const vars = node.param ? sourceCode.getDeclaredVariables(node) : [];
        if (!handled(node, node.body, vars)) context.report({ node, messageId: 'swallowed', data: { kind: 'catch clause' } });
      },
      CallExpression(node) {
        const fn = promiseHandler(node);
        if (!fn) return;
        if (callNames(node.callee.object).names.some((n) => CLEANUP.test(n))) return; // best-effort cleanup
        const vars = fn.params.length > 0 ? sourceCode.getDeclaredVariables(fn) : [];
        if (!handled(fn, fn.body, vars)) context.report({ node: fn, messageId: 'swallowed', data: { kind: `.${node.callee.property.name}() handler` } });
      },
    };
  },
};
