import type { DecisionSummary, ProcedureStatus, ProcedureSummary } from '@motcua/shared';

/** Shapes of the contract that `@motcua/shared` declares as schemas only (see contracts/catalog.ts). */
export interface AdminProcedureSummary extends ProcedureSummary {
  latestVersionNumber: number;
  currentVersionNumber: number | null;
  pendingChanges: boolean;
  updatedAt: string;
}

export interface Paged<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export type AdminProcedurePage = Paged<AdminProcedureSummary>;
export type DecisionPage = Paged<DecisionSummary>;

export interface AdminProcedureQuery {
  q?: string | undefined;
  status?: ProcedureStatus | undefined;
  sector?: string | undefined;
  level?: string | undefined;
  pendingChanges?: 'true' | 'false' | undefined;
  page: number;
  pageSize: number;
}
