import type { AppContext } from '../../platform/context.ts';
import { enqueueJob, type JobWorker } from '../../platform/jobs/jobs.ts';

/** The outbox event every dossier action writes in its transaction. */
export const DOSSIER_EVENT = 'dossier.action_recorded';

/** What every status change publishes (ids and codes only, never personal data). */
export interface DossierEvent {
  dossierId: string;
  code: string;
  action: string;
  /** The action's sequence number in the dossier's log (1 = receipt). */
  seq: number;
  status: string;
  nationalStatus: number;
}

export type DossierEventSubscriber = (event: DossierEvent) => Promise<void>;

export interface DossierEvents {
  /** `name` is stable: each subscriber has its own job kind, so one failing retries alone. */
  subscribe(name: string, subscriber: DossierEventSubscriber): void;
}

/**
 * Fans the outbox's dossier event out to one job per subscriber (documents, notifications, national sync...),
 * so each retries on its own and none can lose or repeat another's work.
 */
export function dossierEventBus(ctx: AppContext, worker: JobWorker, log: (msg: string, extra: object) => void): DossierEvents {
  const names: string[] = [];
  worker.register(DOSSIER_EVENT, async (payload) => {
    const event = payload as DossierEvent;
    if (names.length === 0) {
      log('dossier status change published', { dossierId: event.dossierId, action: event.action, nationalStatus: event.nationalStatus });
      return;
    }
    const now = ctx.clock.now().toISOString();
    await ctx.db.transaction().execute(async (trx) => {
      for (const name of names) await enqueueJob(trx, now, `${DOSSIER_EVENT}:${name}`, event);
    });
  });
  return {
    subscribe(name, subscriber) {
      if (names.includes(name)) throw new Error(`dossier event subscriber ${name} registered twice`);
      names.push(name);
      worker.register(`${DOSSIER_EVENT}:${name}`, async (payload) => subscriber(payload as DossierEvent));
    },
  };
}
