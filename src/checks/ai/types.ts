import type { AiEndpoint } from '../../core/config/sections/ai.js';
import type { HttpRequest, HttpResponse } from '../../probes/http.js';

/** Target of every ai check: one LLM-backed endpoint from config `ai.endpoints`. */
export interface AiTarget {
  endpoint: AiEndpoint;
}

/** Probes the ai stage hands to its checks (scoped by allowlist, budget and rate in the stage). */
export interface AiProbes {
  http: { request(req: HttpRequest, checkId?: string, signal?: AbortSignal): Promise<HttpResponse> };
}

export type PayloadCategory = 'leak' | 'injection' | 'jailbreak' | 'tool-abuse';

export interface Payload {
  id: string;
  category: PayloadCategory;
  /** may use {{marker}} (a per-run nonce the model is told to print) and {{otherUser}} */
  input: string;
}

/** One payload sent and what came back. */
export interface AiExchange {
  payload: Payload;
  /** the payload as sent (placeholders filled) */
  input: string;
  status?: number;
  /** the model's reply (response JSON path applied) */
  reply: string;
  /** names of tools the model called, when config names a toolCalls path */
  toolCalls: string[];
  error?: string;
}

export interface AiTranscript {
  endpoint: string;
  /** the nonce injection payloads ask the model to print */
  marker: string;
  exchanges: AiExchange[];
}
