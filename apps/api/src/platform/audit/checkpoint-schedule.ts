import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Clock } from '../clock.ts';
import type { AuditKeys } from './audit-keys.ts';
import { chainHead } from './audit.queries.ts';
import { printableDigest, writeCheckpoint } from './checkpoints.ts';

/** Also checkpoint early when this many entries were appended since the last line. */
const ENTRIES_PER_CHECKPOINT = 1000;

export interface CheckpointSchedule {
  /** One checkpoint now (at start, after the schedule's interval, at shutdown); errors are logged, not thrown. */
  runOnce(reason: string, onlyIfChanged?: boolean): Promise<void>;
  stop(): void;
}

/**
 * Checks every minute; signs the head every `minutes` minutes when it moved, or sooner after many entries. A refusal
 * (the database went behind a signed checkpoint) is logged as an error on every tick until an operator acts.
 */
export function scheduleCheckpoints(
  deps: { db: Kysely<DB>; keys: AuditKeys; file: string; clock: Clock; minutes: number },
  log: { info(obj: object, msg: string): void; error(obj: object, msg: string): void },
): CheckpointSchedule {
  let lastWritten = 0;
  let lastSeq = -1;
  let running: Promise<void> = Promise.resolve();
  const runOnce = (reason: string, onlyIfChanged = true) => {
    running = running.then(async () => {
      try {
        const checkpoint = await writeCheckpoint(deps.db, deps.keys, deps.file, { now: deps.clock.now().toISOString(), onlyIfChanged });
        lastWritten = deps.clock.now().getTime();
        if (checkpoint) {
          lastSeq = checkpoint.seq;
          log.info({ reason, seq: checkpoint.seq, digest: printableDigest(checkpoint) }, 'audit checkpoint signed');
        }
      } catch (error) {
        log.error({ reason, err: error }, 'audit checkpoint refused');
      }
    });
    return running;
  };
  const tick = async () => {
    const due = deps.clock.now().getTime() - lastWritten >= deps.minutes * 60_000;
    const seq = Number((await chainHead(deps.db)).last_seq);
    if (due || seq - lastSeq >= ENTRIES_PER_CHECKPOINT) await runOnce('schedule');
  };
  const timer = setInterval(() => void tick().catch((err: unknown) => log.error({ err }, 'audit checkpoint check failed')), 60_000);
  timer.unref();
  return { runOnce, stop: () => clearInterval(timer) };
}
