import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Redactor } from '../core/redact.js';
import type { HttpExchange } from './http.js';

/**
 * Every HTTP exchange of the API stage, one JSON line each, redacted with the run's redactor (identity tokens
 * and passwords are registered before they are ever sent). Written synchronously so a crash keeps every line
 * written so far.
 */
export class EvidenceLog {
  private fd: number | null = null;
  lines = 0;
  constructor(
    readonly file: string,
    private readonly redactor: Redactor,
  ) {}

  open(): this {
    mkdirSync(dirname(this.file), { recursive: true });
    this.fd = openSync(this.file, 'w');
    return this;
  }

  write(x: HttpExchange): void {
    if (this.fd === null) return;
    // Redact each string value (not the serialised line: masking must never eat a JSON escape).
    const line = JSON.stringify(this.redactor.redactValue(x));
    writeSync(this.fd, line + '\n');
    this.lines++;
  }

  close(): void {
    if (this.fd === null) return;
    closeSync(this.fd);
    this.fd = null;
  }
}
