import { channelLabels, type CatalogTimeLimit } from '@motcua/shared';
import type { ExportEntry } from './export-records.ts';

/** ISO 8601 duration of a time limit; working days and hours are approximated as days and hours (noted in the description). */
function duration(t: CatalogTimeLimit | null): string | undefined {
  if (!t) return undefined;
  if (t.unit === 'months') return `P${t.value}M`;
  if (t.unit === 'working_hours') return `PT${t.value}H`;
  return `P${t.value}D`;
}

const vi = (value: string) => ({ '@language': 'vi', '@value': value });

/**
 * Open data in the Core Public Service Vocabulary Application Profile (CPSV-AP 3): each procedure is a
 * cpsv:PublicService with its competent authority, inputs (evidence), outputs, costs, channels and legal resources.
 */
export function cpsvJsonLd(entries: ExportEntry[], baseUrl: string) {
  return {
    '@context': {
      cpsv: 'http://purl.org/vocab/cpsv#',
      cv: 'http://data.europa.eu/m8g/',
      dct: 'http://purl.org/dc/terms/',
      eli: 'http://data.europa.eu/eli/ontology#',
      skos: 'http://www.w3.org/2004/02/skos/core#',
      xsd: 'http://www.w3.org/2001/XMLSchema#',
    },
    '@graph': entries.map(({ record, versionNumber }) => {
      const id = `${baseUrl}/thu-tuc/${encodeURIComponent(record.code)}`;
      return {
        '@id': id,
        '@type': 'cpsv:PublicService',
        'dct:identifier': record.code,
        'dct:title': vi(record.name),
        ...(record.steps ? { 'dct:description': vi(record.steps) } : {}),
        'dct:hasVersion': String(versionNumber),
        ...(record.kind ? { 'dct:type': vi(record.kind) } : {}),
        'cv:sector': vi(record.sector.name),
        'cv:thematicArea': { '@id': `${baseUrl}/linh-vuc/${record.sector.code}`, 'skos:prefLabel': vi(record.sector.name) },
        'cv:hasCompetentAuthority': { '@type': 'cv:PublicOrganisation', 'skos:prefLabel': vi(record.agencies.competent ?? record.agencies.implementing ?? '') },
        ...(record.conditions ? { 'cv:holdsRequirement': { '@type': 'cv:Requirement', 'dct:description': vi(record.conditions) } } : {}),
        'cpsv:hasInput': record.variants.flatMap((v) =>
          v.documents.map((d) => ({ '@type': 'cv:Evidence', 'dct:title': vi(d.name), 'dct:description': vi(`${v.name}: ${d.originals} bản chính, ${d.copies} bản sao`) })),
        ),
        'cpsv:produces': record.results.map((r) => ({ '@type': 'cv:Output', ...(r.code ? { 'dct:identifier': r.code } : {}), 'dct:title': vi(r.name) })),
        'cv:hasCost': record.variants.flatMap((v) =>
          v.fees.map((f) => ({
            '@type': 'cv:Cost',
            ...(f.amount !== null ? { 'cv:value': { '@value': String(f.amount), '@type': 'xsd:decimal' }, 'cv:currency': { '@id': 'http://publications.europa.eu/resource/authority/currency/VND' } } : {}),
            'dct:description': vi([channelLabels[f.channel], f.kind === 'free' ? 'Miễn phí' : f.kind === 'set_by_council' ? 'Mức do HĐND tỉnh quyết định' : f.label, f.note].filter(Boolean).join(' — ')),
          })),
        ),
        'cv:hasChannel': [...new Set(record.variants.flatMap((v) => v.channels.map((c) => c.channel)))].map((c) => ({ '@type': 'cv:Channel', 'dct:type': vi(channelLabels[c]) })),
        ...(duration(record.variants[0]?.timeLimit ?? null) ? { 'cv:processingTime': { '@value': duration(record.variants[0]!.timeLimit)!, '@type': 'xsd:duration' } } : {}),
        'cv:hasLegalResource': record.legalBasis.map((b) => ({ '@type': 'eli:LegalResource', ...(b.number ? { 'eli:id_local': b.number } : {}), 'dct:title': vi(b.title) })),
      };
    }),
  };
}
