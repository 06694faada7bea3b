import type { Measures } from './indicator-spec.js';
import type { MeasureLoader, MeasureRequest } from './indicator.service.js';
import type { DatePeriod } from './period.js';

interface Entry {
  readonly at: number;
  readonly measures: Promise<Measures | undefined>;
  /** Whether the statement has answered; an entry in flight is always shared, whatever its age. */
  settled: boolean;
}

/**
 * The measures of each (period, unit code) shared across requests: a dashboard's province and
 * district fetches arrive together and cover the same codes, so the second waits for the first's
 * statement instead of aggregating the same rows again ("single flight"). With a max-age, results
 * are also kept that long; with 0 only the statements in flight are shared. Failures are never kept.
 */
export class MeasureCache {
  private readonly entries = new Map<string, Entry>();

  /**
   * @param load the sector's aggregate statement
   * @param maxAgeSeconds how long a result is reused (default 0: only while in flight)
   * @param maxEntries bound on memory; the oldest entries go first (default 100,000)
   */
  constructor(
    private readonly load: MeasureLoader,
    private readonly maxAgeSeconds = 0,
    private readonly maxEntries = 100_000,
  ) {}

  readonly measures: MeasureLoader = async (requests) => {
    const now = Date.now();
    const missing = requests
      .map(({ codes, period, publishedOn = null }) => ({
        period,
        publishedOn,
        codes: codes.filter((code) => {
          const entry = this.entries.get(keyOf(period, publishedOn, code));
          return !entry || (entry.settled && now - entry.at > this.maxAgeSeconds * 1000);
        }),
      }))
      .filter((r) => r.codes.length > 0);
    if (missing.length > 0) this.start(missing, now);
    return Promise.all(
      requests.map(async ({ codes, period, publishedOn = null }) => {
        const result = new Map<string, Measures>();
        await Promise.all(
          codes.map(async (code) => {
            const measures = await this.entries.get(keyOf(period, publishedOn, code))?.measures;
            if (measures) result.set(code, measures);
          }),
        );
        return result;
      }),
    );
  };

  /** One statement for every (period, code) missing, each entry sharing it. */
  private start(requests: readonly MeasureRequest[], now: number): void {
    const batch = this.load(requests);
    const started = requests.flatMap(({ codes, period, publishedOn = null }, i) =>
      codes.map((code) => {
        const key = keyOf(period, publishedOn, code);
        const entry: Entry = { at: now, measures: batch.then((byRequest) => byRequest[i]!.get(code)), settled: false };
        this.entries.delete(key); // re-inserted last: Map order is age order
        this.entries.set(key, entry);
        return [key, entry] as const;
      }),
    );
    // Only this batch's own entries: a newer batch may have replaced some meanwhile.
    const forget = () => {
      for (const [key, entry] of started) if (this.entries.get(key) === entry) this.entries.delete(key);
    };
    const settle = () => {
      for (const [, entry] of started) entry.settled = true;
    };
    batch.then(
      () => {
        settle();
        if (this.maxAgeSeconds === 0) forget();
        else this.trim();
      },
      () => {
        settle();
        forget();
      },
    );
  }

  private trim(): void {
    for (const key of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries) return;
      this.entries.delete(key);
    }
  }
}

const keyOf = (period: DatePeriod, publishedOn: string | null, code: string) => `${period.from}/${period.to}${publishedOn ? `@${publishedOn}` : ''}|${code}`;
