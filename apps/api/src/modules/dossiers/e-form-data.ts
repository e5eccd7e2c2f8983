/**
 * The applicant's e-form answers checked on the server against the variant's JSON Schema: the portal renders
 * the form from the same schema, but what arrives (from our portal or pushed by the national portal) is
 * checked again here. Every problem comes back at once, with its field path.
 */
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { FieldError } from '@motcua/shared';

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);

/** Catalog versions never change, so a variant's compiled schema is kept by variant id (bounded). */
const compiled = new Map<string, ValidateFunction>();
const CACHE_SIZE = 200;

function validatorFor(variantId: string, schemaJson: string): ValidateFunction {
  const cached = compiled.get(variantId);
  if (cached) return cached;
  const schema = JSON.parse(schemaJson) as Record<string, unknown>;
  // The id would register the schema globally in ajv; two versions of one form may share it.
  delete schema.$id;
  const validate = ajv.compile(schema);
  compiled.set(variantId, validate);
  if (compiled.size > CACHE_SIZE) compiled.delete(compiled.keys().next().value!);
  return validate;
}

const messages: Record<string, (e: ErrorObject) => string> = {
  required: () => 'Bắt buộc nhập',
  type: (e) => `Sai kiểu dữ liệu (cần ${String(e.params.type)})`,
  format: (e) => `Sai định dạng (${String(e.params.format)})`,
  minLength: (e) => `Tối thiểu ${String(e.params.limit)} ký tự`,
  maxLength: (e) => `Tối đa ${String(e.params.limit)} ký tự`,
  pattern: () => 'Không đúng mẫu quy định',
  enum: () => 'Giá trị không thuộc danh sách cho phép',
  const: () => 'Giá trị không đúng',
  minimum: (e) => `Không nhỏ hơn ${String(e.params.limit)}`,
  maximum: (e) => `Không lớn hơn ${String(e.params.limit)}`,
  minItems: (e) => `Cần ít nhất ${String(e.params.limit)} mục`,
  maxItems: (e) => `Tối đa ${String(e.params.limit)} mục`,
  additionalProperties: () => 'Trường không có trong biểu mẫu',
};

function pathOf(prefix: string, e: ErrorObject): string {
  const parts = e.instancePath.split('/').filter(Boolean).map((p) => p.replaceAll('~1', '/').replaceAll('~0', '~'));
  if (e.keyword === 'required') parts.push(String(e.params.missingProperty));
  if (e.keyword === 'additionalProperties') parts.push(String(e.params.additionalProperty));
  return [prefix, ...parts].join('.');
}

/** Field errors of the answers against the variant's e-form (none if the variant has no e-form). */
export function checkEFormData(variantId: string, schemaJson: string | null, data: Record<string, unknown>, prefix: string): FieldError[] {
  if (!schemaJson) return [];
  const validate = validatorFor(variantId, schemaJson);
  if (validate(data)) return [];
  const seen = new Set<string>();
  return (validate.errors ?? []).flatMap((e) => {
    const path = pathOf(prefix, e);
    const message = messages[e.keyword]?.(e) ?? `Không hợp lệ (${e.message ?? e.keyword})`;
    const key = `${path}|${message}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ path, message }];
  });
}
