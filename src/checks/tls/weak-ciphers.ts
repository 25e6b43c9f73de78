import { defineCheck, type ReportInput } from '../../core/check.js';
import { WEAK_CIPHER_PROBES } from '../../core/tls-ciphers.js';
import type { TlsHandshake, TlsLegacyResult } from '../../probes/tls.js';
import { tlsEvidence, tlsLegacyEvidence, type EdgeProbes, type EdgeTarget } from '../edge/evidence.js';
import { HANDSHAKE_FAILED, preamble, SKIPPED_MESSAGE, tlsLoc } from './common.js';

export function judgeWeakCiphers(t: EdgeTarget, hs: TlsHandshake, legacy: TlsLegacyResult | undefined): ReportInput[] {
  const pre = preamble(t, hs);
  if (pre) return pre;
  const l = tlsLoc(t);
  if (!legacy) return [{ messageId: 'skipped', status: 'skipped', severity: 'info', data: { host: t.host, reason: 'edge.tls.legacy is off' }, location: l }];
  const broken = legacy.weakCiphers.filter((w) => WEAK_CIPHER_PROBES.find((p) => p.name === w)?.grade === 'broken');
  const nfs = legacy.weakCiphers.filter((w) => WEAK_CIPHER_PROBES.find((p) => p.name === w)?.grade === 'no-forward-secrecy');
  const out: ReportInput[] = [];
  if (broken.length) out.push({ messageId: 'broken', data: { host: t.host, suites: broken.join(', ') }, location: l });
  if (nfs.length) out.push({ messageId: 'no-forward-secrecy', status: 'warn', severity: 'low', data: { host: t.host, suites: nfs.join(', ') }, location: l });
  if (!out.length) out.push({ messageId: 'ok', status: 'pass', severity: 'info', data: { host: t.host, cipher: hs.cipher ?? '', untested: legacy.untested.filter((u) => !u.startsWith('TLS')).join(', ') || 'none' }, location: l });
  return out;
}

export default defineCheck<EdgeTarget, EdgeProbes>({
  id: 'tls/weak-ciphers',
  title: 'Weak cipher suites refused',
  problem: 'Weak cipher suites accepted',
  titles: { 'no-forward-secrecy': 'Static-RSA key exchange (no forward secrecy) accepted on {{host}}' },
  area: 'tls',
  mode: 'active',
  description: 'The server refuses broken suites (3DES, RC4, NULL, EXPORT, anonymous) and static-RSA key exchange.',
  severity: 'high',
  cwe: 'CWE-327',
  messages: {
    ok: '{{host}}: no weak suites accepted (negotiated {{cipher}}; not testable here: {{untested}}).',
    broken: '{{host}} accepts broken cipher suites ({{suites}}): recorded traffic can be decrypted.',
    'no-forward-secrecy': '{{host}} accepts static-RSA key exchange ({{suites}}): no forward secrecy, a future key leak decrypts recorded sessions (RFC 9325).',
    'handshake-failed': HANDSHAKE_FAILED,
    skipped: SKIPPED_MESSAGE,
  },
  remediation: 'Allow only ECDHE suites with AES-GCM or ChaCha20 (Mozilla "intermediate" configuration); Cloudflare/Vercel/Netlify edges already do — this usually means the origin is reachable directly.',
  async run(ctx) {
    const hs = await tlsEvidence(ctx);
    const legacy = ctx.target.tls.legacy && hs.ok ? await tlsLegacyEvidence(ctx) : undefined;
    for (const r of judgeWeakCiphers(ctx.target, hs, legacy)) ctx.report(r);
  },
});
