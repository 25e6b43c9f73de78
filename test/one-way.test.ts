import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { ROOT } from './helpers.js';

/**
 * Issue 20, "one concept, one implementation": each concept below has one home, and this test fails with
 * file:line when a second implementation appears in src/ (tests may build fixtures however they like).
 * A rule names the files allowed to match it and why; anything else that matches is a second implementation.
 *
 * - HTTP status specs (200, "2xx", "200-299"): src/core/template.ts statusMatches, judged in src/core/flow.ts.
 * - `{{name}}` templates and `{{fn:arg}}` placeholders: src/core/template.ts.
 * - dotted JSON paths: src/core/template.ts getPath.
 * - JWT decoding: src/core/jwt.ts (jose).
 * - HTTP flows (steps, assertions, extraction, edge signatures): schema src/core/config/flow.ts, judgement
 *   src/core/flow.ts, executor src/probes/http-flow.ts.
 */

interface Rule {
  name: string;
  /** matched line by line (comments and string contents included: a copy in a comment is still a copy) */
  pattern: RegExp;
  /** repo-relative files allowed to match, with the reason */
  allowed: Record<string, string>;
  /** when set, a matching line is a violation only if this also matches within `window` lines of it */
  near?: { pattern: RegExp; window: number };
}

const TEMPLATE = 'src/core/template.ts';
const FLOW = 'src/core/flow.ts';
const FLOW_SCHEMA = 'src/core/config/flow.ts';

