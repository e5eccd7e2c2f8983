import { procedureLevels, procedureSubjects, type FieldError } from '@motcua/shared';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { validateEForm } from './e-form.ts';
import { normaliseDocument, type DocumentLineInput, type ProcedureRecord, type VariantRecord } from './procedure-record.ts';
import { citableFormFiles, ensureSectors, findUnit } from './procedures.queries.ts';
import type { Executor } from '../../db/executor.ts';

/** A variant as the contracts parse it (defaults applied; key optional). */
export type VariantInputParsed = Omit<VariantRecord, 'key' | 'documents'> & { key?: string | undefined; documents: DocumentLineInput[] };

export function variantFromInput(input: VariantInputParsed, key?: string): VariantRecord {
  return {
    key: key ?? input.key ?? newId(),
    name: input.name,
    timeLimit: input.timeLimit,
    timeLimitNote: input.timeLimitNote,
    channels: input.channels,
    fees: input.fees.map((f) => ({ ...f, amount: f.kind === 'amount' ? f.amount : null })),
    documents: input.documents.map(normaliseDocument),
    eForm: input.eForm,
  };
}

const knownLevels = new Set(procedureLevels.map((l) => l.code));
const knownSubjects = new Set(procedureSubjects.map((s) => s.code));

function variantErrors(v: VariantRecord, prefix: string): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  v.channels.forEach((c, i) => {
    if (seen.has(c.channel)) errors.push({ path: `${prefix}.channels.${i}.channel`, message: 'Cách thức thực hiện bị trùng' });
    seen.add(c.channel);
  });
  v.documents.forEach((d, i) => {
    if (d.kind === 'alternative' && d.alternativeGroup === null) errors.push({ path: `${prefix}.documents.${i}.alternativeGroup`, message: 'Giấy tờ thay thế phải thuộc một nhóm (chọn một trong các giấy tờ cùng nhóm)' });
  });
  v.fees.forEach((f, i) => {
    if (f.kind === 'amount' && (f.amount === null || f.amount === undefined)) errors.push({ path: `${prefix}.fees.${i}.amount`, message: 'Nhập số tiền (đồng)' });
  });
  if (v.eForm) errors.push(...validateEForm(v.eForm, `${prefix}.eForm`));
  return errors;
}

/**
 * Business validation of a whole record before it becomes a version: vocabularies, e-forms (JSON Schema),
 * the owner unit, and form files the officer may cite (modules/catalog/procedures.queries.ts). Creates the sector if its code is new.
 */
export async function validateRecord(ex: Executor, officerId: string, record: ProcedureRecord, now: string, variantPath: (i: number) => string): Promise<void> {
  const errors: FieldError[] = [];
  record.levels.forEach((l, i) => {
    if (!knownLevels.has(l)) errors.push({ path: `body.levels.${i}`, message: `Cấp thực hiện không hợp lệ: ${l}` });
  });
  record.subjects.forEach((s, i) => {
    if (!knownSubjects.has(s)) errors.push({ path: `body.subjects.${i}`, message: `Đối tượng thực hiện không hợp lệ: ${s}` });
  });
  const keys = new Set<string>();
  record.variants.forEach((v, i) => {
    if (keys.has(v.key)) errors.push({ path: `${variantPath(i)}.key`, message: 'Khóa trường hợp bị trùng' });
    keys.add(v.key);
    errors.push(...variantErrors(v, variantPath(i)));
  });
  if (record.ownerUnitId && !(await findUnit(ex, record.ownerUnitId))) errors.push({ path: 'body.ownerUnitId', message: 'Đơn vị không tồn tại' });
  const fileIds = [...new Set(record.variants.flatMap((v) => v.documents.map((d) => d.formTemplate?.fileId).filter((id): id is string => !!id)))];
  const found = new Set(await citableFormFiles(ex, fileIds, officerId));
  record.variants.forEach((v, i) =>
    v.documents.forEach((d, j) => {
      if (d.formTemplate?.fileId && !found.has(d.formTemplate.fileId)) {
        errors.push({ path: `${variantPath(i)}.documents.${j}.formTemplate.fileId`, message: 'Tệp mẫu đơn chưa được tải lên' });
      }
    }),
  );
  if (errors.length > 0) throw new AppError('VALIDATION_FAILED', { errors });
  await ensureSectors(ex, [record.sector], now);
}
