import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from './package-root.js';

/**
 * The shipped list of known JWT HMAC secrets (data/jwt-secrets.txt: Wallarm's jwt-secrets list, MIT licence, see
 * data/jwt-secrets.SOURCE.md). Read once per process; an unreadable list is an error the caller reports, never an
 * empty list that would let api/jwt-weak-secret pass.
 */
let cached: string[] | undefined;

export const JWT_WORDLIST_FILE = 'data/jwt-secrets.txt';

export function loadJwtWordlist(file = join(packageRoot(), JWT_WORDLIST_FILE)): string[] {
  if (cached && file === join(packageRoot(), JWT_WORDLIST_FILE)) return cached;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new Error(`cannot read the JWT secret list ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, { cause: err });
  }
  const list = text.split('\n').filter((l) => l.length > 0);
  if (list.length === 0) throw new Error(`the JWT secret list ${file} is empty`);
  if (file === join(packageRoot(), JWT_WORDLIST_FILE)) cached = list;
  return list;
}
