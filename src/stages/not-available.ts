import { LaunchreadyError } from '../core/errors.js';

/** A capability that lands in a later issue: exit 2 with a clear message, never a pretend pass. */
export class NotAvailableError extends LaunchreadyError {
  constructor(what: string, issue: number) {
    super('E_NOT_AVAILABLE', `${what} is not available yet in launchready ${'0.1'} (tracked in issue #${issue})`);
  }
}
