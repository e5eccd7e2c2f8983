import { serviceListKindLabels, type ServiceList } from '@motcua/shared';
import { listServiceListItems, type ServiceListView } from './service-lists.queries.ts';
import type { Executor } from '../../db/executor.ts';

/** Lists with their items (or without, for overviews: `items` empty, `itemCount` set). */
export async function presentServiceLists(ex: Executor, lists: ServiceListView[], withItems: boolean): Promise<ServiceList[]> {
  const items = withItems ? await listServiceListItems(ex, lists.map((l) => l.id)) : [];
  return lists.map((l) => ({
    id: l.id,
    unit: { id: l.unit_id, code: l.unit_code, name: l.unit_name },
    kind: l.kind,
    kindLabel: serviceListKindLabels[l.kind],
    status: l.status as ServiceList['status'],
    decision: l.decision_id && l.decision_number
      ? { id: l.decision_id, number: l.decision_number, signedOn: l.decision_signed_on, issuerLevel: l.decision_issuer_level as 'province' }
      : null,
    publishedAt: l.published_at,
    itemCount: Number(l.item_count ?? 0),
    items: items
      .filter((i) => i.list_id === l.id)
      .map((i) => ({
        procedureId: i.procedure_id,
        code: i.code,
        name: i.name,
        sector: { code: i.sector_code, name: i.sector_name },
        onlineLevel: i.online_level as 'full',
        agency: i.agency_unit_id && i.agency_code && i.agency_name ? { unitId: i.agency_unit_id, code: i.agency_code, name: i.agency_name } : null,
        note: i.note,
      })),
    createdAt: l.created_at,
  }));
}
