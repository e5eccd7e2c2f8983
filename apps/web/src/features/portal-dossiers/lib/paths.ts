import { paths } from '@/config/paths';

export const applyPath = (procedureCode: string, draftId?: string) =>
  `${paths.portal.apply.replace(':procedureCode', encodeURIComponent(procedureCode))}${draftId ? `?draft=${encodeURIComponent(draftId)}` : ''}`;

export const myDossierPath = (id: string) => paths.portal.accountDossier.replace(':id', encodeURIComponent(id));

export const procedurePagePath = (code: string) => paths.portal.procedureDetail.replace(':code', encodeURIComponent(code));
