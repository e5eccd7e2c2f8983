import http from 'node:http';
import { percentile, round2 } from './server.ts';

export interface PacedResult { sent: number; errors: number; p50: number; p95: number; p99: number; max: number; firstError?: string }

/**
 * An open loop without autocannon's per-second bursts: one GET every 1/rate s on keep-alive sockets,
 * latency measured from the scheduled send time (no coordinated omission), as catalog-search.ts does.
 */
export async function paced(base: string, paths: string[], headers: Record<string, string>, rate: number, seconds: number): Promise<PacedResult> {
  // noDelay: at a low request rate Nagle's algorithm meets the peer's delayed ACK and adds ~40 ms to every request.
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64, noDelay: true });
  const latencies: number[] = [];
  const total = Math.max(1, Math.round(rate * seconds));
  const start = performance.now() + 10;
  let sent = 0;
  let errors = 0;
  let firstError: string | undefined;
  await new Promise<void>((done) => {
    let finished = 0;
    const finish = () => {
      if (++finished === total) done();
    };
    const timer = setInterval(() => {
      const due = Math.min(total, Math.floor(((performance.now() - start) * rate) / 1000));
      for (; sent < due; sent++) {
        const scheduled = start + (sent * 1000) / rate;
        const req = http.get(`${base}${paths[sent % paths.length]}`, { agent, headers }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => (res.statusCode === 200 ? undefined : chunks.push(c)));
          res.on('end', () => {
            latencies.push(performance.now() - scheduled);
            if (res.statusCode !== 200) {
              errors++;
              firstError ??= `${res.statusCode} ${Buffer.concat(chunks).toString().slice(0, 300)}`;
            }
            finish();
          });
        });
        req.on('error', (e) => {
          errors++;
          firstError ??= e.message;
          finish();
        });
      }
      if (sent >= total) clearInterval(timer);
    }, 1);
  });
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return { sent, errors, p50: round2(percentile(latencies, 50)), p95: round2(percentile(latencies, 95)), p99: round2(percentile(latencies, 99)), max: round2(latencies.at(-1) ?? NaN), firstError };
}
