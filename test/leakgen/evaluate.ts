import { detectChunk } from '../../src/checks/logs/scanner.js';
import { loadSecretEngine } from '../../src/checks/logs/secret-engine.js';
import { DEFAULT_SCAN_OPTIONS, type LogKind } from '../../src/checks/logs/types.js';
import type { LogCorpus, Planted } from './generate.js';

/**
 * Scores the log detectors on a generated corpus, per planted value: found when a hit of the planted kind sits
 * on the planted line and covers the value; a false alarm is any credential/identifier hit on a line that
 * holds no planted leak of that kind (look-alike lines and filler alike). Aggregate-only kinds that are not
 * planted here (personal data in bulk, webhook payloads, stack traces) are left out of the count.
 */
const SCORED: ReadonlySet<LogKind> = new Set(['secret', 'auth-token', 'session-id', 'password', 'card-number', 'bank-account', 'national-id']);

export interface Score {
  planted: number;
  found: number;
  falseAlarms: number;
  recall: number;
  precision: number;
  missed: Planted[];
  alarms: { file: string; line: number; kind: string; messageId: string; text: string }[];
}

export async function scoreLogs(corpus: LogCorpus): Promise<Score> {
  const engine = (await loadSecretEngine()).engine;
  const opts = { ...DEFAULT_SCAN_OPTIONS, now: new Date('2026-12-01T00:00:00Z') };
  const missed: Planted[] = [];
  const alarms: Score['alarms'] = [];
  let found = 0;
  for (const f of corpus.files) {
    const { hits } = detectChunk(f.text, 1, opts, engine);
    const lines = f.text.split('\n');
    const plantedHere = corpus.planted.filter((p) => p.file === f.name);
    for (const p of plantedHere) {
      const ok = hits.some((h) => h.kind === p.kind && h.loc.line === p.line && (h.value.includes(p.value) || p.value.includes(h.value)));
      if (ok) found++;
      else missed.push(p);
    }
    const seen = new Set<string>();
    for (const h of hits) {
      if (!SCORED.has(h.kind)) continue;
      if (plantedHere.some((p) => p.line === h.loc.line)) continue; // a planted line: scored by recall
      const k = `${h.loc.line}|${h.kind}`;
      if (seen.has(k)) continue;
      seen.add(k);
      alarms.push({ file: f.name, line: h.loc.line, kind: h.kind, messageId: h.messageId, text: lines[h.loc.line - 1]!.slice(0, 160) });
    }
  }
  const planted = corpus.planted.length;
  return { planted, found, falseAlarms: alarms.length, recall: found / planted, precision: found / (found + alarms.length || 1), missed, alarms };
}
