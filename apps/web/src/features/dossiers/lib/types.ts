import type { assigneeList, bulkAssignResult, DossierDetail, registerQuery } from '@motcua/shared';

/** Shapes that `@motcua/shared` declares as schemas only (contracts/dossiers.ts). */
export type AssigneeList = ReturnType<typeof assigneeList.parse>;
export type Assignee = AssigneeList['items'][number];
export type BulkAssignResult = ReturnType<typeof bulkAssignResult.parse>;
export type RegisterQuery = Pick<ReturnType<typeof registerQuery.parse>, 'from' | 'to'> & { unitId?: string | undefined; page: number; pageSize: number };

export type DossierActionLogEntry = DossierDetail['actions'][number];
export type DossierHandover = DossierDetail['handovers'][number];
export type DossierDocument = DossierDetail['documents'][number];
export type DossierConsultation = DossierDetail['consultations'][number];
export type DossierAgency = DossierDetail['agencies'][number];
export type DossierObligation = DossierDetail['obligations'][number];
export type DossierResult = DossierDetail['results'][number];
export type AvailableAction = DossierDetail['allowedActions'][number];
export type DossierClock = DossierDetail['clock'];

/** Standing of an open or finished dossier or hand-over (contract enum). */
export type Timeliness = DossierDetail['standing']['value'];
