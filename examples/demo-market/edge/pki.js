// Test-bed / demo PKI built at runtime with node-forge (keys from node:crypto, which is much faster than
// forge's pure-JS RSA). Nothing here is a real secret: every key is generated fresh per run.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import forge from 'node-forge';

const DAY = 86_400_000;

function rsaKey(bits = 2048) {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: bits, privateKeyEncoding: { type: 'pkcs1', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });
  const priv = forge.pki.privateKeyFromPem(privateKey);
  return { priv, pub: forge.pki.setRsaPublicKey(priv.n, priv.e), pem: privateKey };
}

function serial() {
  // positive 16-byte serial (leading 0x7f mask keeps it positive in DER)
  const b = randomBytes(16);
  b[0] &= 0x7f;
  return b.toString('hex');
}

/** A CA: { certPem, keyPem, cert, key } */
export function makeCa({ cn = 'launchready test CA', days = 3650 } = {}) {
  const k = rsaKey(2048);
  const cert = forge.pki.createCertificate();
  cert.publicKey = k.pub;
  cert.serialNumber = serial();
  cert.validity.notBefore = new Date(Date.now() - DAY);
  cert.validity.notAfter = new Date(Date.now() + days * DAY);
  const attrs = [{ name: 'commonName', value: cn }, { name: 'organizationName', value: 'launchready test bed' }];
  cert.setSubject(attrs);
  cert.setIssuer(attrs);
  cert.setExtensions([
    { name: 'basicConstraints', cA: true, critical: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  cert.sign(k.priv, forge.md.sha256.create());
  return { cert, key: k.priv, certPem: forge.pki.certificateToPem(cert), keyPem: k.pem };
}

/**
 * A leaf certificate for `names` signed by `ca` (or self-signed when ca is null).
 * notBefore/notAfter as Date or as day offsets from now: { fromDays: -400, toDays: -10 } is expired.
 */
export function makeLeaf(ca, { names, fromDays = -1, toDays = 90, bits = 2048 } = {}) {
  const k = rsaKey(bits);
  const cert = forge.pki.createCertificate();
  cert.publicKey = k.pub;
  cert.serialNumber = serial();
  cert.validity.notBefore = new Date(Date.now() + fromDays * DAY);
  cert.validity.notAfter = new Date(Date.now() + toDays * DAY);
  cert.setSubject([{ name: 'commonName', value: names[0] }]);
  cert.setIssuer(ca ? ca.cert.subject.attributes : [{ name: 'commonName', value: names[0] }]);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
    { name: 'extKeyUsage', serverAuth: true },
    { name: 'subjectAltName', altNames: names.map((n) => (/^[0-9.]+$/.test(n) ? { type: 7, ip: n } : { type: 2, value: n })) },
  ]);
  cert.sign(ca ? ca.key : k.priv, forge.md.sha256.create());
  return { certPem: forge.pki.certificateToPem(cert), keyPem: k.pem };
}

/** A DKIM public key record value (p=) of `bits` bits. */
export function dkimRecord(bits = 2048) {
  const { publicKey } = generateKeyPairSync('rsa', { modulusLength: bits, publicKeyEncoding: { type: 'spki', format: 'der' }, privateKeyEncoding: { type: 'pkcs8', format: 'pem' } });
  return `v=DKIM1; k=rsa; p=${publicKey.toString('base64')}`;
}
