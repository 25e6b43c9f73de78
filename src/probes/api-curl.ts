import type { ConnectToRule } from './net.js';

/**
 * Reproduction material for API findings: a `curl` command per exchange and a short request/response
 * evidence text. Identity credentials never appear: they become `$LAUNCHREADY_TOKEN_<NAME>` placeholders
 * (the exchange keeps which headers carried them), and everything else passes the central redactor later.
 */

export interface CurlInput {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
  /** header names whose value is an identity credential, mapped to the env variable that stands for it */
  credentialHeaders?: Record<string, string>;
  connectTo?: ConnectToRule[];
}

function sq(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

export function envVarFor(identity: string): string {
  return `LAUNCHREADY_TOKEN_${identity.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
}

const SKIP_HEADERS = new Set(['user-agent', 'content-length', 'host', 'connection']);

export function buildCurl(x: CurlInput): string {
  const parts = ['curl', '-sS', '-i'];
  if (x.method !== 'GET' || x.body !== undefined) parts.push('-X', x.method);
  parts.push(sq(x.url));
  for (const r of x.connectTo ?? []) {
    parts.push('--connect-to', sq(`${r.fromHost}:${r.fromPort}:${r.toHost}:${r.toPort}`));
  }
  for (const [k, v] of Object.entries(x.headers)) {
    if (SKIP_HEADERS.has(k.toLowerCase())) continue;
    const env = x.credentialHeaders?.[k.toLowerCase()];
    if (env) parts.push('-H', `"${k}: ${v.replace(/[A-Za-z0-9._~+/=-]{8,}$/, `$${env}`).replace(/"/g, '\\"')}"`);
    else parts.push('-H', sq(`${k}: ${v}`));
  }
  let prefix = '';
  if (x.body !== undefined) {
    if (x.body.length > 4096) {
      // Oversized bodies: generate instead of pasting megabytes into a report.
      const ch = x.body[0] ?? 'a';
      prefix = `head -c ${Buffer.byteLength(x.body)} /dev/zero | tr '\\0' ${sq(ch)} | `;
      parts.push('--data-binary', '@-');
    } else {
      parts.push('--data-raw', sq(x.body));
    }
  }
  return prefix + parts.join(' ');
}

export interface EvidenceInput {
  method: string;
  url: string;
  identity: string;
  requestHeaders: Record<string, string>;
  requestBody?: string;
  status?: number;
  responseHeaders?: Record<string, string>;
  responseBody?: string;
  ms?: number;
  error?: string;
}

const SHOW_REQ = /^(authorization|cookie|content-type|origin|x-api-key|stripe-signature|x-hub-signature-256|x-signature|access-control-request-method)$/i;
const SHOW_RES = /^(content-type|location|www-authenticate|retry-after|cache-control|access-control-allow-origin|access-control-allow-credentials|set-cookie|vary)$/i;

function clip(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n)}… (${s.length} chars)` : s;
}

/** A compact request/response pair: request line, the headers that matter, status, headers, body excerpt. */
export function exchangeEvidence(x: EvidenceInput, maxBody = 600): string {
  const lines = [`> ${x.method} ${x.url}   [as ${x.identity}]`];
  for (const [k, v] of Object.entries(x.requestHeaders)) if (SHOW_REQ.test(k)) lines.push(`> ${k}: ${clip(v, 200)}`);
  if (x.requestBody !== undefined && x.requestBody !== '') lines.push(`> ${clip(x.requestBody, 300)}`);
  if (x.error) {
    lines.push(`< (no response: ${x.error})`);
    return lines.join('\n');
  }
  lines.push(`< HTTP ${x.status}${x.ms !== undefined ? `  (${x.ms} ms)` : ''}`);
  for (const [k, v] of Object.entries(x.responseHeaders ?? {})) if (SHOW_RES.test(k)) lines.push(`< ${k}: ${clip(v, 200)}`);
  if (x.responseBody) lines.push(`< ${clip(x.responseBody.replace(/\s+/g, ' '), maxBody)}`);
  return lines.join('\n');
}
