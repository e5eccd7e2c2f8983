import type { InboundDossierBody } from '@motcua/shared';
import { sha256Hex } from '../../../platform/ids.ts';
import { stableJson } from '../../../platform/stable-json.ts';

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
  return sha256Hex(stableJson({
    procedureCode: body.procedureCode, variantKey: body.variantKey, agencyCode: body.agencyCode ?? null, applicant: body.applicant,
    requestSummary: body.requestSummary ?? null, formData: body.formData, documents,
  }));
}
