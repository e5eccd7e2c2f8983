import type { DecisionSummary, LegalBasisItem, MissingComponent, PublicationDecision } from '@motcua/shared';
import { notFound } from '../../platform/errors.ts';
import { findDecision, listDecisionItems, listDecisionServiceLists, type DecisionRow } from './decisions.queries.ts';
import { timingOf } from './timing.ts';
import type { Executor } from '../../db/executor.ts';

const base = (d: DecisionRow, now: string) => ({
  id: d.id,
  number: d.number,
  title: d.title,
  signedOn: d.signed_on,
  signer: d.signer,
  issuer: d.issuer,
  issuerLevel: d.issuer_level as PublicationDecision['issuerLevel'],
  effectiveOn: d.effective_on,
  legalBasisEffectiveOn: d.legal_basis_effective_on,
  status: d.status as PublicationDecision['status'],
  issuedAt: d.issued_at,
  timing: timingOf(d, now),
  createdAt: d.created_at,
});

export function presentDecisionSummary(d: DecisionRow & { item_count: number | null; incomplete_count: number | null }, now: string): DecisionSummary {
  const b = base(d, now);
  const itemCount = Number(d.item_count ?? 0);
  return { ...b, itemCount, incompleteCount: Number(d.incomplete_count ?? 0), lateCount: b.timing.announcedLate || b.timing.publishedLate ? itemCount : 0 };
}

export async function loadDecisionView(ex: Executor, id: string, now: string): Promise<PublicationDecision> {
  const d = await findDecision(ex, id);
  if (!d) throw notFound('Không tìm thấy quyết định công bố');
  const [items, lists] = await Promise.all([listDecisionItems(ex, id), listDecisionServiceLists(ex, id)]);
  return {
    ...base(d, now),
    legalBasis: JSON.parse(d.legal_basis) as LegalBasisItem[],
    items: items.map((i) => ({
      procedureId: i.procedure_id,
      code: i.code,
      name: i.name,
      action: i.action as PublicationDecision['items'][number]['action'],
      versionNumber: i.version_number ?? null,
      replacedBy: i.replaced_by_procedure_id && i.replaced_by_code ? { id: i.replaced_by_procedure_id, code: i.replaced_by_code } : null,
      publishedAt: i.published_at,
      incomplete: i.incomplete === 1,
      missing: JSON.parse(i.missing) as MissingComponent[],
    })),
    serviceLists: lists.map((l) => ({ id: l.id, unitCode: l.unit_code, unitName: l.unit_name, kind: l.kind })),
  };
}
