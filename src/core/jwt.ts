// jose's two decoders by their subpaths: its index loads every JWS/JWE/JWK module (~130 files, 25-35 ms of
// start-up in the CLI and in every secrets worker thread) for two base64url + JSON readers
import { decodeJwt } from 'jose/jwt/decode';
import { decodeProtectedHeader } from 'jose/decode/protected_header';

/**
 * The one JWT reader (issue 20: the API client, the secrets validators and the logs detector each had a
 * hand-written base64url + JSON.parse decoder next to `jose`). Decoding only: nothing here verifies a signature.
 * Pure: no I/O.
 */

export interface DecodedJwt {
  header: Record<string, unknown>;
  payload: Record<string, unknown>;
  /** the three compact parts as given (signature may be empty: alg "none") */
  parts: [string, string, string];
}

/**
 * Header and claims of a compact JWS (three dot-separated parts, a JSON object in each of the first two), or
 * undefined for anything else: jose throws on malformed input and every caller here treats that as "not a JWT".
 * Copies found in the wild are sometimes standard base64 (`+`, `/`, `=` padding) rather than base64url; they are
 * mapped to base64url first, as the decoders this replaces accepted them.
 */
export function readJwt(token: string): DecodedJwt | undefined {
  const parts = token.split('.');
  const compact = compactJws(parts);
  if (!compact) return undefined;
  try {
    const header = decodeProtectedHeader(compact) as Record<string, unknown>;
    const payload = decodeJwt(compact) as Record<string, unknown>;
    return { header, payload, parts: parts as [string, string, string] };
  } catch {
    // jose: "Invalid Token or Protected Header formatting", "Failed to base64url decode", "Invalid JWT Claims Set"
    return undefined;
  }
}

/**
 * The protected header of a compact JWS whose payload need not be JSON (a signed session cookie), or undefined.
 */
export function readJwsHeader(token: string): Record<string, unknown> | undefined {
  const compact = compactJws(token.split('.'));
  if (!compact) return undefined;
  try {
    return decodeProtectedHeader(compact) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

function compactJws(parts: string[]): string | undefined {
  if (parts.length !== 3) return undefined;
  return parts.map((p, i) => (i < 2 ? p.replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_') : p)).join('.');
}
