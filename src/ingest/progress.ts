/** Counts an ingest run keeps; the progress line and the final summary print them. */
export interface IngestCounts {
  read: number;
  added: number;
  /** already in the store (an earlier or interrupted run) or repeated in this run */
  skipped: number;
  duplicates: number;
  notEnglish: number;
  errors: number;
}

const BAR = 24;

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.round(seconds);
  return s >= 3600 ? `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`
    : s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}

/**
 * Progress on stderr: a redrawn bar on a terminal (articles/s, ETA from the input bytes done, errors),
 * otherwise a plain line every `every` seconds. Time comes from the caller so tests can drive it.
 */
export class Progress {
  private lastLine: number;
  private drawn = false;

  constructor(
    private readonly out: NodeJS.WritableStream,
    private readonly tty: boolean,
    private readonly totalBytes: number,
    private readonly started: number,
    private readonly every = 5,
  ) {
    // The first plain line comes after `every` seconds: a short run prints only its summary.
    this.lastLine = started;
  }

  line(counts: IngestCounts, bytesDone: number, now: number): string {
    const elapsed = Math.max((now - this.started) / 1000, 1e-3);
    const rate = (counts.added + counts.skipped) / elapsed;
    const share = this.totalBytes > 0 ? Math.min(1, bytesDone / this.totalBytes) : null;
    const eta = share !== null && share > 0 ? (elapsed * (1 - share)) / share : Number.NaN;
    const head = share !== null && this.tty ? `[${'#'.repeat(Math.round(share * BAR)).padEnd(BAR, '.')}] ${Math.floor(share * 100)}% ` : '';
    return `${head}${counts.added} added, ${counts.skipped} skipped, ${counts.duplicates} near-duplicates, ${counts.errors} errors; `
      + `${rate.toFixed(1)} articles/s${share !== null ? `, ETA ${duration(eta)}` : ''}`;
  }

  update(counts: IngestCounts, bytesDone: number, now: number): void {
    if (this.tty) {
      if (now - this.lastLine < 100) return;
      this.out.write(`\r\x1b[K${this.line(counts, bytesDone, now)}`);
      this.drawn = true;
    } else {
      if (now - this.lastLine < this.every * 1000) return;
      this.out.write(`newsgraph ingest: ${this.line(counts, bytesDone, now)}\n`);
    }
    this.lastLine = now;
  }

  /** Clear the bar before a log line, so messages do not land in the middle of it. */
  clear(): void {
    if (this.tty && this.drawn) this.out.write('\r\x1b[K');
    this.drawn = false;
  }
}
