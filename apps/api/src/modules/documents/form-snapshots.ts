/**
 * What each kept form prints, taken from the dossier as its action left it: the action's log row (who, when,
 * why, the due date after it) and the records of that action. Built once, stored with the document.
 */
import { dossierAppliedCases, timeLimitText } from '../dossiers/index.ts';
import {
  findActionAt, findOfficerNames, findOfficerWithRoleIn, findResultByCode, findUnitsByIds, listAgencyRoles, listDocumentsUpTo, listHandovers,
} from './documents.queries.ts';
import type { Executor } from '../../db/executor.ts';
import type {
  ApologyForm, ApplicantBlock, EResultForm, FormHeading, FormKind, ProcessSheetForm, ReceiptForm, RefusalForm, StopNoticeForm, SupplementRequestForm,
} from './forms/form-data.ts';
import type { DB } from '../../db/schema.ts';

type Dossier = DB['dossiers'];
type Action = DB['dossier_actions'];

/** The form an action produces, and the unit that issues it. */
export const formOfAction: Partial<Record<string, { kind: FormKind; issuer: 'action_unit' | 'receiving' | 'competent' }>> = {
  receive: { kind: 'receipt', issuer: 'receiving' },
  accept_online: { kind: 'receipt', issuer: 'receiving' },
  request_supplement: { kind: 'supplement_request', issuer: 'action_unit' },
  refuse: { kind: 'refusal', issuer: 'action_unit' },
  apologise_and_extend: { kind: 'apology', issuer: 'competent' },
  stop: { kind: 'stop_notice', issuer: 'action_unit' },
  issue_result: { kind: 'e_result', issuer: 'competent' },
};

export function applicantOf(d: Dossier): ApplicantBlock {
  return {
    name: d.applicant_name, kind: d.applicant_kind === 'organisation' ? 'organisation' : 'individual', identifier: d.applicant_identifier,
    address: d.applicant_address, phone: d.applicant_phone, email: d.applicant_email,
  };
}

const limitText = (d: Dossier) =>
  timeLimitText(d.time_limit_value !== null && d.time_limit_unit !== null ? { value: Number(d.time_limit_value), unit: d.time_limit_unit } : null);

const dataOf = (a: Action) => JSON.parse(a.data || '{}') as Record<string, unknown>;

export interface SnapshotInput {
  ex: Executor;
  dossier: Dossier;
  action: Action;
  heading: FormHeading;
  publicBaseUrl: string;
}

async function officerName(ex: Executor, id: string | null): Promise<string | null> {
  if (!id) return null;
  return (await findOfficerNames(ex, [id]))[0]?.full_name ?? null;
}

async function unitName(ex: Executor, id: string): Promise<string> {
  return (await findUnitsByIds(ex, [id]))[0]?.name ?? '';
}

export const lookupUrlOf = (base: string, code: string) => `${base}/dossier-lookup/${encodeURIComponent(code)}`;
export const verifyUrlOf = (base: string, resultCode: string, token: string) => `${base}/verify/${encodeURIComponent(resultCode)}?t=${token}`;

async function receipt({ ex, dossier: d, action, heading, publicBaseUrl }: SnapshotInput): Promise<ReceiptForm> {
  const documents = (await listDocumentsUpTo(ex, d.id, action.seq)).filter((doc) => doc.source === 'checklist');
  return {
    kind: 'receipt', heading, dossierCode: d.code, procedureName: d.procedure_name, variantName: d.variant_name || null, applicant: applicantOf(d),
    request: d.request_summary ?? d.procedure_name,
    documents: documents.map((doc) => ({ name: doc.name, originals: doc.originals, copies: doc.copies })),
    appliedCases: (await dossierAppliedCases(ex, d)).filter((c) => c.applies).map((c) => c.question),
    sets: d.sets, timeLimitText: limitText(d), receivedAt: d.received_at ?? action.at, dueAt: action.due_at_after ?? d.due_at,
    resultPlace: await unitName(ex, d.receiving_unit_id),
    registerBook: `Sổ theo dõi hồ sơ năm ${heading.issuedAt.slice(0, 4)}`, registerSequence: Number(d.code.slice(-4)) || 0,
    receiver: { title: 'NGƯỜI TIẾP NHẬN', name: action.actor_name },
    lookupUrl: lookupUrlOf(publicBaseUrl, d.code),
  };
}

async function supplementRequest({ dossier: d, action, heading }: SnapshotInput): Promise<SupplementRequestForm> {
  const items = (dataOf(action).missingDocuments as string[] | undefined) ?? [];
  return {
    kind: 'supplement_request', heading, dossierCode: d.code, procedureName: d.procedure_name, applicant: applicantOf(d),
    receivedAt: d.received_at ?? d.registered_at, items, reason: action.reason ?? '',
    contact: { name: action.actor_name ?? '', phone: null }, signer: { title: 'NGƯỜI HƯỚNG DẪN', name: action.actor_name },
  };
}

async function refusal({ dossier: d, action, heading }: SnapshotInput): Promise<RefusalForm> {
  return {
    kind: 'refusal', heading, dossierCode: d.code || null, procedureName: d.procedure_name, applicant: applicantOf(d), request: d.request_summary ?? d.procedure_name,
    reasons: action.reason ?? '', signer: { title: action.actor_role === 'leader' ? 'THỦ TRƯỞNG CƠ QUAN' : 'NGƯỜI TIẾP NHẬN', name: action.actor_name },
  };
}

