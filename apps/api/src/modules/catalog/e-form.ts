import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { FieldError } from '@motcua/shared';

/** One compiler for e-forms: JSON Schema 2020-12, formats on, unknown keywords tolerated (form builders add their own). */
const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: true });
addFormats(ajv);

/**
 * Checks that an e-form is a usable JSON Schema: valid against the meta-schema, compilable, and describing
 * an object (an application form). Returns field errors under `pathPrefix`.
 */
export function validateEForm(schema: Record<string, unknown>, pathPrefix: string): FieldError[] {
  if (!ajv.validateSchema(schema)) {
    return (ajv.errors ?? []).map((e) => ({ path: `${pathPrefix}${e.instancePath.replaceAll('/', '.')}`, message: `Biểu mẫu điện tử không đúng JSON Schema: ${e.message ?? 'không hợp lệ'}` }));
  }
  if (schema.type !== 'object') return [{ path: `${pathPrefix}.type`, message: 'Biểu mẫu điện tử phải là JSON Schema kiểu "object"' }];
  // Compiled once to prove it compiles, then forgotten: ajv would otherwise keep every schema it has seen.
  const copy: Record<string, unknown> = { ...schema };
  delete copy.$id;
  try {
    ajv.compile(copy);
    ajv.removeSchema(copy);
  } catch (error) {
    return [{ path: pathPrefix, message: `Không biên dịch được biểu mẫu điện tử: ${(error as Error).message}` }];
  }
  return [];
}
