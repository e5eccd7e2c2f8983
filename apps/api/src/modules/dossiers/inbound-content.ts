import type { InboundDossierBody } from '@motcua/shared';
import { sha256Hex } from '../../platform/ids.ts';

/** JSON with every object's keys sorted and undefined members left out: equal data, equal text. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const members = Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${members.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * The sha256 of what a push asks for: procedure, variant, agency, applicant, request summary, e-form answers and,
 * per document, its requirement and the sha256 of its bytes (not its file name, nor how its base64 was wrapped, nor
 * the documents' order). A retry of the same push gives the same hash; anything else under the same sender
 * reference is another application.
 */
export function inboundContentHash(body: InboundDossierBody): string {
  const documents = body.documents
    .map((d) => ({ requirement: d.requirement, sha256: sha256Hex(Buffer.from(d.content, 'base64')) }))
    .sort((a, b) => a.requirement - b.requirement || (a.sha256 < b.sha256 ? -1 : a.sha256 > b.sha256 ? 1 : 0));
  return sha256Hex(canonicalJson({
    procedureCode: body.procedureCode, variantKey: body.variantKey, agencyCode: body.agencyCode ?? null, applicant: body.applicant,
    requestSummary: body.requestSummary ?? null, formData: body.formData, documents,
  }));
}
