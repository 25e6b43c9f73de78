import type { RunnerEvents } from '../core/runner.js';
import type { CheckRunInfo, Finding } from '../core/types.js';

/**
 * Live progress for long runs. On a TTY: one self-rewriting status line on stderr (so stdout stays clean for
 * --format json). Piped: nothing, except one line per stage when `stageLines` is on.
 */
export class ProgressDisplay implements RunnerEvents {
  private total = 0;
  private done = 0;
  private failed = 0;
  private readonly running = new Set<string>();
  private lastDraw = 0;
  private readonly started = Date.now();

  constructor(
    private readonly stream: NodeJS.WritableStream & { isTTY?: boolean; columns?: number },
    private readonly opts: { enabled?: boolean } = {},
  ) {}

  private get live(): boolean {
    return (this.opts.enabled ?? true) && this.stream.isTTY === true;
  }

  onStage(name: string, jobs: number): void {
    this.total += jobs;
    if (this.live) this.draw(true, `stage ${name}: ${jobs} checks`);
  }

  onCheckStart(job: { checkId: string }): void {
    this.running.add(job.checkId);
    this.draw(false);
  }

  onCheckEnd(info: CheckRunInfo, findings: Finding[]): void {
    this.running.delete(info.checkId);
    this.done++;
    this.failed += findings.filter((f) => f.status === 'fail').length;
    this.draw(false);
  }

  private draw(force: boolean, note?: string): void {
    if (!this.live) return;
    const now = Date.now();
    if (!force && now - this.lastDraw < 80) return; // at most ~12 redraws/s
    this.lastDraw = now;
    const secs = ((now - this.started) / 1000).toFixed(1);
    const cur = note ?? [...this.running].slice(0, 2).join(', ');
    const line = `[${this.done}/${this.total}] ${secs}s  ${this.failed} failing  ${cur}`;
    const width = (this.stream.columns ?? 80) - 1;
    this.stream.write(`\r\x1b[2K${line.slice(0, width)}`);
  }

  finish(): void {
    if (this.live) this.stream.write('\r\x1b[2K');
  }
}
