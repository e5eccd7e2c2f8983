/**
 * What a dossier takes from the catalog at receipt: the published version, the variant, its time limit for
 * the channel, its checklist, and the resolving agency (routing goes to the competent agency whatever desk
 * received the dossier).
 */
import type { Channel, DocumentGroup, DocumentKind, RequirementLine, TimeLimit, TimeLimitUnit } from '@motcua/shared';
import type { Actor } from '../../platform/auth/actor.ts';
import { AppError, fieldError, notFound } from '../../platform/errors.ts';
import type { Executor } from './dossiers.queries.ts';
import { findProcedure, findUnits, findVersion, listProcedureAgencies, listVariantChannels, listVariantDocuments, listVariants } from './catalog-units.queries.ts';

export interface UnitInfo {
  id: string;
  name: string;
  path: string;
  code: string;
  kind: string;
}

export interface ProcedureTerms {
  procedure: { id: string; code: string; name: string };
  version: { id: string; number: number; onTheSpot: boolean };
  variant: { key: string; name: string };
  timeLimit: TimeLimit | null;
  timeLimitText: string;
  /** The variant's dossier components; `required` = unconditionally required (kind 'required'). */
  documents: (RequirementLine & { required: boolean })[];
}

/** A stored document row as the shared requirement rules read it. */
export function requirementLineOf(d: {
  position: number; group_kind: string; kind: string; name: string; originals: number; copies: number; condition: string | null;
  case_key: string | null; case_question: string | null; alternative_group: number | null; channels: string | null;
}): RequirementLine & { required: boolean } {
  return {
    position: d.position, group: d.group_kind as DocumentGroup, kind: d.kind as DocumentKind, name: d.name, originals: d.originals, copies: d.copies,
    condition: d.condition, caseKey: d.case_key, caseQuestion: d.case_question, alternativeGroup: d.alternative_group,
    channels: d.channels ? (d.channels.split(',') as Channel[]) : null, required: d.kind === 'required',
  };
}

const unitWords: Record<TimeLimitUnit, string> = { working_days: 'ngày làm việc', working_hours: 'giờ làm việc', days: 'ngày', months: 'tháng' };

export function timeLimitText(limit: TimeLimit | null, note: string | null = null): string {
  if (!limit) return note ?? 'Theo quy định';
  return `${String(limit.value).replace('.', ',')} ${unitWords[limit.unit]}`;
}

function limitOf(value: number | null, unit: string | null): TimeLimit | null {
  return value !== null && unit !== null && value > 0 ? { value, unit: unit as TimeLimitUnit } : null;
}

interface VersionTerms {
  version: NonNullable<Awaited<ReturnType<typeof findVersion>>>;
  variants: (Awaited<ReturnType<typeof listVariants>>[number] & {
    channels: Awaited<ReturnType<typeof listVariantChannels>>;
    documents: Awaited<ReturnType<typeof listVariantDocuments>>;
  })[];
}

/** Catalog versions never change once written, so what a receipt needs of one is read once per process. */
const versionCache = new Map<string, VersionTerms>();
const VERSION_CACHE_SIZE = 500;

async function versionTerms(ex: Executor, versionId: string): Promise<VersionTerms | undefined> {
  const cached = versionCache.get(versionId);
  if (cached) return cached;
  const version = await findVersion(ex, versionId);
  if (!version) return undefined;
  const variants = await Promise.all(
    (await listVariants(ex, version.id)).map(async (v) => ({ ...v, channels: await listVariantChannels(ex, v.id), documents: await listVariantDocuments(ex, v.id) })),
  );
  const terms = { version, variants };
  versionCache.set(versionId, terms);
  if (versionCache.size > VERSION_CACHE_SIZE) versionCache.delete(versionCache.keys().next().value!);
  return terms;
}

export async function loadPublishedProcedure(ex: Executor, procedureId: string) {
  const procedure = await findProcedure(ex, procedureId);
  if (!procedure || !procedure.current_version_id || !['published', 'amended'].includes(procedure.status)) {
    throw fieldError('body.procedureId', 'Thủ tục không tồn tại hoặc chưa được công bố');
  }
  const terms = await versionTerms(ex, procedure.current_version_id);
  if (!terms) throw notFound('Không tìm thấy phiên bản công bố của thủ tục');
  return { procedure, version: terms.version, variants: terms.variants };
}

