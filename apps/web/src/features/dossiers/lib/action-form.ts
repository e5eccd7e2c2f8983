import type { DossierAction, DossierActionBody } from '@motcua/shared';
import type { Dayjs } from 'dayjs';

/** What the small form of each action asks for, beyond an optional note. */
export type ActionField =
  | 'missingDocuments'
  | 'newDueAt'
  | 'assignee'
  | 'approver'
  | 'consultation'
  | 'answer'
  | 'toUnit'
  | 'obligation'
  | 'payment'
  | 'result'
  | 'returnMethod'
  | 'supplementDocuments';

const fieldsByAction: Partial<Record<DossierAction, readonly ActionField[]>> = {
  request_supplement: ['missingDocuments'],
  submit_supplement: ['supplementDocuments'],
  apologise_and_extend: ['newDueAt'],
  assign: ['assignee'],
  request_approval: ['approver'],
  consult: ['consultation'],
  answer_consultation: ['answer'],
  request_financial_obligation: ['obligation'],
  record_payment: ['payment'],
  issue_result: ['result'],
  return_result: ['returnMethod'],
};

/** A transfer from in progress goes to another agency; from the desk it follows the workflow. */
export function actionFields(action: DossierAction, status: string): readonly ActionField[] {
  if (action === 'transfer' && status === 'in_progress') return ['toUnit'];
  return fieldsByAction[action] ?? [];
}

export interface ActionFormValues {
  reason?: string;
  missingDocuments?: string[];
  newDueAt?: Dayjs;
  assigneeId?: string;
  consultation?: { unitId?: string; question?: string; workingDays?: number };
  answer?: { consultationId?: string; text?: string };
  toUnitId?: string;
  obligation?: { description?: string; amount?: number };
  payment?: { receiptNumber?: string; method?: 'cash' | 'bank_transfer' | 'postal' | 'online' };
  result?: { title?: string; fileId?: string | null };
  returnMethod?: 'desk' | 'post' | 'electronic';
  documents?: { name?: string; originals?: number; copies?: number }[];
}

/** Only the fields the action needs go to the server, with the version the officer saw. */
export function toActionBody(fields: readonly ActionField[], version: number, values: ActionFormValues): DossierActionBody {
  const body: DossierActionBody = { expectedVersion: version };
  const reason = values.reason?.trim();
  if (reason) body.reason = reason;
  for (const field of fields) {
    if (field === 'missingDocuments') body.missingDocuments = (values.missingDocuments ?? []).map((name) => name.trim()).filter(Boolean);
    if (field === 'newDueAt' && values.newDueAt) body.newDueAt = values.newDueAt.toISOString();
    if ((field === 'assignee' || field === 'approver') && values.assigneeId) body.assigneeId = values.assigneeId;
    if (field === 'toUnit' && values.toUnitId) body.toUnitId = values.toUnitId;
    if (field === 'returnMethod' && values.returnMethod) body.returnMethod = values.returnMethod;
    if (field === 'consultation') {
      body.consultation = { unitId: values.consultation?.unitId ?? '', question: values.consultation?.question?.trim() ?? '', workingDays: values.consultation?.workingDays ?? 1 };
    }
    if (field === 'answer') body.answer = { consultationId: values.answer?.consultationId ?? '', text: values.answer?.text?.trim() ?? '' };
    if (field === 'obligation') body.obligation = { description: values.obligation?.description?.trim() ?? '', amount: values.obligation?.amount ?? 0 };
    if (field === 'payment') body.payment = { receiptNumber: values.payment?.receiptNumber?.trim() ?? '', method: values.payment?.method ?? 'cash' };
    if (field === 'result') body.result = { title: values.result?.title?.trim() ?? '', fileId: values.result?.fileId ?? null };
    if (field === 'supplementDocuments') {
      body.documents = (values.documents ?? [])
        .filter((row) => row.name?.trim())
        .map((row) => ({ requirement: null, name: row.name?.trim() ?? '', originals: row.originals ?? 0, copies: row.copies ?? 0, fileId: null }));
    }
  }
  return body;
}

/** The names the last supplement request asked for, to pre-fill what came in. */
export function lastMissingDocuments(actions: readonly { action: DossierAction; data: Record<string, unknown> }[]): string[] {
  const request = [...actions].reverse().find((entry) => entry.action === 'request_supplement');
  const names = request?.data.missingDocuments;
  return Array.isArray(names) ? names.filter((name): name is string => typeof name === 'string') : [];
}
