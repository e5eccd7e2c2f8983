import { onlineLevels, type OnlineLevel } from '@motcua/shared';

/** The public search as it lives in the URL, so a search can be bookmarked, shared and navigated back to. */
export interface ProcedureSearchState {
  q: string;
  sector: string | undefined;
  level: string | undefined;
  agency: string | undefined;
  onlineLevel: OnlineLevel | undefined;
  subject: string | undefined;
  page: number;
  pageSize: number;
}

export const defaultPageSize = 20;
export const pageSizeOptions = [10, 20, 50, 100];

export function positiveInt(value: string | null, fallback: number, max = 10_000): number {
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed > 0 ? Math.min(parsed, max) : fallback;
}

const optional = (value: string | null) => (value && value.trim() ? value.trim() : undefined);

export function readSearchState(params: URLSearchParams): ProcedureSearchState {
  const onlineLevel = params.get('onlineLevel');
  return {
    q: params.get('q')?.trim() ?? '',
    sector: optional(params.get('sector')),
    level: optional(params.get('level')),
    agency: optional(params.get('agency')),
    onlineLevel: onlineLevels.find((level) => level === onlineLevel),
    subject: optional(params.get('subject')),
    page: positiveInt(params.get('page'), 1),
    pageSize: positiveInt(params.get('pageSize'), defaultPageSize, 100),
  };
}

export function writeSearchState(state: ProcedureSearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const name of ['sector', 'level', 'agency', 'onlineLevel', 'subject'] as const) {
    const value = state[name];
    if (value) params.set(name, value);
  }
  if (state.page > 1) params.set('page', String(state.page));
  if (state.pageSize !== defaultPageSize) params.set('pageSize', String(state.pageSize));
  return params;
}

/** Page and page size only, for the lists by sector and by agency. */
export function readPaging(params: URLSearchParams): { page: number; pageSize: number } {
  return { page: positiveInt(params.get('page'), 1), pageSize: positiveInt(params.get('pageSize'), defaultPageSize, 100) };
}

export function writePaging(paging: { page: number; pageSize: number }): URLSearchParams {
  const params = new URLSearchParams();
  if (paging.page > 1) params.set('page', String(paging.page));
  if (paging.pageSize !== defaultPageSize) params.set('pageSize', String(paging.pageSize));
  return params;
}
