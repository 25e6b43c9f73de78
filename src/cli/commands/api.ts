import { defineCommand } from '../command.js';
import { FORMAT_FLAGS, NETWORK_FLAGS } from '../output.js';
import { CONFIG_FLAGS, EVIDENCE_FLAGS, GATE_FLAGS, runConfigCommand } from '../run-config.js';

export const apiCommand = defineCommand({
  name: 'api',
  summary: 'black-box API security audit with real identities (authz matrix, JWT, webhooks, reset flow, rate limits...)',
  description:
    'Reads the `api` section of the config (base URL, OpenAPI document, identities, flows), logs every identity in,\n' +
    'discovers objects, and runs the API checks: missing authentication, BOLA across tenants and users, BFLA, JWT\n' +
    'forgery, CORS, rate limits, user enumeration, error handling, mass assignment (with api.allowWrites), sensitive\n' +
    'fields, webhook signatures and replay, reset tokens, SSRF (loopback canary), exposed debug routes, cacheable\n' +
    'private responses, secrets in served bundles and p95 latency. Only hosts named in the config are contacted, never\n' +
    'more than the request budget; every request is logged (redacted) to <report.dir>/api-evidence.jsonl.\n' +
    'Each finding carries the request/response pair and a curl command ($LAUNCHREADY_TOKEN_<IDENTITY> stands for tokens).',
  flags: { ...CONFIG_FLAGS, ...GATE_FLAGS, ...NETWORK_FLAGS, ...EVIDENCE_FLAGS, ...FORMAT_FLAGS },
  examples: [
    'launchready api --config launchready.yml',
    'launchready api --config launchready.yml --format json --output api-report.json',
    'launchready api --config launchready.yml --connect-to api.example.com:443:127.0.0.1:8443',
  ],
  async run(ctx) {
    return runConfigCommand(ctx, 'api', ['api']);
  },
});
