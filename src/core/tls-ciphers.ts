// The weak-cipher table is shared: the TLS probe offers each suite, the tls/weak-ciphers check grades by it.
// A constant, so it lives in core (a check may not import probe values; docs/architecture.md, "Layers").

/**
 * Weak suites asked for one at a time (OpenSSL names). 3DES (SWEET32), RC4 (RFC 7465), NULL/EXPORT/anonymous
 * are broken; static-RSA key exchange (kRSA) has no forward secrecy (RFC 9325 §4.1 "SHOULD NOT").
 */
export const WEAK_CIPHER_PROBES: { name: string; spec: string; grade: 'broken' | 'no-forward-secrecy' }[] = [
  { name: '3DES', spec: '3DES', grade: 'broken' },
  { name: 'RC4', spec: 'RC4', grade: 'broken' },
  { name: 'NULL', spec: 'eNULL', grade: 'broken' },
  { name: 'EXPORT', spec: 'EXP', grade: 'broken' },
  { name: 'anonymous', spec: 'aNULL', grade: 'broken' },
  { name: 'static-RSA', spec: 'kRSA', grade: 'no-forward-secrecy' },
];
