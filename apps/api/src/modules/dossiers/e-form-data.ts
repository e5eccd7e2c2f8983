/**
 * The applicant's e-form answers checked on the server against the variant's JSON Schema: the portal renders
 * the form from the same schema, but what arrives (from our portal or pushed by the national portal) is
 * checked again here. Every problem comes back at once, with its field path.
 */
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { eFormProblemMessage, type FieldError } from '@motcua/shared';

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

/** The field path, with the missing or extra property named at its end. */
function pathOf(prefix: string, e: ErrorObject): string {
  const parts = e.instancePath.split('/').filter(Boolean).map((p) => p.replaceAll('~1', '/').replaceAll('~0', '~'));
  if (e.keyword === 'required') parts.push(String(e.params.missingProperty));
  if (e.keyword === 'additionalProperties') parts.push(String(e.params.additionalProperty));
  return [prefix, ...parts].join('.');
}

/**
 * Errors that only repeat another one: the failed `if` of a condition (the `then` names the field itself), and the
 * `const` of each choice of a `oneOf` list (the list's own error says the answer is not one of them).
 */
const echoes = (e: ErrorObject) => e.keyword === 'if' || (e.keyword === 'const' && /\/oneOf\/\d+\/const$/.test(e.schemaPath));

/** Field errors of the answers against the variant's e-form (none if the variant has no e-form). */
export function checkEFormData(variantId: string, schemaJson: string | null, data: Record<string, unknown>, prefix: string): FieldError[] {
  if (!schemaJson) return [];
  const validate = validatorFor(variantId, schemaJson);
  if (validate(data)) return [];
  const seen = new Set<string>();
  return (validate.errors ?? []).filter((e) => !echoes(e)).flatMap((e) => {
    const path = pathOf(prefix, e);
    const message = eFormProblemMessage(e);
    const key = `${path}|${message}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ path, message }];
  });
}
