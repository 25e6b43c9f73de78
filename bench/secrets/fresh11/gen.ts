/**
 * Value generators for the eleventh fresh-repository bench (bench/secrets/fresh11.ts).
 *
 * The machinery (deterministic streams, checksums, key builders, password habits) and the inherited generators are
 * the sixth bench's (bench/secrets/fresh6/gen.ts), imported with a different seed ("fresh11-v1") and this corpus's
 * own words, plus generators for what a .NET tour operator's agent portal uses (Amadeus Self-Service key/secret,
 * Hotelbeds key/secret, Sabre EPR passwords, Cosmos DB and Azure Storage account keys, Service Bus and Azure Cache
 * for Redis access keys, Octopus API keys, Azure publish-profile passwords, Teams incoming-webhook URLs, ASP.NET
 * machineKey values, Data Protection master keys, ASP.NET Identity v3 password hashes, Seq API keys), written from
 * the providers' published formats as we know them, without reading launchready's rules.
 *
 * Every credential in the generated repository is made here at run time, never written as a literal in this
 * source tree. The one fixed value is Azurite's development account key, which Microsoft documents publicly.
 */
import { ALNUM, generators, HEX, SeededValues, UPPERNUM, type Gen } from '../fresh6/gen.js';

const WORDS = [
  'koffer', 'palme', 'strand', 'duene', 'fernweh', 'kompass', 'leuchtturm', 'lagune', 'sonnendeck', 'kreuzfahrt', 'fjord',
  'oase', 'brandung', 'hafen', 'insel', 'passat', 'riff', 'savanne', 'gondel', 'zugspitze', 'atlas', 'boarding', 'tukan',
];
const WEAK_BASES = ['fernweh', 'mallorca', 'sommer', 'urlaub', 'kreta', 'schalke', 'katrin', 'tobias', 'hamburg', 'sonne', 'reisen'];

const guid = (st: { pick(a: string, n: number): string }) => {
  const h = st.pick(HEX, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89ab'[parseInt(h[16]!, 16) % 4]}${h.slice(17, 20)}-${h.slice(20)}`;
};

const ADDITIONS: Record<string, Gen> = {
  // Amadeus for Developers: API key 32 alphanumerics, API secret 16
  amadeus_key: (_a, st) => st.pick(ALNUM, 32),
  amadeus_secret: (_a, st) => st.pick(ALNUM, 16),
  // Hotelbeds APItude: API key 32 hex, shared secret 10 lower-case alphanumerics
  hb_key: (_a, st) => st.pick(HEX, 32),
  hb_secret: (_a, st) => st.pick('abcdefghijklmnopqrstuvwxyz0123456789', 10),
  // a Hotelbeds X-Signature: SHA-256 hex of key+secret+timestamp (valid for seconds; a log artefact, not a credential)
  hb_sig: (_a, st) => st.pick(HEX, 64),
  // Sabre EPR password: 8 lower-case alphanumerics as the Dev Studio hands them out
  sabre_pw: (_a, st) => st.pick('abcdefghijkmnpqrstuvwxyz23456789', 8),
  // Sabre REST client id as the portal shows it (V1:epr:pcc:AA), which is a user id, not a secret
  sabre_client: (a) => `V1:${a || '7971'}:X1PJ:AA`,
  // Cosmos DB / Azure Storage account keys: base64 of 64 bytes
  acct_key: (_a, st) => st.bytes(64).toString('base64'),
  // Service Bus / Event Hubs SAS keys and Azure Cache for Redis access keys: base64 of 32 bytes
  sas_key: (_a, st) => st.bytes(32).toString('base64'),
  // Octopus Deploy API key: API- and 27 upper-case alphanumerics
  octopus: (_a, st) => `API-${st.pick(UPPERNUM, 27)}`,
  // Azure App Service publish-profile password (userPWD): 60 alphanumerics
  publish_pwd: (_a, st) => st.pick(ALNUM, 60),
  // Microsoft Teams incoming webhook (webhook.office.com, legacy connector form)
  teams_hook: (_a, st) =>
    `https://fernwehreisen.webhook.office.com/webhookb2/${guid(st)}@${guid(st)}/IncomingWebhook/${st.pick(HEX, 32)}/${guid(st)}`,
  // ASP.NET <machineKey>: HMACSHA256 validation key (128 hex), AES decryption key (64 hex), upper case as IIS writes them
  machine_val: (_a, st) => st.pick('0123456789ABCDEF', 128),
  machine_dec: (_a, st) => st.pick('0123456789ABCDEF', 64),
  // ASP.NET Core Data Protection master key (64 bytes, base64) in an unencrypted key ring file
  dp_master: (_a, st) => st.bytes(64).toString('base64'),
  // ASP.NET Identity v3 password hash: 0x01, PRF HMACSHA512, 100000 iterations, 16-byte salt, 32-byte subkey
  identity_v3: (_a, st) => {
    const head = Buffer.from([0x01, 0, 0, 0, 2, 0, 1, 0x86, 0xa0, 0, 0, 0, 16]);
    return Buffer.concat([head, st.bytes(48)]).toString('base64');
  },
  // Duende IdentityServer stores client secrets as base64 SHA-256 of the plain secret
  sha256_b64: (_a, st) => st.bytes(32).toString('base64'),
  // Seq API key: 20 alphanumerics
  seq_key: (_a, st) => st.pick(ALNUM, 20),
  // certificate thumbprint (SHA-1, 40 upper-case hex): identifies a certificate, grants nothing
  thumb: (_a, st) => st.pick('0123456789ABCDEF', 40),
  guid: (_a, st) => guid(st),
  // Azure Storage SAS URL for the voucher container of the portal's storage account
  voucher_sas: (_a, st) =>
    `https://stfernwehprod.blob.core.windows.net/vouchers?sp=racwdl&st=2024-03-18T08:00:00Z&se=2026-12-31T23:00:00Z&spr=https&sv=2022-11-02&sr=c&sig=${encodeURIComponent(st.bytes(32).toString('base64'))}`,
  // Azurite's well-known development account key (public, documented by Microsoft)
  azurite: () => 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==',
  // Application Insights connection string for the portal's resource (ingestion only; shipped to browsers)
  ai_conn: (_a, st) =>
    `InstrumentationKey=${guid(st)};IngestionEndpoint=https://germanywestcentral-1.in.applicationinsights.azure.com/;LiveEndpoint=https://germanywestcentral.livediagnostics.monitor.azure.com/;ApplicationId=${guid(st)}`,
  // Duende signing key file body: base64 of a serialised RSA key container
  duende_key: (_a, st, _n, value) =>
    Buffer.from(JSON.stringify({ KeyId: st.pick(HEX, 32), Algorithm: 'RS256', D: st.bytes(256).toString('base64'), Pem: value('pem_rsa8#duende').slice(0, 120) })).toString('base64'),
};

/** The eleventh corpus's values (seed fresh11-v1): the sixth's generators with this corpus's words, plus its own. */
export class Values extends SeededValues {
  constructor() {
    super('fresh11-v1', 'fresh11', {
      ...generators('fresh11-v1', { words: WORDS, weakBases: WEAK_BASES, userEmail: 'agentur@fernweh-reisen.de' }),
      ...ADDITIONS,
    });
  }
}
