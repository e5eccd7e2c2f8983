import { computeDueAt, computeDueDate, createWorkingCalendar, dueInstantForWorkingDays, officialCalendarDays, type TimeLimit } from '@motcua/shared';

/** Due-date computations per second for working-day limits on the official calendar (issue 3 target: ≥ 1,000,000/s). */
const calendar = createWorkingCalendar({ days: officialCalendarDays });
const startMs = Array.from({ length: 1024 }, (_, i) => Date.UTC(2025, 0, 1) + i * 7_919 * 60_000);
const starts = startMs.map((ms) => new Date(ms).toISOString());
const limits: TimeLimit[] = [1, 3, 5, 7, 10, 15, 20, 30].map((value) => ({ value, unit: 'working_days' }));

function measure(name: string, iterations: number, once: (i: number) => number): void {
  let checksum = 0;
  for (let i = 0; i < Math.min(iterations, 50_000); i++) checksum += once(i);
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) checksum += once(i);
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  console.log(`| ${name} | ${Math.round(iterations / seconds).toLocaleString('en-US')} | ${iterations.toLocaleString('en-US')} | ${checksum % 997} |`);
}

const scale = Number(process.env.BENCH_SCALE ?? 1);
console.log('| due-date computation (working-day limits, official calendar) | per second | iterations | checksum |');
console.log('|---|---|---|---|');
measure('epoch ms in, epoch ms out (work queues, recomputation)', 5_000_000 * scale, (i) => dueInstantForWorkingDays(startMs[i & 1023]!, limits[i & 7]!.value, calendar)! % 7);
measure('ISO string in, ISO string out (API)', 2_000_000 * scale, (i) => computeDueAt(starts[i & 1023]!, limits[i & 7]!, calendar)!.length);
measure('full engine with day-by-day explanation', 100_000 * scale, (i) => computeDueDate({ start: starts[i & 1023]!, timeLimit: limits[i & 7]!, calendar }).dueAt!.length);
