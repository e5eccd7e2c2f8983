import { adminMessages } from './admin';
import { authMessages } from './auth';
import { calendarMessages } from './calendar';
import { catalogMessages } from './catalog';
import { catalogAdminMessages } from './catalog-admin';
import { commonMessages } from './common';
import { dossierMessages } from './dossiers';
import { documentStoreMessages } from './document-store';
import { eFormBuilderMessages } from './e-form-builder';
import { evaluationMessages } from './evaluation';
import { officerMessages } from './officers';
import { nationalUpdateMessages } from './national-updates';
import { orgUnitMessages } from './org-units';
import { paymentMessages } from './payments';
import { portalMessages } from './portal';
import { portalAccountMessages } from './portal-account';
import { portalDossierMessages } from './portal-dossiers';
import { requirementMessages } from './requirements';
import { roleAndAuditMessages } from './roles-audit';
import { workflowMessages } from './workflow';

const areas = [commonMessages, portalMessages, portalAccountMessages, authMessages, adminMessages, orgUnitMessages, officerMessages, roleAndAuditMessages, calendarMessages, catalogMessages, catalogAdminMessages, nationalUpdateMessages, dossierMessages, workflowMessages, paymentMessages, evaluationMessages, portalDossierMessages, documentStoreMessages, eFormBuilderMessages, requirementMessages] as const;

type Merge<T extends readonly { vi: object }[]> = T extends readonly [infer Head extends { vi: object }, ...infer Rest extends readonly { vi: object }[]]
  ? Head['vi'] & Merge<Rest>
  : unknown;

export type Messages = Merge<typeof areas>;
export type MessageKey = keyof Messages & string;

export const messages = {
  vi: Object.assign({}, ...areas.map((area) => area.vi)) as Record<MessageKey, string>,
  en: Object.assign({}, ...areas.map((area) => area.en)) as Record<MessageKey, string>,
};
