// Fixed-window counters for the fixed twin (per IP + account, as OWASP's authentication cheat sheet advises).
export class Limiter {
  constructor(limit, windowMs) {
    this.limit = limit;
    this.windowMs = windowMs;
    this.hits = new Map();
  }
  /** true when this key is over the limit; counts the hit. */
  hit(key, now = Date.now()) {
    let e = this.hits.get(key);
    if (!e || now - e.start > this.windowMs) {
      e = { start: now, n: 0 };
      this.hits.set(key, e);
    }
    e.n++;
    return e.n > this.limit;
  }
  over(key, now = Date.now()) {
    const e = this.hits.get(key);
    return !!e && now - e.start <= this.windowMs && e.n >= this.limit;
  }
  retryAfter(key, now = Date.now()) {
    const e = this.hits.get(key);
    return e ? Math.max(1, Math.ceil((e.start + this.windowMs - now) / 1000)) : 1;
  }
}
