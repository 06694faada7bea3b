/** A subgraph's answer as read once and handed to each request that waited for it. */
interface Answer {
  readonly status: number;
  readonly statusText: string;
  readonly headers: ReadonlyArray<[string, string]>;
  readonly body: string;
}

interface Shared {
  readonly answer: Promise<Answer>;
  readonly controller: AbortController;
  waiting: number;
}

/**
 * Identical subgraph requests in flight at the same time, answered by one fetch: a dashboard
 * opened by many screens at once costs the subgraphs and their databases one request per fetch of
 * the plan, not one per screen. Only requests with the same key share (the key holds the caller's
 * effective scope, so nobody receives what they could not have asked for); each gets its own copy
 * of the answer, so the gateway's per-request handling (audit subjects, result merging) is untouched.
 * The shared fetch is cancelled only when every request waiting for it has given up.
 */
export class InflightFetches {
  private readonly entries = new Map<string, Shared>();

  /** How many distinct fetches are in flight (for tests and metrics). */
  get size(): number {
    return this.entries.size;
  }

  async fetch(key: string, signal: AbortSignal, run: (signal: AbortSignal) => Promise<Response>): Promise<Response> {
    let shared = this.entries.get(key);
    if (!shared) {
      const controller = new AbortController();
      const answer = run(controller.signal).then(async (r) => ({ status: r.status, statusText: r.statusText, headers: [...r.headers], body: await r.text() }));
      const entry: Shared = { answer, controller, waiting: 0 };
      const forget = () => {
        if (this.entries.get(key) === entry) this.entries.delete(key);
      };
      answer.then(forget, forget);
      this.entries.set(key, (shared = entry));
    }
    const entry = shared;
    entry.waiting++;
    try {
      const answer = await untilAborted(entry.answer, signal);
      return new Response(answer.body, { status: answer.status, statusText: answer.statusText, headers: [...answer.headers] });
    } finally {
      entry.waiting--;
      if (entry.waiting === 0 && signal.aborted) entry.controller.abort(signal.reason);
    }
  }
}

/** The promise's outcome, or the signal's reason as soon as it aborts. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason as Error);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason as Error);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error as Error);
      },
    );
  });
}
