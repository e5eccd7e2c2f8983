import { dossierStatuses, queueKinds, type DossierStatus, type QueueKind } from '@motcua/shared';
import type { QueueParams } from '../api/get-queue';

/** The work-queue tabs, in the order an officer looks at them. */
export const queueTabs = ['mine', 'unit', 'due_soon', 'overdue', 'waiting_applicant', 'all'] as const satisfies readonly QueueKind[];

/**
 * A desk also watches the online dossiers it has to accept (the 2-hour alert, the acceptance limit) and the
 * dossiers it received, wherever they are now.
 */
export const deskQueueTabs = ['mine', 'unit', 'online_new', 'received_here', 'due_soon', 'overdue', 'waiting_applicant', 'all'] as const satisfies readonly QueueKind[];

type Sort = NonNullable<QueueParams['sort']>;
const sorts: readonly Sort[] = ['due_at', '-due_at', 'received_at', '-received_at'];

function positiveInt(value: string | null, fallback: number): number {
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed > 0 ? parsed : fallback;
}

/** The queue's state lives in the address, so a link or a reload keeps the tab (one of those `offered`), filters and page. */
export function readQueueParams(search: URLSearchParams, fallbackQueue: QueueKind, offered: readonly QueueKind[] = queueKinds): QueueParams {
  return {
    queue: offered.find((kind) => kind === search.get('queue')) ?? fallbackQueue,
    status: dossierStatuses.find((status) => status === search.get('status')),
    procedureId: search.get('procedureId') || undefined,
    q: search.get('q') || undefined,
    sort: sorts.find((sort) => sort === search.get('sort')) ?? 'due_at',
    page: positiveInt(search.get('page'), 1),
    pageSize: positiveInt(search.get('pageSize'), 50),
  };
}

export function writeQueueParams(params: QueueParams): URLSearchParams {
  const search = new URLSearchParams();
  search.set('queue', params.queue);
  if (params.status) search.set('status', params.status);
  if (params.procedureId) search.set('procedureId', params.procedureId);
  if (params.q) search.set('q', params.q);
  if (params.sort && params.sort !== 'due_at') search.set('sort', params.sort);
  if (params.page > 1) search.set('page', String(params.page));
  if (params.pageSize !== 50) search.set('pageSize', String(params.pageSize));
  return search;
}

export function toSort(key: 'due_at' | 'received_at', descending: boolean): Sort {
  return descending ? `-${key}` : key;
}

export function fromSort(sort: Sort | undefined): { key: 'due_at' | 'received_at'; descending: boolean } {
  const value = sort ?? 'due_at';
  return { key: value.replace('-', '') as 'due_at' | 'received_at', descending: value.startsWith('-') };
}

export type { DossierStatus };
