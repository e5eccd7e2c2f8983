/**
 * Rendering one receipt (Mẫu số 01, A5, with its QR code) to PDF, warm: the font files already loaded and the
 * renderer set up (issue 6, goal p99 < 100 ms). Renders in sequence and prints p50 / p95 / p99 / max in ms.
 *
 *   node --import tsx bench/src/receipt-render.ts        BENCH_ITERATIONS (300) BENCH_WARMUP (20)
 */
import { renderFormPdf } from '../../apps/api/src/modules/documents/forms/index.ts';
import { receipt } from '../../apps/api/src/modules/documents/forms/forms.test-support.ts';

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 300);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 20);

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const round2 = (n: number) => Math.round(n * 100) / 100;

let t0 = performance.now();
let bytes = (await renderFormPdf(receipt)).length;
const cold = performance.now() - t0;
for (let i = 1; i < WARMUP; i++) await renderFormPdf(receipt);

const latencies: number[] = [];
for (let i = 0; i < ITERATIONS; i++) {
  // A different sequence number each time, so no layout is reused between renders.
  const data = { ...receipt, registerSequence: receipt.registerSequence + i };
  t0 = performance.now();
  bytes = (await renderFormPdf(data)).length;
  latencies.push(performance.now() - t0);
}
latencies.sort((a, b) => a - b);

console.log('| receipt PDF render (A5, QR, Noto Serif embedded) | p50 ms | p95 ms | p99 ms | max ms | cold ms | renders | bytes |');
console.log('|---|---|---|---|---|---|---|---|');
console.log(
  `| warm, sequential | ${round2(percentile(latencies, 50))} | ${round2(percentile(latencies, 95))} | ${round2(percentile(latencies, 99))} | ${round2(latencies.at(-1)!)} | ${round2(cold)} | ${ITERATIONS} | ${bytes.toLocaleString('en-US')} |`,
);
