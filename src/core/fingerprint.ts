import * as crypto from 'node:crypto';
import type { Location } from './types.js';

/** Short stable hash of a value; used for finding ids and to name a secret without showing it. */
export function hashHex(value: string, length = 16): string {
  return oneShot(value).slice(0, length);
}

// crypto.hash (Node >= 20.12) hashes in one call, several times cheaper than a Hash object for short strings:
// every finding's id and every secret's fingerprint goes through here (thousands per dense run, issue 14)
const cryptoHash = (crypto as { hash?: (algorithm: string, data: string, encoding: 'hex') => string }).hash;
const oneShot: (value: string) => string = cryptoHash ? (v) => cryptoHash('sha256', v, 'hex') : (v) => crypto.createHash('sha256').update(v).digest('hex');

/**
 * The part of a location that identifies *what* is affected, not *where on the line*: lines and columns move
 * when code is edited, so they never enter the fingerprint (gitleaks and GitHub code scanning do the same with
 * partial fingerprints).
 */
export function locationKey(loc: Location | undefined): string {
  if (!loc) return '';
  const parts = [loc.file, loc.host, loc.record, loc.method, loc.path ?? loc.url].filter((p) => p !== undefined && p !== '');
  return parts.join('|');
}

/** Stable finding id: checkId + messageId + target (+ an optional extra key such as a secret's hash). */
export function findingFingerprint(checkId: string, messageId: string, target: string, extra = ''): string {
  return hashHex([checkId, messageId, target, extra].join('\u0000'));
}
