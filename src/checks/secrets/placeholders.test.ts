import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { scanText } from './engine.js';
import { randomFrom } from './rule-dsl.js';

/**
 * Placeholder grades (issue 14): a real-looking value in a provider format is a finding; a value in that format
 * that only reads like a placeholder is a low `unverified` warning; a value written to be read as blank is silent.
 * Every fixture is built at run time (no token literal in the repository).
 */
const verdict = (text: string, file = 'config/app.env') =>
  scanText(text, { file }).map((m) => `${m.ruleId}/${m.kind}/${m.severity}`);
const b64u = (s: string) => Buffer.from(s).toString('base64url');
const jwtIoSig = ['SflKxwRJSMeKKF2QT4fwp', 'MeJf36POk6yJV_adQssw5c'].join('');

const cases: { name: string; text: string; want: string[] | RegExp; file?: string }[] = [
  // AWS access key id
  { name: 'AWS key id, random body: secret', text: `AWS_ACCESS_KEY_ID=AKIA${randomFrom('A-Z2-7', 16)}`, want: /^aws-access-key\/secret\// },
  { name: 'AWS key id, one letter repeated (AKIAZZZZ…): low warn', text: `key: AKIA${'Z'.repeat(16)}`, want: ['aws-access-key/unverified/low'] },
  { name: 'AWS key id, X fill: silent', text: `key = AKIA${'X'.repeat(16)}`, want: [] },
  { name: 'AWS documentation key: silent', text: `aws_access_key: AKIA${'IOSFODNN7EXAMPLE'}`, want: [] },
  // Tailscale
  { name: 'Tailscale key, random: secret', text: `tskey-api-${randomFrom('A-Za-z0-9', 12)}-${randomFrom('A-Za-z0-9', 24)}`, want: ['tailscale-api-key/secret/high'] },
  { name: 'Tailscale key, AAAA-BBBB layout: low warn', text: `tskey-api-${'A'.repeat(12)}-${'B'.repeat(24)}`, want: ['tailscale-api-key/unverified/low'] },
  { name: 'Tailscale key, x fill: silent', text: `tskey-api-${'x'.repeat(12)}-${'x'.repeat(24)}`, want: [] },
  // typed filler and zero fill
  { name: 'Sentry user token, aaaa fill: silent', text: `sntryu_${'a'.repeat(64)}`, want: [] },
  // a provider format with EXAMPLE inside: warn, not silence
  { name: 'Linear key ending EXAMPLE: low warn', text: `LINEAR_API_KEY=lin_api_${randomFrom('A-Za-z0-9', 33)}EXAMPLE`, want: ['linear-api-key/unverified/low'] },
  // keyed rules: a sequence warns, a fill stays silent
  { name: 'keyed UUID 12345678-ABCD-…: low warn', text: 'MessageBirdToken="12345678-ABCD-ABCD-ABCD-1234567890AB"', want: /unverified\/low/ },
  { name: 'keyed value, aaaa fill: silent', text: `const privateaiToken = "${'a'.repeat(32)}";`, want: [] },
  // JWTs
  {
    name: 'the jwt.io sample: low warn',
    text: `Authorization: Bearer ${b64u('{"alg":"HS256","typ":"JWT"}')}.${b64u('{"sub":"1234567890","name":"John Doe","iat":1516239022}')}.${jwtIoSig}`,
    want: ['jwt/unverified/low'],
  },
  { name: 'jwt.io signature on a header that does not decode: silent', text: `${b64u('{"alg":"HS256","typ":"JWT"}').slice(0, -2)}.${b64u('{"sub":"1234567890"}')}.${jwtIoSig}`, want: [] },
  { name: 'header.payload without the signature: low warn', text: `token = ${b64u('{"typ":"JWT","alg":"HS256"}')}.${b64u('{"sub":"1234567890","iat":1516239022}')}`, want: ['jwt/unverified/low'] },
  // Discord
  {
    name: 'Discord bot token outside a discord name, id decodes: secret',
    text: `BOT=${b64u(`1${randomFrom('0-9', 17)}`).replace(/=+$/, '')}.${randomFrom('A-Za-z0-9_-', 6)}.${randomFrom('A-Za-z0-9_-', 27)}`,
    want: ['discord-bot-token-bare/secret/high'],
  },
  { name: 'dotted base64 triple whose first part is no id: silent', text: `value ${randomFrom('A-Za-z', 24)}.${randomFrom('A-Za-z', 6)}.${randomFrom('A-Za-z', 27)}`, want: [] },
  { name: 'Discord client id: public', text: `discordClientId = "${randomFrom('1-9', 1)}${randomFrom('0-9', 17)}"`, want: ['discord-client-id/public/info'] },
  { name: 'Discord client secret of 32 digits: secret', text: `discord_client_secret = "${randomFrom('0-9', 32)}"`, want: /^discord-client-secret\/secret/ },
  // Telegram: the rule follows the bot API's shape (5-16 digit id, :A + 34); the generic detector leaves look-alikes alone
  { name: 'Telegram bot token: secret', text: `telegramToken=${randomFrom('1-9', 1)}${randomFrom('0-9', 7)}:A${randomFrom('a-z0-9_-', 34)}`, want: ['telegram-bot-api-token/secret/high'] },
  { name: 'Telegram look-alike with a 4-digit id: silent', text: `telegram_api_token = "1562:A${randomFrom('a-z0-9', 34)}"`, want: [] },
  // generic detector: encoded prose and namespaced names are not secrets
  { name: 'base64 of plain words under a key name: silent', text: `ANY_KEY = ${Buffer.from('dummy text data for the test').toString('base64')}`, want: [] },
  { name: 'namespaced CamelCase name under a token name: silent', text: 'token: "clm06356:AgencyIdentificationCodeContentType"', want: [] },
  // documentation pages: a value found by its name alone is a low warning; a placeholder element is not XML text
  { name: 'token in an example payload of a docs page: low warn', text: `  "token": "${randomFrom('A-Za-z', 6)}${randomFrom('0-9', 3)}${randomFrom('A-Za-z', 12)}",`, file: 'docs/webhooks.mdx', want: ['generic-secret/unverified/low'] },
  { name: '<your-smtp-password> followed by the next config line: silent', text: 'SMTP_PASSWORD=<your-smtp-password>\nSMTP_FROM_NAME=Documenso', file: 'docs/deploy.mdx', want: [] },
  { name: 'XML element text that closes: secret', text: `<dbPassword>${randomFrom('A-Za-z', 6)}${randomFrom('0-9', 3)}!${randomFrom('A-Za-z', 4)}</dbPassword>`, file: 'config/app.xml', want: ['generic-password/secret/high'] },
  // (Microsoft documents it as the emulator's fixed key, in every Azure Functions template: like the Cosmos emulator key)
  { name: 'Azurite development storage key: silent', text: `AccountName=devstoreaccount1;AccountKey=${['Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq', '/K1SZFPTOtr/KBHBeksoGMGw=='].join('')};`, want: [] },
  // exact layouts: OpenAI's T3BlbkFJ marker, Groq's length with no trailing - or _, Notion's 11 digits
  { name: 'OpenAI project key with the marker: secret', text: `OPENAI_API_KEY=sk-proj-${randomFrom('A-Za-z0-9', 74)}${'T3Blbk'}FJ${randomFrom('A-Za-z0-9', 74)}`, want: ['openai-api-key/secret/high'] },
  { name: 'OpenAI-shaped key with a wrong marker: silent', text: `sk-proj-${randomFrom('A-Za-z0-9', 20)}T4BlbkFJ${randomFrom('A-Za-z0-9', 20)}`, want: [] },
  { name: 'Groq key: secret', text: `GROQ_API_KEY=gsk_${randomFrom('A-Za-z0-9', 52)}`, want: ['groq-api-key/secret/high'] },
  { name: 'Groq look-alike continued by -uv: silent', text: `gsk_${randomFrom('A-Za-z0-9', 48)}-uv`, want: [] },
  { name: 'Notion token with 11 digits: secret', text: `NOTION_TOKEN=ntn_${randomFrom('0-9', 11)}${randomFrom('A-Za-z0-9', 35)}`, want: ['notion-api-token/secret/high'] },
  { name: 'Notion look-alike with 10 digits: silent', text: `ntn_${randomFrom('0-9', 10)}${randomFrom('A-Za-z', 36)}`, want: [] },
  // curl -u: shell quoting, continuation lines, an API key as the user name; references and placeholders silent
  { name: "curl --user kevin:'…' (quote mid-word): secret", text: `curl --user kevin:'${randomFrom('A-Za-z0-9', 16)}' -iX PATCH`, want: ['curl-auth-user/secret/high'] },
  { name: 'curl -u "<key>:" (key as user name): secret', text: `curl -u "${randomFrom('A-Za-z0-9', 10)}!t:" https://localhost:9200`, want: ['curl-auth-user/secret/high'] },
  { name: 'curl -u on a continuation line: secret', text: `curl -k -X POST https://cache:11222/rest \\\n  -d 'world' \\\n  -u developer:${randomFrom('A-Za-z', 16)}`, want: ['curl-auth-user/secret/high'] },
  { name: 'curl -u with variables: silent', text: 'curl -u "${username}":"${password}" https://api', want: [] },
  { name: 'curl -u user:pass placeholder: silent', text: 'curl http://127.0.0.1:5000/file --user user:pass --digest', want: [] },
  { name: 'curl -u with no password (curl prompts): silent', text: 'curl -u "myusername" http://localhost:15130/', want: [] },
  // widened or corrected layouts
  { name: 'Databricks token in upper-case hex with a -3 suffix: secret', text: `token: "dapi${randomFrom('0-9A-F', 32)}-3"`, want: ['databricks-api-token/secret/high'] },
  { name: 'Tailscale key written into an identifier (MY_tskey-…): secret', text: `MY_tskey-api-${randomFrom('A-Za-z0-9', 12)}-${randomFrom('A-Za-z0-9', 24)}`, want: ['tailscale-api-key/secret/high'] },
  { name: 'Tailscale key glued to a word (xtskey-…): silent', text: `xtskey-api-${randomFrom('A-Za-z0-9', 12)}-${randomFrom('A-Za-z0-9', 24)}`, want: [] },
  { name: 'Shopify shared secret in base62: secret', text: `shpss_${randomFrom('A-Za-z', 8)}${randomFrom('0-9', 4)}${randomFrom('A-Za-z0-9', 20)}`, want: ['shopify-shared-secret/secret/high'] },
  { name: 'Figma token longer than 40: secret', text: `FIGMA_TOKEN=figd_${randomFrom('A-Za-z0-9_-', 56)}`, want: ['figma-pat/secret/high'] },
  { name: 'Sidekiq credentials in hexspeak (cafebabe:deadbeef): low warn', text: 'BUNDLE_GEMS__CONTRIBSYS__COM: "cafebabe:deadbeef"', want: ['sidekiq-secret/unverified/low'] },
  { name: 'Sumo Logic access id: medium', text: `SUMO_ACCESS_ID = "su${randomFrom('0-9', 2)}${randomFrom('A-Za-z0-9', 10)}"`, want: ['sumologic-access-id/secret/medium'] },
  { name: 'Azure tenant id: public', text: `ad_tenant_id: "${randomFrom('a-f0-9', 8)}-${randomFrom('a-f0-9', 4)}-4${randomFrom('a-f0-9', 3)}-8${randomFrom('a-f0-9', 3)}-${randomFrom('a-f0-9', 12)}"`, want: ['azure-ad-identifier/public/info'] },
  { name: 'JWT naming a username (no registered claim): found', text: `Authorization: Bearer ${b64u('{"alg":"RS256"}')}.${b64u('{"username":"ops","permissions":["admin"]}')}.${randomFrom('A-Za-z0-9_-', 43)}`, want: /^jwt\/secret\// },
  // URL credentials: word placeholders that name themselves a password, and user = password at localhost
  { name: 'https://username:mypassword@…: silent', text: 'const GUIDE_URL = "https://username:mypassword@test.com/endpoint";', file: 'src/a.ts', want: [] },
  { name: 'https://username:REPLACE_WITH_PASSWORD@…: silent', text: 'const U = "https://username:REPLACE_WITH_PASSWORD@example.org";', file: 'src/a.ts', want: [] },
  { name: 'mongodb://mongodb:mongodb@localhost: silent', text: 'const M = "mongodb://mongodb:mongodb@localhost:27017/database";', file: 'src/a.ts', want: [] },
  { name: 'a random password at a remote host: high', text: `DB=postgres://app:${randomFrom('A-Za-z', 6)}${randomFrom('0-9', 3)}${randomFrom('A-Za-z', 3)}@db.prod.internal/app`, want: ['connection-string-password/secret/high'] },
  // Anthropic keys end in AA; an .ico- asset name is not an Infracost key
  { name: 'Anthropic key ending AA: secret', text: `ANTHROPIC_API_KEY=sk-ant-api03-${randomFrom('A-Za-z0-9_-', 93)}AA`, want: ['anthropic-api-key/secret/high'] },
  { name: 'Anthropic-shaped key ending BB: silent', text: `sk-ant-api03-${randomFrom('A-Za-z0-9', 93)}BB`, want: [] },
  { name: 'favicon.ico-<hash>.png: silent', text: `<img src="/assets/video_box.ico-${randomFrom('a-f0-9', 32)}.png">`, file: 'index.html', want: [] },
  // code, not a header value
  { name: 'authorization = req.headers.authorization: silent', text: 'const authorization = req.headers.authorization;', file: 'src/auth.ts', want: [] },
  { name: 'Authorization: Bearer <random>: high', text: `curl -H "Authorization: Bearer ${randomFrom('A-Za-z', 20)}${randomFrom('0-9', 6)}${randomFrom('A-Za-z0-9', 14)}" https://api.internal.dev`, file: 'deploy.sh', want: ['authorization-header/secret/high'] },
  // GitLab and Vault layouts
  { name: 'GitLab trigger token, 40 hex: secret', text: `glptt-${randomFrom('a-f0-9', 40)}`, want: ['gitlab-ptt/secret/high'] },
  { name: 'GitLab trigger token, 40 non-hex token characters: low warn', text: `glptt-${randomFrom('G-Zg-z', 20)}_${randomFrom('A-Za-z0-9', 19)}`, want: ['gitlab-ptt/unverified/low'] },
  { name: 'GitLab trigger token longer than 40: silent', text: `glptt-${randomFrom('G-Zg-z', 48)}`, want: [] },
  { name: 'GitLab job token without a partition prefix: secret', text: `glcbt-${randomFrom('A-Za-z', 10)}${randomFrom('0-9', 3)}_${randomFrom('a-z', 6)}`, want: ['gitlab-cicd-job-token/secret/high'] },
  { name: 'legacy Vault token under token: secret', text: `token: s.${randomFrom('A-Z', 4)}${randomFrom('0-9', 4)}${randomFrom('a-z', 4)}${randomFrom('A-Za-z0-9', 12)}`, want: ['vault-legacy-service-token/secret/high'] },
  { name: 'token: s.<24 capitals>: silent', text: 'token: s.THISSTRINGISALLUPPERCASE', want: [] },
  // Amazon Bedrock API keys
  {
    name: 'Bedrock long-lived key: secret',
    text: `AWS_BEARER_TOKEN_BEDROCK=ABSK${Buffer.from(`BedrockAPIKey-${randomFrom('a-z0-9', 4)}-at-${randomFrom('0-9', 12)}:${randomFrom('A-Za-z0-9+/', 60)}`).toString('base64')}`,
    want: ['aws-bedrock-api-key/secret/high'],
  },
  { name: 'Bedrock key body of EXAMPLE repeated: low warn', text: `ABSKQmVkcm9ja0FQSUtleS1${'EXAMPLE'.repeat(16)}EXM=`, want: ['aws-bedrock-api-key/unverified/low'] },
  { name: 'Bedrock prefix with a short EXAMPLE: silent', text: 'ABSKQmVkcm9ja0FQSUtleS1EXAMPLE', want: [] },
  // private key whose footer lost a dash in a copy
  {
    name: 'private key with a 4-dash footer: critical',
    text: `"private_key": "-----BEGIN PRIVATE KEY-----\\n${randomFrom('A-Za-z0-9+/', 64)}\\n${randomFrom('A-Za-z0-9+/', 64)}\\n-----END PRIVATE KEY----\\n"`,
    file: 'sa.json',
    want: ['private-key/secret/critical'],
  },
];

describe('placeholder grades: secret, low warn, silent (issue 14)', () => {
  for (const c of cases) {
    it(c.name, () => {
      const got = verdict(c.text, c.file);
      if (c.want instanceof RegExp) assert.ok(got.length === 1 && c.want.test(got[0]!), `${JSON.stringify(got)} !~ ${c.want}`);
      else assert.deepEqual(got, c.want);
    });
  }
});
