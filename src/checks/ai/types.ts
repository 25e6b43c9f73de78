import type { AiEndpoint } from '../../core/config/sections/ai.js';
import type { HttpRequest, HttpResponse } from '../../probes/http.js';

/** Target of every ai check: one LLM-backed endpoint from config `ai.endpoints`. */
export interface AiTarget {
  endpoint: AiEndpoint;
}

/** The loopback canary the SSRF payloads point at (src/probes/api-canary.ts). */
export interface AiCanary {
  newToken(): string;
  url(token: string, path?: string): string;
  /** serve this body for the token (a page with instructions for the indirect class) */
  page(token: string, body: string, contentType?: string): void;
  waitFor(token: string, ms: number): Promise<{ token: string; path: string } | undefined>;
}

/** Credentials of the endpoint's identity (header/cookie/query), logged in once per run. */
export interface AiAuth {
  headers: Record<string, string>;
  query: Record<string, string>;
}

/** Probes the ai stage hands to its checks (scoped by allowlist, budget and rate in the stage). */
export interface AiProbes {
  http: { request(req: HttpRequest, checkId?: string, signal?: AbortSignal): Promise<HttpResponse> };
  /** the identity's credentials for an endpoint that names one; undefined when none is named */
  auth?(endpoint: AiEndpoint, checkId: string): Promise<AiAuth | undefined>;
  /** starts the loopback canary on first use; undefined in offline tests */
  canary?(): Promise<AiCanary>;
  /** waits so that the endpoint's declared quota is never exceeded by the pack itself */
  pace?(endpoint: AiEndpoint, signal?: AbortSignal): Promise<void>;
}

/**
 * Attack classes of the red-team pack. Each has one check, so a report says which kind of attack worked:
 * leak (ask for the prompt), injection (override in the user turn), jailbreak (persona / role-play), encoding
 * (obfuscated asks and answers), indirect (instructions inside content the app stores or fetches), tool-abuse,
 * cross-user, ssrf (URL-fetching tools), exfiltration (markdown images and links to unlisted hosts).
 */
export type PayloadCategory = 'leak' | 'injection' | 'jailbreak' | 'encoding' | 'indirect' | 'tool-abuse' | 'cross-user' | 'ssrf' | 'exfiltration';

export interface Payload {
  id: string;
  category: PayloadCategory;
  /**
   * May use {{marker}} (a per-run nonce the model is told to print), {{otherUser}}, {{canaryUrl}} (a unique URL of
   * the loopback canary) and {{exfilUrl}} (a URL on an unlisted host that is never contacted).
   */
  input: string;
  /** indirect payloads: the text planted in a page the canary serves ({{canaryUrl}}) */
  page?: string;
  /** what a success proves (docs and findings) */
  technique?: string;
}

/** How a tool call came back: the app's own word on it, not the model's. */
export type ToolOutcome = 'executed' | 'blocked' | 'pending' | 'unknown';

export interface ToolCallSeen {
  name: string;
  outcome: ToolOutcome;
  /** the raw outcome text, for evidence */
  raw?: string;
}

/** One payload sent and what came back. */
export interface AiExchange {
  payload: Payload;
  /** the payload as sent (placeholders filled) */
  input: string;
  status?: number;
  /** the model's reply (response JSON path applied) */
  reply: string;
  /** HTML the app rendered from the reply (config `render`), when set */
  rendered?: string;
  /** tool calls the model made, with their outcomes */
  tools: ToolCallSeen[];
  /** names of tools called (kept for older readers) */
  toolCalls: string[];
  /** token usage reported by the response (config `usage`) */
  usage?: number;
  /** response headers worth judging (provider details) */
  headers?: Record<string, string>;
  /** the raw body when the app answered an error status (provider details leak there) */
  errorBody?: string;
  /** canary tokens this exchange pointed the model at */
  canaryTokens?: string[];
  /** seed step that planted content first */
  seed?: string;
  error?: string;
}

/** Requests sent to see how the endpoint copes with malformed input (ai/error-leak). */
export interface AiErrorProbe {
  kind: 'invalid-json' | 'missing-input' | 'wrong-type' | 'empty-input' | 'oversized-input';
  status?: number;
  /** token usage the answer reports (oversized input) */
  usage?: number;
  /** characters sent (oversized input) */
  chars?: number;
  body: string;
  headers: Record<string, string>;
  error?: string;
}

/** Rate, size and cost caps (ai/resource-limits). */
export interface AiLimitsEvidence {
  burst: { sent: number; statuses: Record<string, number>; ms: number; quota?: { requests: number; perSeconds: number }; advertised?: string };
  oversize: { chars: number; status?: number; usage?: number; error?: string };
  /** usage of an ordinary payload, to compare the oversized one with */
  baselineUsage?: number;
}

export interface AiTranscript {
  endpoint: string;
  /** the nonce injection payloads ask the model to print */
  marker: string;
  exchanges: AiExchange[];
  errorProbes: AiErrorProbe[];
  /** canary tokens the app fetched (URL-fetching tools): token → payload id */
  canaryHits: { token: string; payload: string; path: string }[];
  /** why SSRF could not be observed (no canary in this run) */
  canaryUnavailable?: string;
}
