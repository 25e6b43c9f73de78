import type { Check } from '../../core/check.js';
import expiry from './expiry.js';
import hostname from './hostname.js';
import chain from './chain.js';
import keySize from './key-size.js';
import legacyProtocols from './legacy-protocols.js';
import weakCiphers from './weak-ciphers.js';

/** Registry of tls checks, explicit (no filesystem discovery). All judge one shared handshake per host:port. */
export const tlsChecks: Check[] = [expiry, hostname, chain, keySize, legacyProtocols, weakCiphers];
