import { createHash } from 'node:crypto';
import type { MonitorEntry } from '../core/config/sections/monitor.js';

/** A monitor from the config with every default applied. */
export type ResolvedMonitor = MonitorEntry & {
  name: string;
  intervalMs: number;
  timeoutMs: number;
  retries: number;
  retryDelayMs: number;
  jitterMs: number;
  failThreshold: number;
  recoverThreshold: number;
  locations: string[];
  locationsThreshold: number;
  slo: number;
  alertChannels: string[];
};

export type ResultStatus = 'up' | 'down';

/** What one probe run observed. */
export interface ProbeOutcome {
  ok: boolean;
  latencyMs?: number;
  httpStatus?: number;
  /** why it failed, one line */
  error?: string;
  /** kind specific facts: certificate days left, DNS snapshot, failed checks, step timings */
  detail?: Record<string, unknown>;
}

/** One stored result. `id` is deterministic (monitor, location, scheduled slot) so a replay never duplicates. */
export interface ProbeResult {
  id: string;
  monitorId: string;
  location: string;
  /** the slot on the schedule grid this run belongs to (ms epoch) */
  slot: number;
  /** when the run finished (ms epoch) */
  at: number;
  status: ResultStatus;
  latencyMs: number | null;
  httpStatus: number | null;
  error: string | null;
  attempts: number;
  maintenance: boolean;
  detail: Record<string, unknown> | null;
}

export function resultId(monitorId: string, location: string, slot: number): string {
  return `${monitorId}@${location}@${slot}`;
}

export interface Incident {
  id: string;
  monitorId: string;
  /** when the outage began: the first failed result of the run of failures that opened it */
  openedAt: number;
  /** when the threshold was crossed and the alert went out (openedAt + the confirmation time) */
  detectedAt: number;
  closedAt: number | null;
  acknowledgedAt: number | null;
  acknowledgedBy: string | null;
  cause: string;
  /** deploy that preceded the failure, if any */
  deployId: string | null;
  /** the slot whose failure opened it: makes opening idempotent across restarts */
  openSlot: number;
}

export interface IncidentEvent {
  incidentId: string;
  at: number;
  kind: 'opened' | 'failure' | 'acknowledged' | 'resolved' | 'alert' | 'flapping' | 'note';
  message: string;
}

export interface DeployMarker {
  id: string;
  version: string;
  env: string;
  at: number;
  note: string | null;
}

export interface DeliveryLog {
  incidentId: string | null;
  channel: string;
  event: string;
  attempt: number;
  ok: boolean;
  at: number;
  status: number | null;
  error: string | null;
}

export interface HourRollup {
  monitorId: string;
  location: string;
  hour: number;
  total: number;
  up: number;
  p50: number | null;
  p95: number | null;
  p99: number | null;
  s2xx: number;
  s3xx: number;
  s4xx: number;
  s5xx: number;
  sErr: number;
}

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** id of a deploy marker: stable for the same (env, version, time) */
export function deployId(version: string, env: string, at: number): string {
  return createHash('sha256').update(`${env}\u0000${version}\u0000${at}`).digest('hex').slice(0, 16);
}