async function apology({ ex, dossier: d, action, heading }: SnapshotInput): Promise<ApologyForm> {
  const previous = action.seq > 1 ? await findActionAt(ex, d.id, action.seq - 1) : undefined;
  const head = await findOfficerWithRoleIn(ex, d.competent_unit_id, 'leader');
  return {
    kind: 'apology', heading, dossierCode: d.code, procedureName: d.procedure_name, applicant: applicantOf(d),
    receivedAt: d.received_at ?? action.at, originalDueAt: previous?.due_at_after ?? d.due_at ?? action.at,
    newDueAt: (dataOf(action).newDueAt as string | undefined) ?? action.due_at_after ?? action.at,
    reason: action.reason ?? '', signer: { title: 'THỦ TRƯỞNG CƠ QUAN', name: head?.full_name ?? null },
  };
}

async function stopNotice({ dossier: d, action, heading }: SnapshotInput): Promise<StopNoticeForm> {
  return {
    kind: 'stop_notice', heading, dossierCode: d.code, procedureName: d.procedure_name, applicant: applicantOf(d), receivedAt: d.received_at,
    reason: action.reason ?? '', signer: { title: action.actor_role === 'leader' ? 'THỦ TRƯỞNG CƠ QUAN' : 'NGƯỜI TIẾP NHẬN', name: action.actor_name },
  };
}

export async function eResult(input: SnapshotInput, verifyToken: string): Promise<EResultForm> {
  const { ex, dossier: d, action, heading, publicBaseUrl } = input;
  const code = String(dataOf(action).resultCode ?? '');
  const result = await findResultByCode(ex, code);
  const title = result?.title ?? String(dataOf(action).title ?? '');
  const agency = await unitName(ex, d.competent_unit_id);
  const signer = await findOfficerWithRoleIn(ex, d.competent_unit_id, 'leader');
  return {
    kind: 'e_result', heading, resultCode: code, title, dossierCode: d.code, procedureName: d.procedure_name, applicant: applicantOf(d),
    paragraphs: [
      `${agency} ban hành kết quả giải quyết thủ tục hành chính "${d.procedure_name}" đối với hồ sơ số ${d.code}.`,
      `Kết quả: ${title}.`,
      'Kết quả điện tử này có giá trị pháp lý như kết quả bằng giấy (Nghị định số 45/2020/NĐ-CP); kiểm tra hiệu lực bằng mã QR hoặc đường dẫn in bên dưới.',
    ],
    signer: { title: 'THỦ TRƯỞNG CƠ QUAN', name: signer?.full_name ?? null },
    verifyUrl: verifyUrlOf(publicBaseUrl, code, verifyToken),
  };
}

export const snapshotBuilders: Record<'receipt' | 'supplement_request' | 'refusal' | 'apology' | 'stop_notice', (input: SnapshotInput) => Promise<ReceiptForm | SupplementRequestForm | RefusalForm | ApologyForm | StopNoticeForm>> = {
  receipt, supplement_request: supplementRequest, refusal, apology, stop_notice: stopNotice,
};

/** Form 06 as of now: one row per hand-over. */
export async function processSheet(ex: Executor, d: Dossier, heading: FormHeading): Promise<ProcessSheetForm> {
  const [handovers, agencies] = await Promise.all([listHandovers(ex, d.id), listAgencyRoles(ex, d.id)]);
  const unitIds = new Set<string>([d.competent_unit_id, ...agencies.map((a) => a.unit_id)]);
  const officerIds = new Set<string>();
  for (const h of handovers) {
    if (h.from_unit_id) unitIds.add(h.from_unit_id);
    unitIds.add(h.to_unit_id);
    if (h.from_officer_id) officerIds.add(h.from_officer_id);
    if (h.to_officer_id) officerIds.add(h.to_officer_id);
  }
  const [units, officers] = await Promise.all([findUnitsByIds(ex, [...unitIds]), findOfficerNames(ex, [...officerIds])]);
  const unit = (id: string | null) => (id ? units.find((u) => u.id === id)?.name ?? null : null);
  const officer = (id: string | null) => (id ? officers.find((o) => o.id === id)?.full_name ?? null : null);
  return {
    kind: 'process_sheet', heading, dossierCode: d.code, procedureName: d.procedure_name, applicantName: d.applicant_name,
    leadAgency: unit(d.competent_unit_id) ?? '',
    cooperatingAgencies: agencies.filter((a) => a.role !== 'lead' && a.unit_id !== d.competent_unit_id).map((a) => unit(a.unit_id) ?? ''),
    receivedAt: d.received_at, dueAt: d.due_at,
    rows: handovers.map((h) => ({
      step: h.step_name, handedOverAt: h.started_at, giverUnit: unit(h.from_unit_id), giver: officer(h.from_officer_id), receiverUnit: unit(h.to_unit_id) ?? '',
      receiver: officer(h.to_officer_id), endedAt: h.ended_at, timeliness: (h.timeliness as 'early' | 'on_time' | 'late' | null) ?? null, note: h.note,
    })),
  };
}
