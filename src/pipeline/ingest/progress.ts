// A progress bar that only appears once a run has taken more than a second.
import { SingleBar, Presets } from 'cli-progress';

export class LazyProgress {
  private bar: SingleBar | null = null;
  private readonly started = Date.now();

  constructor(
    private readonly total: number,
    private readonly enabled: boolean,
  ) {}

  tick(done: number): void {
    if (!this.enabled) return;
    if (!this.bar && Date.now() - this.started > 1000) {
      this.bar = new SingleBar({ format: 'ingest [{bar}] {value}/{total} files', stream: process.stderr }, Presets.shades_classic);
      this.bar.start(this.total, done);
    }
    this.bar?.update(done);
  }

  stop(): void {
    this.bar?.stop();
  }
}
