import fc from 'fast-check';
import { valueOf, type ArbitraryOptions, type JsonSchema } from './json-schema-arbitrary.ts';

export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, JsonSchema> };
}

interface Operation {
  parameters?: { in: string; name: string; required?: boolean; schema: JsonSchema }[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
}

export interface FuzzOperation {
  method: string;
  path: string;
  operation: Operation;
}

export interface FuzzRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string;
}

export function operationsOf(doc: OpenApiDocument): FuzzOperation[] {
  return Object.entries(doc.paths).flatMap(([path, ops]) => Object.entries(ops).map(([method, operation]) => ({ method: method.toUpperCase(), path, operation })));
}

const BOUNDARY = 'fuzzBoundary7MA4YWxkTrZu0gW';
const pdf = '%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n';

/** Multipart bodies, from sound to broken: no boundary, an empty one, a boundary the body never uses, a truncated part. */
const multipartBodies = fc.constantFrom<{ contentType: string; payload: string }>(
  { contentType: 'multipart/form-data', payload: 'file=abc' },
  { contentType: 'multipart/form-data; boundary=', payload: '--\r\n' },
  { contentType: 'multipart/form-data; boundary="', payload: '' },
  { contentType: `multipart/form-data; boundary=${BOUNDARY}`, payload: '--other\r\nContent-Disposition: form-data; name="file"\r\n\r\nx\r\n--other--\r\n' },
  { contentType: `multipart/form-data; boundary=${BOUNDARY}`, payload: `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n${pdf}` },
  { contentType: `multipart/form-data; boundary=${BOUNDARY}`, payload: `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="a\u0000.pdf"\r\nContent-Type: application/pdf\r\n\r\n${pdf}\r\n--${BOUNDARY}--\r\n` },
  { contentType: `multipart/form-data; boundary=${BOUNDARY}`, payload: `--${BOUNDARY}\r\nContent-Disposition: form-data; name="note"\r\n\r\nabc\r\n--${BOUNDARY}--\r\n` },
);

const malformedJson = fc.constantFrom('{', '{"a":', 'null', '[]', '"x"', '1e999', '{"__proto__":{"x":1}}', '\u0000');

/** Percent-encodes as a client would; lone surrogates go out as the bytes Node makes of them. */
function encode(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return [...Buffer.from(value)].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');
  }
}

function encodeQuery(entries: [string, unknown][]): string {
  const parts: string[] = [];
  for (const [name, value] of entries) {
    if (value === undefined) continue;
    const values = Array.isArray(value) ? value : [value];
    for (const v of values) parts.push(`${encode(name)}=${encode(typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v))}`);
  }
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

/** Requests for one operation: path, query and JSON body drawn from its schemas, well-formed or hostile. */
export function requestsFor(op: FuzzOperation, options: ArbitraryOptions): fc.Arbitrary<FuzzRequest> {
  const params = op.operation.parameters ?? [];
  const pathParams = params.filter((p) => p.in === 'path');
  const queryParams = params.filter((p) => p.in === 'query');
  const pathArb = fc.tuple(...pathParams.map((p) => valueOf(p.schema, options)));
  // Optional parameters are left out now and then; required ones too, when hostile.
  const queryArb = fc.tuple(...queryParams.map((p) => (p.required && options.hostility <= 0 ? valueOf(p.schema, options) : fc.option(valueOf(p.schema, options), { nil: undefined }))));
  const bodySchema = op.operation.requestBody?.content?.['application/json']?.schema;
  const hasBody = ['POST', 'PUT', 'PATCH'].includes(op.method);
  const jsonBody = bodySchema
    ? valueOf(bodySchema, options).map((v) => ({ contentType: 'application/json', payload: JSON.stringify(v ?? null) }))
    : fc.constant({ contentType: 'application/json', payload: '{}' });
  const bodies: fc.Arbitrary<{ contentType: string; payload: string } | undefined> = !hasBody
    ? fc.constant(undefined)
    : options.hostility <= 0
      ? bodySchema ? jsonBody : fc.oneof(jsonBody, multipartBodies)
      : fc.oneof({ arbitrary: jsonBody, weight: 6 }, { arbitrary: malformedJson.map((payload) => ({ contentType: 'application/json', payload })), weight: 1 }, { arbitrary: multipartBodies, weight: bodySchema ? 1 : 4 });
  return fc.tuple(pathArb, queryArb, bodies).map(([pathValues, queryValues, body]) => {
    let url = op.path;
    pathParams.forEach((p, i) => {
      url = url.replace(`{${p.name}}`, encode(String(pathValues[i])));
    });
    url += encodeQuery(queryParams.map((p, i) => [p.name, queryValues[i]]));
    const headers: Record<string, string> = body ? { 'content-type': body.contentType } : {};
    return { method: op.method, url, headers, ...(body ? { payload: body.payload } : {}) };
  });
}