const RULES: Rule[] = [
  {
    name: 'a registrable domain computed by hand (use apexOf, tldts and the Public Suffix List)',
    pattern: /split\(\s*['"]\.['"]\s*\)\s*\.slice\(\s*-2\s*\)/,
    allowed: {},
  },
  {
    name: 'a second dotenv parser (KEY=value lines with an optional export)',
    pattern: /\(\?:export\\s\+\)\?\)\(\[A-Za-z_\]|nodeParseEnv/,
    allowed: { 'src/checks/repo/env.ts': 'the one env reader (util.parseEnv for quoted values)' },
  },
  {
    name: 'a second statusMatches (definition or re-export)',
    pattern: /function\s+statusMatches\b|\bstatusMatches\s*[=:]\s*(?:\(|function)|export\s*\{[^}]*\bstatusMatches\b[^}]*\}\s*from/,
    allowed: { [TEMPLATE]: 'the one status grammar' },
  },
  {
    name: 'a second status-spec parser ("2xx" ranges)',
    pattern: /\[1-5\]\)?xx/,
    allowed: { [TEMPLATE]: 'statusMatches', [FLOW_SCHEMA]: 'the statusSpec validation regex of the one schema' },
  },
  {
    name: 'status specs judged outside the flow judgement',
    pattern: /\bstatusMatches\(/,
    allowed: { [TEMPLATE]: 'definition', [FLOW]: 'judgeResponse, used by gate, canary and monitor' },
  },
  {
    name: 'a second {{…}} template filler or placeholder regex',
    pattern: /\\\{\\\{|\.(?:replace|replaceAll|split|indexOf|includes|startsWith)\(\s*['"`][^'"`]*\{\{/,
    allowed: {
      [TEMPLATE]: 'the one grammar',
      'src/checks/logs/detectors.ts': 'recognises foreign template syntax ({{ x }} in Jinja/Handlebars/Go templates) in scanned logs as a placeholder value; fills nothing',
      'src/checks/secrets/engine.ts': 'recognises foreign template syntax in scanned source as a reference, not a secret; fills nothing',
      'src/checks/secrets/rules.ts': 'a CLI password flag whose value is a {{ template }} reference is not a secret; fills nothing',
      'src/stages/logs.ts': 'a cheap includes("{{fake:") pre-check before fillFixture',
    },
  },
  {
    name: 'a second dotted JSON-path walker',
    pattern: /for\s*\(\s*(?:const|let)\s+\w+\s+of\s+[^)]*\.split\(\s*(?:['"]\.['"]|\/\\\.\/)\s*\)|\.split\(\s*(?:['"]\.['"]|\/\\\.\/)\s*\)[^;]*\.reduce(?:<[^>]*>)?\(/,
    allowed: { [TEMPLATE]: 'getPath' },
  },
  {
    name: 'JWT decoded by hand (base64/base64url text decoded next to JSON.parse)',
    pattern: /['"]base64(?:url)?['"]\)\.toString\(|\.replace\(\/-\/g,\s*['"]\+['"]\)/,
    near: { pattern: /JSON\.parse\(/, window: 3 },
    allowed: {},
  },
  {
    name: "jose's JWT decoders used outside the one reader",
    pattern: /\b(?:decodeJwt|decodeProtectedHeader)\b[^;]*from\s*['"]jose['"]|from\s*['"]jose['"][^;]*\b(?:decodeJwt|decodeProtectedHeader)\b/,
    allowed: { 'src/core/jwt.ts': 'readJwt / readJwsHeader' },
  },
  {
    name: 'a second flow-step extractor ("json:" / "header:" / "cookie:" / "regex:" specs)',
    pattern: /Object\.(?:entries|keys|values)\([\w.]*\.extract\)|\.startsWith\(['"](?:json|regex|header|cookie):['"]\)/,
    allowed: { [FLOW]: 'extractVars and what it needs to know before the request' },
  },
  {
    name: 'a second flow judgement or edge/WAF signature table',
    pattern: /function\s+(?:judgeResponse|detectEdgeBlock|extractVars|buildRequest|updateJar)\b|\bcf-mitigated\b/,
    allowed: { [FLOW]: 'the one judgement' },
  },
  {
    name: 'a second flow executor',
    pattern: /function\s+runFlow\b|function\s+runStep\b|\bhttpOnce\b|\bflowOnce\b/,
    allowed: { 'src/probes/http-flow.ts': 'the one executor' },
  },
  {
    name: 'a second step/assertion schema',
    pattern: /\b(?:expectStatus|bodyContains|bodyNotContains|extract)\s*:\s*z\b/,
    allowed: { [FLOW_SCHEMA]: 'flowStep / assertionFields' },
  },
];

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else if (p.endsWith('.ts') && !p.endsWith('.test.ts') && !p.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

/** Every violation of the rules in `files` (repo-relative path -> text). */
export function violations(files: Map<string, string>, rules: Rule[] = RULES): string[] {
  const bad: string[] = [];
  for (const [file, text] of files) {
    const lines = text.split('\n');
    for (const rule of rules) {
      if (Object.hasOwn(rule.allowed, file)) continue;
      lines.forEach((line, i) => {
        if (!rule.pattern.test(line)) return;
        if (rule.near) {
          const lo = Math.max(0, i - rule.near.window);
          const around = lines.slice(lo, i + rule.near.window + 1).join('\n');
          if (!rule.near.pattern.test(around)) return;
        }
        bad.push(`${file}:${i + 1}: ${rule.name}: ${line.trim().slice(0, 140)}`);
      });
    }
  }
  return bad;
}

test('one way to do each thing: no second status matcher, template filler, JSON path, JWT decoder or flow engine in src/', () => {
  const files = new Map<string, string>();
  for (const f of walk(join(ROOT, 'src'))) files.set(relative(ROOT, f).split('\\').join('/'), readFileSync(f, 'utf8'));
  assert.ok(files.size > 100, `read ${files.size} source files`);
  for (const rule of RULES) for (const f of Object.keys(rule.allowed)) assert.ok(files.has(f), `${rule.name}: allowed file ${f} does not exist (stale rule)`);
  assert.deepEqual(violations(files), []);
});

test('the rules catch the copies this issue removed (each pattern fails a known second implementation)', () => {
  const copies = new Map<string, string>([
    // monitor/probes.ts before: its own extract loop with a split('.') walker
    ['src/monitor/old.ts', "    for (const [k, spec] of Object.entries(s.extract)) {\n      for (const part of arg.split('.').filter(Boolean)) v = (v as Record<string, unknown> | undefined)?.[part];"],
    // api-client.ts before: base64url JWT decoding and its own template filler
    ['src/probes/old-client.ts', "    const p = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8')) as { exp?: unknown };\n    return value.replace(/\\{\\{\\s*(\\w+)\\s*\\}\\}/g, (m, k) => m);"],
    // logs detectors before: base64url -> base64 then JSON.parse two lines below
    ['src/checks/logs/old.ts', "    const pad = s.replace(/-/g, '+').replace(/_/g, '/');\n    const out = Buffer.from(pad, 'base64').toString('utf8');\n    header = JSON.parse(out);"],
    // a status matcher and a status-spec regex in a command
    ['src/cli/old-gate.ts', "export function statusMatches(status: number, specs: string[]) {\n    const x = /^([1-5])xx$/.exec(s);\n  if (!statusMatches(res.status, s.expectStatus)) problems.push('status');"],
    // AI pack before: replaceAll fillers, and a reduce walker
    ['src/checks/ai/old.ts', "    .replaceAll('{{marker}}', v.marker)\n  const get = (p: string): unknown => p.split('.').reduce<unknown>((cur, k) => cur, o);"],
    // a second schema and executor
    ['src/core/config/sections/old.ts', "    expectStatus: z.array(statusSpec).default(['2xx']),\n    extract: z.record(z.string(), z.string()),"],
    ['src/monitor/old-probes.ts', 'export async function httpOnce(c: HttpCheck) {}\nconst x = { "cf-mitigated": 1 };'],
    ['src/checks/api/old-jwt.ts', "import { decodeJwt as josePayload, decodeProtectedHeader } from 'jose';"],
    // init and dns/ns before: the last two labels as "the domain" (my-app.vercel.app became vercel.app)
    ['src/cli/commands/old-init.ts', "    const apex = remote[0]!.host.split('.').slice(-2).join('.');"],
    // gate before: its own KEY=value reader, which read `X=1 # c` as `1 # c`
    ['src/cli/commands/old-env.ts', "    const m = /^(\\s*(?:export\\s+)?)([A-Za-z_][A-Za-z0-9_]*)\\s*=(.*)$/.exec(line);"],
  ]);
  const found = violations(copies);
  const rulesHit = new Set(found.map((v) => v.split(': ')[1]));
  for (const rule of RULES) assert.ok(rulesHit.has(rule.name), `rule "${rule.name}" caught none of the known copies:\n${found.join('\n')}`);
  // file:line is named
  assert.ok(found.some((v) => v.startsWith('src/checks/logs/old.ts:1: JWT decoded by hand')), found.join('\n'));
  // a base64 decode with no JSON.parse nearby (the AI pack's canary search) is not a JWT decoder
  assert.deepEqual(violations(new Map([['src/checks/ai/x.ts', "const decoded = Buffer.from(m[0].replace(/-/g, '+'), 'base64').toString('utf8');\nif (decoded.includes(canary)) return 'base64';"]])), []);
});
