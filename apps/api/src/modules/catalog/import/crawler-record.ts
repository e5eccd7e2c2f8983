import { documentKinds, foldVietnamese, procedureLevels, procedureSubjects, type DocumentClassificationReport, type ParseIssue } from '@motcua/shared';
import { sectorCodeOf, type ProcedureRecord, type VariantRecord } from '../procedure-record.ts';
import { parseChannels } from './parse-channels.ts';
import { isVariantHeading, parseDocuments, type ParsedSection } from './parse-documents.ts';
import { parseLegalBasis } from './parse-legal-basis.ts';
import { parseResults } from './parse-result.ts';
import { clean, excerpt, type FieldStatus } from './text.ts';
import { classifyVariant, type LineReport } from './classify-documents.ts';

/** One procedure as the public crawler stored it (../shared/data/README.md): every field a string. */
export interface CrawlerRecord {
  ma_thu_tuc: string;
  ten_thu_tuc: string;
  so_quyet_dinh?: string;
  cap_thuc_hien?: string;
  loai_thu_tuc?: string;
  linh_vuc?: string;
  doi_tuong_thuc_hien?: string;
  co_quan_co_tham_quyen?: string;
  dia_chi_tiep_nhan?: string;
  co_quan_duoc_uy_quyen?: string;
  co_quan_phoi_hop?: string;
  co_quan_thuc_hien?: string;
  thu_tuc_lien_quan?: string;
  trinh_tu_thuc_hien?: string;
  cach_thuc_thuc_hien?: string;
  thanh_phan_ho_so?: string;
  can_cu_phap_ly?: string;
  yeu_cau_dieu_kien?: string;
  ket_qua_xu_ly?: string;
  detail_url?: string;
}

export const reportedFields = ['cach_thuc_thuc_hien', 'thanh_phan_ho_so', 'can_cu_phap_ly', 'ket_qua_xu_ly', 'cap_thuc_hien', 'doi_tuong_thuc_hien'] as const;
export type ReportedField = (typeof reportedFields)[number];

export interface ParsedCrawlerRecord {
  record: ProcedureRecord;
  decisionNumber: string | null;
  keywords: string | null;
  issues: ParseIssue[];
  fields: Record<ReportedField, FieldStatus>;
  classification: DocumentClassificationReport;
}

interface ClassifiedVariantLines {
  variant: string;
  lines: LineReport[];
}

/** The field of the parse issues that list the document lines a low-confidence rule classified. */
export const CLASSIFICATION_FIELD = 'thanh_phan_ho_so.phan_loai';

/** Per record: lines per kind, the share decided by high-confidence rules, and the lines to check. */
export function classificationReport(variants: ClassifiedVariantLines[]): DocumentClassificationReport {
  const all = variants.flatMap((v) => v.lines.map((l) => ({ ...l, variant: v.variant })));
  const kinds = Object.fromEntries(documentKinds.map((k) => [k, all.filter((l) => l.kind === k).length])) as DocumentClassificationReport['kinds'];
  const low = all.filter((l) => l.confidence === 'low');
  return {
    lines: all.length, kinds, confidence: all.length === 0 ? 1 : Math.round((1000 * (all.length - low.length)) / all.length) / 1000,
    lowConfidence: low.map((l) => ({ variant: l.variant, position: l.position, rule: l.rule, kind: l.kind, excerpt: excerpt(l.name) })),
  };
}

/** The classification as parse issues on the version, where the control officer sees what to check. */
function classificationIssues(report: DocumentClassificationReport): ParseIssue[] {
  if (report.lowConfidence.length === 0) return [];
  const share = `${Math.round(report.confidence * 100)}%`;
  return [
    { field: CLASSIFICATION_FIELD, message: `Độ tin cậy phân loại giấy tờ: ${share} (${report.lines - report.lowConfidence.length}/${report.lines} dòng theo quy tắc chắc chắn)` },
    ...report.lowConfidence.map((l) => ({ field: CLASSIFICATION_FIELD, message: `Cần kiểm tra dòng ${l.position + 1} (${l.variant}): ${l.kind} theo quy tắc ${l.rule}`, excerpt: l.excerpt })),
  ];
}

/** Matches known names in a comma list, longest first (names contain commas themselves). */
function matchVocabulary(text: string | null, vocabulary: readonly { code: string; vi: string }[], field: string): { codes: string[]; status: FieldStatus; issues: ParseIssue[] } {
  if (!text) return { codes: [], status: 'absent', issues: [] };
  let rest = ` ${foldVietnamese(text)} `;
  const codes: string[] = [];
  for (const v of [...vocabulary].sort((a, b) => b.vi.length - a.vi.length)) {
    const needle = ` ${foldVietnamese(v.vi)} `;
    if (rest.includes(needle)) {
      codes.push(v.code);
      rest = rest.replaceAll(needle, ' ');
    }
  }
  const left = rest.trim();
  const issues = left ? [{ field, message: 'Không nhận ra một phần', excerpt: excerpt(left) }] : [];
  const order = new Map(vocabulary.map((v, i) => [v.code, i]));
  codes.sort((a, b) => order.get(a)! - order.get(b)!);
  return { codes, status: codes.length === 0 ? 'unparsed' : left ? 'partial' : 'parsed', issues };
}

