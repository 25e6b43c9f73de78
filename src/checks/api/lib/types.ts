import type { ApiClient, ApiExchange } from '../../../probes/api-client.js';
import type { Canary } from '../../../probes/api-canary.js';
import type { ApiIdentity, ApiModel, ApiRoute } from '../../../probes/api-openapi.js';
import type { CoverageRecorder } from '../../../core/coverage.js';
import type { TargetWatch } from '../../../probes/api-liveness.js';
import type { ImapMail, ImapSettings } from '../../../probes/mailbox-imap.js';

/** A secret scanner over text (the secrets area provides it; the stage wires it in). */
export interface TextSecretScanner {
  scan(text: string, file: string): Promise<{ ruleId: string; value: string; line: number; column?: number; title?: string; severity?: string }[]>;
}

/** What an API check gets as ctx.probes: the client (identities, budget, allowlist) and lazily started helpers. */
export interface ApiProbes {
  client: ApiClient;
  model: ApiModel;
  /** starts the loopback canary listener on first use */
  canary(): Promise<Canary>;
  /** undefined when the secret scanner is not available in this build */
  scanner?: TextSecretScanner;
  /** why the scanner is missing */
  scannerError?: string;
  /** route × check coverage matrix (contract `coverage`): mark every route a check tested, refused or could not test */
  coverage: CoverageRecorder;
  /** target liveness and per-check traffic (the stage's watch); absent when a check runs outside the stage */
  liveness?: TargetWatch;
  /**
   * The shipped list of known JWT secrets (data/jwt-secrets.txt), read by the stage's probe on first use: the file
   * read is I/O, so a check gets the words here and only cracks. Throws, naming the file, when it cannot be read.
   */
  jwtWordlist(): string[];
  /**
   * Messages to `to` in an IMAP mailbox (api.reset.mailbox kind imap), read by the stage's probe with the client's
   * allowlist and budget (one IMAP session = one request charged to `checkId`). HTTP mailboxes go through `client`.
   */
  imapMessages(settings: ImapSettings, to: string, checkId: string): Promise<ImapMail[]>;
}

export type { ApiClient, ApiExchange, ApiIdentity, ApiModel, ApiRoute, Canary };