export async function loadProcedureTerms(ex: Executor, procedureId: string, variantKey: string, channel: string): Promise<ProcedureTerms> {
  const { procedure, version, variants } = await loadPublishedProcedure(ex, procedureId);
  const variant = variants.find((v) => v.key === variantKey);
  if (!variant) throw fieldError('body.variantKey', 'Thủ tục không có trường hợp (biến thể) này');
  const forChannel = variant.channels.find((c) => c.channel === channel);
  const timeLimit = limitOf(forChannel?.time_limit_value ?? null, forChannel?.time_limit_unit ?? null) ?? limitOf(variant.time_limit_value, variant.time_limit_unit);
  return {
    procedure: { id: procedure.id, code: procedure.code, name: procedure.name },
    version: { id: version.id, number: version.number, onTheSpot: version.on_the_spot === 1 },
    variant: { key: variant.key, name: variant.name },
    timeLimit,
    timeLimitText: timeLimitText(timeLimit, variant.time_limit_note),
    documents: variant.documents.map(requirementLineOf),
  };
}

/** The desks the officer may receive at: the desk-officer grants' units. */
export async function receivingUnitsOf(ex: Executor, actor: Actor): Promise<UnitInfo[]> {
  const ids = actor.grants.filter((g) => g.permissions.includes('dossier.receive')).map((g) => g.orgUnitId);
  return (await findUnits(ex, ids)).map((u) => ({ id: u.id, name: u.name, path: u.path, code: u.code, kind: u.kind }));
}

export async function chooseReceivingUnit(ex: Executor, actor: Actor, requested: string | undefined): Promise<UnitInfo> {
  const desks = await receivingUnitsOf(ex, actor);
  if (requested) {
    const [unit] = await findUnits(ex, [requested]);
    if (!unit || !desks.some((d) => unit.path.startsWith(d.path))) throw fieldError('body.receivingUnitId', 'Bạn không tiếp nhận hồ sơ tại đơn vị này');
    return { id: unit.id, name: unit.name, path: unit.path, code: unit.code, kind: unit.kind };
  }
  if (desks.length !== 1) throw fieldError('body.receivingUnitId', 'Hãy chọn bộ phận tiếp nhận');
  return desks[0]!;
}

/**
 * The resolving agency: the one asked for if the procedure is assigned to it; else the assigned agency whose
 * subtree holds the receiving desk (a commune centre receives for its commune); else the only assigned agency.
 */
export async function routeToAgency(ex: Executor, procedureId: string, desk: UnitInfo, requested: string | undefined): Promise<UnitInfo> {
  const agencies = await listProcedureAgencies(ex, procedureId);
  const pick = (a: (typeof agencies)[number]): UnitInfo => ({ id: a.id, name: a.name, path: a.path, code: a.code, kind: 'agency' });
  if (requested) {
    const match = agencies.find((a) => a.id === requested);
    if (!match) throw fieldError('body.agencyUnitId', 'Cơ quan này không giải quyết thủ tục đã chọn');
    return pick(match);
  }
  const suggestion = suggestAgency(agencies, desk.path);
  if (suggestion) return pick(suggestion);
  if (agencies.length === 0) throw new AppError('VALIDATION_FAILED', { detail: 'Thủ tục chưa được giao cho cơ quan giải quyết nào', errors: [{ path: 'body.procedureId', message: 'Thủ tục chưa được giao cho cơ quan giải quyết nào' }] });
  throw fieldError('body.agencyUnitId', 'Hãy chọn cơ quan giải quyết');
}

export function suggestAgency<T extends { path: string }>(agencies: T[], deskPath: string): T | undefined {
  const containing = agencies.filter((a) => deskPath.startsWith(a.path)).sort((a, b) => b.path.length - a.path.length);
  if (containing[0]) return containing[0];
  return agencies.length === 1 ? agencies[0] : undefined;
}
