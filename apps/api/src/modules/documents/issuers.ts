import type { IssuingBody } from './forms/form-data.ts';
import type { Executor } from '../../db/executor.ts';
import { unitWithAncestors } from './documents.queries.ts';

/** Units that issue documents in their own name; desks and divisions print their parent body's name. */
const issuingKinds = new Set(['service_centre', 'department', 'committee', 'agency', 'office']);

const stripCommittee = (name: string) => name.replace(/^(Ủy|Uỷ) ban nhân dân\s+/i, '').replace(/^(tỉnh|thành phố|xã|phường|đặc khu)\s+/i, '');

export interface Issuer {
  unitId: string;
  body: IssuingBody;
}

/**
 * The body a form is issued by, as its heading prints it (Decree 30/2020 layout): the body's name in capitals under
 * its People's Committee, the abbreviation used in numbers, and the place of issue.
 */
export async function issuerFor(ex: Executor, actingUnitId: string): Promise<Issuer> {
  const chain = await unitWithAncestors(ex, actingUnitId);
  const body = chain.find((u) => issuingKinds.has(u.kind)) ?? chain[0];
  if (!body) throw new Error(`unit ${actingUnitId} not found`);
  const above = chain.slice(chain.indexOf(body) + 1);
  // A People's Committee heads its own documents; any other body prints its committee above its name.
  const committee = body.kind === 'committee' ? undefined : above.find((u) => u.kind === 'committee');
  const localCommittee = chain.find((u) => u.kind === 'committee');
  const abbreviation = body.code.split('.').pop() ?? body.code;
  return {
    unitId: body.id,
    body: {
      parentName: committee ? (committee.short_name ?? committee.name).toLocaleUpperCase('vi') : null,
      name: body.name.toLocaleUpperCase('vi'),
      abbreviation: /^[A-Z0-9-]+$/.test(abbreviation) ? abbreviation : abbreviation.toUpperCase(),
      place: localCommittee ? stripCommittee(localCommittee.name) : '',
    },
  };
}
