import { BudgetExceededError } from './errors.js';

/**
 * A global request budget shared by every probe of a run. Probes call `take()` before each request; when the
 * budget is spent the probe throws and the check that asked reports status: error (never a silent pass).
 */
export class RequestBudget {
  private usedCount = 0;
  private readonly perCheck = new Map<string, number>();
  constructor(readonly limit: number) {
    if (!Number.isFinite(limit) || limit < 0) throw new RangeError(`budget must be a non-negative number, got ${limit}`);
  }

  take(checkId = '-', n = 1): void {
    if (this.usedCount + n > this.limit) throw new BudgetExceededError(this.limit);
    this.usedCount += n;
    this.perCheck.set(checkId, (this.perCheck.get(checkId) ?? 0) + n);
  }

  get used(): number {
    return this.usedCount;
  }

  get remaining(): number {
    return this.limit - this.usedCount;
  }

  usedBy(checkId: string): number {
    return this.perCheck.get(checkId) ?? 0;
  }

  byCheck(): Record<string, number> {
    return Object.fromEntries(this.perCheck);
  }
}
