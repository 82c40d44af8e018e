/**
 * How the command line's run goes, on one line of stderr rewritten in place: only when a person is watching
 * (stderr a terminal, `CI` not set). Each step of the run says what it does; a step over articles says how
 * many are done, per second, and the time it has left. At 100,000 articles, reading takes less than half of
 * a run: names and comparisons, then writing the report, take the rest.
 */
export class Progress {
  private what = '';
  private total: number | undefined;
  private unit = 'articles';
  private count = 0;
  private started = 0;
  private shown = 0;
  /** Whether the line holds text (cleared before a line of its own is written). */
  private dirty = false;

  constructor(
    private readonly out: NodeJS.WriteStream = process.stderr,
    private readonly on = !!out.isTTY && !process.env.CI,
  ) {}

  /** Starts a step (“reading”), over `total` articles (or other units) when given; shown at once. */
  step(what: string, total?: number, unit = 'articles'): void {
    this.what = what;
    this.total = total;
    this.unit = unit;
    this.count = 0;
    this.started = performance.now();
    this.show(this.started);
  }

  /** One unit more of the step; the line is rewritten at most four times a second. */
  tick(): void {
    if (!this.on) return;
    this.count++;
    const now = performance.now();
    if (now - this.shown >= 250) this.show(now);
  }

  /** A line of its own (a notice about a file) where the progress line was, which is back at the next tick. */
  say(line: string): void {
    if (this.dirty) this.out.write('\r\x1b[K');
    this.out.write(line);
    this.dirty = false;
    this.shown = 0;
  }

  /** Clears the line: the run is over. */
  done(): void {
    if (this.dirty) this.out.write('\r\x1b[K');
    this.dirty = false;
  }

  private show(now: number): void {
    if (!this.on) return;
    this.shown = now;
    let line = `crosscheck: ${this.what}`;
    if (this.total === undefined) line += '…';
    else {
      const rate = this.count / Math.max((now - this.started) / 1000, 1e-3);
      const left = Math.ceil((this.total - this.count) / Math.max(rate, 1e-9));
      line +=
        `: ${this.count.toLocaleString('en-US')}/${this.total.toLocaleString('en-US')} ${this.unit}` +
        (this.count ? `, ${Math.round(rate).toLocaleString('en-US')}/s, ${left} s left` : '');
    }
    this.out.write(`\r${line}\x1b[K`);
    this.dirty = true;
  }
}