/**
 * Sections become variants when every documented section is a "Trường hợp …" case; otherwise the cases are
 * conditional documents of a single variant.
 */
function variantsOf(name: string, sections: ParsedSection[], base: Omit<VariantRecord, 'key' | 'name' | 'documents'>): { variants: VariantRecord[]; lines: ClassifiedVariantLines[] } {
  const withDocs = sections.filter((s) => s.rows.length > 0);
  const alternatives = withDocs.length > 1 && withDocs.every((s) => isVariantHeading(s.heading));
  const parts = alternatives
    ? withDocs.map((s, i) => ({ key: `v${i + 1}`, name: s.heading!, sections: [{ ...s, headingIsVariantName: true }] }))
    : [{ key: 'v1', name, sections: withDocs.length === 1 ? [{ ...withDocs[0]!, headingIsVariantName: isVariantHeading(withDocs[0]!.heading) }] : withDocs }];
  const classified = parts.map((p) => ({ ...p, ...classifyVariant(p.sections) }));
  return {
    variants: classified.map((p) => ({ ...base, key: p.key, name: p.name, documents: p.documents })),
    lines: classified.map((p) => ({ variant: p.key, lines: p.lines })),
  };
}

function relatedOf(text: string | null): { code: string | null; name: string }[] {
  if (!text) return [];
  return text
    .split(/\n|;/)
    .map((s) => clean(s.replace(/^[-+•]\s*/, '')))
    .filter((s): s is string => !!s)
    .slice(0, 50)
    .map((s) => ({ code: /\b(\d\.\d{6}(?:\.[A-Z0-9]+)?)\b/.exec(s)?.[1] ?? null, name: s }));
}

export function parseCrawlerRecord(raw: CrawlerRecord): ParsedCrawlerRecord {
  const name = clean(raw.ten_thu_tuc) ?? raw.ma_thu_tuc;
  const channels = parseChannels(raw.cach_thuc_thuc_hien ?? '');
  const documents = parseDocuments(raw.thanh_phan_ho_so ?? '');
  const legal = parseLegalBasis(raw.can_cu_phap_ly ?? '');
  const result = parseResults(raw.ket_qua_xu_ly ?? '');
  const levels = matchVocabulary(clean(raw.cap_thuc_hien), procedureLevels, 'cap_thuc_hien');
  const subjects = matchVocabulary(clean(raw.doi_tuong_thuc_hien), procedureSubjects, 'doi_tuong_thuc_hien');
  const offers = channels.value.channels;
  const headline = offers.find((c) => c.channel === 'in_person')?.timeLimit ?? offers.find((c) => c.timeLimit)?.timeLimit ?? null;
  const base = { timeLimit: headline, timeLimitNote: null, channels: offers, fees: channels.value.fees, eForm: null };
  const sectorName = clean(raw.linh_vuc) ?? 'Khác';
  const steps = clean(raw.trinh_tu_thuc_hien);
  const related = relatedOf(clean(raw.thu_tuc_lien_quan));
  const parts = variantsOf(name, documents.value, base);
  const record: ProcedureRecord = {
    code: raw.ma_thu_tuc.trim(),
    name,
    kind: clean(raw.loai_thu_tuc),
    sector: { code: sectorCodeOf(sectorName), name: sectorName },
    levels: levels.codes,
    subjects: subjects.codes,
    agencies: {
      competent: clean(raw.co_quan_co_tham_quyen),
      implementing: clean(raw.co_quan_thuc_hien),
      authorised: clean(raw.co_quan_duoc_uy_quyen),
      coordinating: clean(raw.co_quan_phoi_hop),
      receivingAddress: clean(raw.dia_chi_tiep_nhan),
    },
    steps,
    conditions: clean(raw.yeu_cau_dieu_kien),
    results: result.value.results,
    legalBasis: legal.value,
    related,
    interAgency: /liên thông/i.test(name) || related.some((r) => /liên thông/i.test(r.name)),
    // The crawler does not say full or partial: an online channel is recorded as partial-online.
    onlineLevel: offers.some((c) => c.channel === 'online') ? 'partial' : 'none',
    postal: offers.some((c) => c.channel === 'postal'),
    onTheSpot: offers.some((c) => c.timeLimit?.value === 0) || /giải quyết ngay|trả kết quả ngay/i.test(steps ?? ''),
    ownerUnitId: null,
    variants: parts.variants,
  };
  const classification = classificationReport(parts.lines);
  return {
    record,
    decisionNumber: clean(raw.so_quyet_dinh),
    keywords: result.value.keywords,
    issues: [...channels.issues, ...documents.issues, ...legal.issues, ...result.issues, ...levels.issues, ...subjects.issues, ...classificationIssues(classification)],
    classification,
    fields: {
      cach_thuc_thuc_hien: channels.status,
      thanh_phan_ho_so: documents.status,
      can_cu_phap_ly: legal.status,
      ket_qua_xu_ly: result.status,
      cap_thuc_hien: levels.status,
      doi_tuong_thuc_hien: subjects.status,
    },
  };
}
