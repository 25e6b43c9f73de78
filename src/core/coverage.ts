/**
 * The API coverage matrix (contract: top-level `coverage`): for every route × check, whether the check
 * actually tested it, was refused (budget, rate limit, 429, target down), found nothing to test there (n/a)
 * or failed to run (error). A reader sees what was NOT tested and why; a check with no `tested` cell must
 * not report a pass. Pure data: no I/O.
 */
export type CoverageState = 'tested' | 'refused' | 'n/a' | 'error';

export interface CoverageCell {
  state: CoverageState;
  /** why, for anything other than tested */
  reason?: string;
  /** set by the API client from an answer alone; a check's own verdict on the route replaces it */
  auto?: boolean;
}

export interface CoverageRoute {
  method: string;
  path: string;
  checks: Record<string, CoverageState>;
  /** reasons per check for non-tested cells */
  reasons?: Record<string, string>;
}

/** Order of precedence when a check marks the same route twice: a single tested probe wins. */
const RANK: Record<CoverageState, number> = { tested: 3, error: 2, refused: 1, 'n/a': 0 };

export class CoverageRecorder {
  private readonly cells = new Map<string, Map<string, CoverageCell>>();
  private readonly order: { method: string; path: string }[] = [];

  private key(method: string, path: string): string {
    return `${method.toUpperCase()} ${path}`;
  }

  /** Declare a route (from the OpenAPI document or discovery) so it appears even when no check touched it. */
  route(method: string, path: string): void {
    const k = this.key(method, path);
    if (!this.cells.has(k)) {
      this.cells.set(k, new Map());
      this.order.push({ method: method.toUpperCase(), path });
    }
  }

  has(method: string, path: string): boolean {
    return this.cells.has(this.key(method, path));
  }

  /**
   * Record a cell. `auto` marks come from the API client seeing an answer (any answer reads as tested); a check's own
   * mark is its verdict on the route and replaces an auto mark whatever it says (a 500 to every forged token is an
   * answer, yet the JWT check could not judge there: error). Among marks of one kind, a tested probe wins.
   */
  mark(checkId: string, route: { method: string; path: string }, state: CoverageState, reason?: string, opts: { auto?: boolean } = {}): void {
    this.route(route.method, route.path);
    const row = this.cells.get(this.key(route.method, route.path))!;
    const prev = row.get(checkId);
    const cell: CoverageCell = { state, ...(reason !== undefined && state !== 'tested' ? { reason } : {}), ...(opts.auto ? { auto: true } : {}) };
    if (prev) {
      if (opts.auto && !prev.auto) return;
      if (!(!opts.auto && prev.auto) && RANK[prev.state] >= RANK[state]) return;
    }
    row.set(checkId, cell);
  }

  /** Cells a check recorded, by state (for "no pass without a probe"). */
  countFor(checkId: string): Record<CoverageState, number> {
    const out: Record<CoverageState, number> = { tested: 0, refused: 0, 'n/a': 0, error: 0 };
    for (const row of this.cells.values()) {
      const c = row.get(checkId);
      if (c) out[c.state]++;
    }
    return out;
  }

  /** Cells by state over the whole matrix, and routes no check tested (the one-line summary of a report). */
  counts(): Record<CoverageState, number> & { routes: number; untestedRoutes: number } {
    const out = { tested: 0, refused: 0, 'n/a': 0, error: 0, routes: this.order.length, untestedRoutes: 0 };
    for (const row of this.cells.values()) {
      let any = false;
      for (const c of row.values()) {
        out[c.state]++;
        if (c.state === 'tested') any = true;
      }
      if (!any) out.untestedRoutes++;
    }
    return out;
  }

  toJSON(): { routes: CoverageRoute[]; counts: ReturnType<CoverageRecorder['counts']> } {
    return {
      counts: this.counts(),
      routes: this.order.map(({ method, path }) => {
        const row = this.cells.get(this.key(method, path))!;
        const checks: Record<string, CoverageState> = {};
        const reasons: Record<string, string> = {};
        for (const [id, c] of [...row].sort((a, b) => a[0].localeCompare(b[0]))) {
          checks[id] = c.state;
          if (c.reason) reasons[id] = c.reason;
        }
        return { method, path, checks, ...(Object.keys(reasons).length ? { reasons } : {}) };
      }),
    };
  }
}
