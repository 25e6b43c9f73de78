import { createHash } from 'node:crypto';
import type { Location } from './types.js';

/** Short stable hash of a value; used for finding ids and to name a secret without showing it. */
export function hashHex(value: string, length = 16): string {
  return createHash('sha256').update(value).digest('hex').slice(0, length);
}

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
