/**
 * The benchmark's load generator, a child process of bench/pages.ts so that it does not share the
 * server's event loop. Each message from the parent names one endpoint and a time; the child
 * loads it with autocannon for that time (a warm-up: figures not recorded) and answers with the
 * latencies' quantiles
 * (from every response, so p95 is exact rather than autocannon's fixed percentiles), the
 * requests per second and the count of answers outside 2xx.
 */
import autocannon from 'autocannon';

/** One endpoint to load. */
export interface LoadRequest {
  url: string;
  headers: Record<string, string>;
  connections: number;
  seconds: number;
  /** False for a warm-up: the answer's figures are empty. */
  record: boolean;
}

/** What one load measured. */
export interface LoadResult {
  requests: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  non2xx: number;
  /** Connection errors and timeouts (no answer at all). */
  errors: number;
  /** Status codes outside 2xx, with their counts ("500×3"). */
  statuses: string;
}

function quantile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

function run(request: LoadRequest, seconds: number, record: boolean): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const latencies: number[] = [];
    const others = new Map<number, number>();
    const started = performance.now();
    const instance = autocannon(
      {
        url: request.url,
        headers: request.headers,
        connections: request.connections,
        duration: seconds,
        // A request without an answer in 30 s counts as an error, not as a latency.
        timeout: 30,
      },
      (err, result) => {
        if (err) return reject(err);
        const elapsed = (performance.now() - started) / 1000;
        const sorted = Float64Array.from(latencies).sort();
        resolve({
          requests: latencies.length,
          perSecond: latencies.length / Math.max(elapsed, 1e-9),
          p50: quantile(sorted, 0.5),
          p95: quantile(sorted, 0.95),
          p99: quantile(sorted, 0.99),
          non2xx: [...others.values()].reduce((a, b) => a + b, 0),
          errors: result.errors + result.timeouts,
          statuses: [...others].map(([code, n]) => `${code}×${n}`).join(' '),
        });
      },
    );
    if (record) {
      instance.on('response', (_client, statusCode, _bytes, responseTime) => {
        latencies.push(responseTime);
        if (statusCode < 200 || statusCode > 299)
          others.set(statusCode, (others.get(statusCode) ?? 0) + 1);
      });
    }
  });
}

process.on('message', (message: LoadRequest) => {
  void (async () => {
    try {
      const result = await run(message, message.seconds, message.record);
      process.send?.({ ok: true, result });
    } catch (err) {
      process.send?.({ ok: false, error: String(err) });
    }
  })();
});
process.on('disconnect', () => process.exit(0));
