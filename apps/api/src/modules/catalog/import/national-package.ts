import { channels as channelCodes, documentKinds, foldVietnamese, procedureLevels, procedureSubjects, timeLimitUnitLabels, type Channel, type DocumentKind, type FeeKind, type ParseIssue } from '@motcua/shared';
import { normaliseDocument, sectorCodeOf, type ProcedureRecord, type VariantRecord } from '../procedure-record.ts';

/**
 * The national procedure package: the record shape exchanged with the national procedure database.
 * Channel codes follow the sync codes (rules.md §2): 1 in person, 2 online, 3 postal. Time limit and fees
 * are given per channel (`CACHTHUCTHUCHIEN[].THOIGIAN[].PHILEPHI[]`), documents per variant
 * (`THANHPHANHOSO[].GIAYTO[]`), each tagged with its case (`TRUONGHOP`).
 */
export type NationalPackage = {
  MATTHC: string;
  TENTTHC: string;
  LOAITTHC?: string | null;
  SOQUYETDINH?: string | null;
  TRANGTHAI?: string;
  PHIENBAN?: number;
  LINHVUCTHUCHIEN?: { MALINHVUC: string; TENLINHVUC: string }[];
  CAPTHUCHIEN?: { MACAP: string; TENCAP: string }[];
  DOITUONGTHUCHIEN?: { MADOITUONG: string; TENDOITUONG: string }[];
  COQUANCOTHAMQUYEN?: string | null;
  COQUANTHUCHIEN?: string | null;
  COQUANDUOCUYQUYEN?: string | null;
  COQUANPHOIHOP?: string | null;
  DIACHITIEPNHAN?: string | null;
  TRINHTUTHUCHIEN?: { TRUONGHOP?: string | null; NOIDUNG: string }[];
  CACHTHUCTHUCHIEN?: { KENH: '1' | '2' | '3'; TENKENH?: string; THOIGIAN: PackageTime[] }[];
  THANHPHANHOSO?: { TRUONGHOP: string; BIEUMAUDIENTU?: Record<string, unknown> | null; GIAYTO: PackageDocument[] }[];
  YEUCAUDIEUKIEN?: string | null;
  KETQUATHUCHIEN?: { MAKETQUA: string | null; TENKETQUA: string }[];
  CANCUPHAPLY?: { SOVANBAN: string | null; TENVANBAN: string; NGAYBANHANH?: string | null; COQUANBANHANH?: string | null; NGAYHIEULUC?: string | null }[];
  TTHCLIENQUAN?: { MATTHC: string | null; TENTTHC: string }[];
  MUCDODVC?: 'TOANTRINH' | 'MOTPHAN' | 'KHONG';
  LIENTHONG?: boolean;
  GIAIQUYETTAICHO?: boolean;
};

interface PackageTime {
  TRUONGHOP?: string | null;
  THOIGIANGIAIQUYET: number | null;
  DONVITINH: string | null;
  MOTA?: string | null;
  PHILEPHI: PackageFee[];
}
interface PackageFee {
  LOAI: 'SOTIEN' | 'MIENPHI' | 'HDND' | 'KHAC';
  SOTIEN: number | null;
  DONVI?: 'Đồng';
  TEN?: string | null;
  MOTA?: string | null;
  MIENGIAM?: string | null;
}
interface PackageDocument {
  TENGIAYTO: string;
  LOAI?: 'NOP' | 'XUATTRINH';
  SOBANCHINH: number;
  SOBANSAO: number;
  BATBUOC?: boolean;
  DIEUKIEN?: string | null;
  /** Our extension (absent in national packages): the line's kind, case, alternative group and channels. */
  LOAIDONG?: DocumentKind;
  MATINHHUONG?: string | null;
  CAUHOI?: string | null;
  NHOMTHAYTHE?: number | null;
  KENH?: string[] | null;
  /** The import rule that classified the line (null when an officer set it). */
  QUYTACPHANLOAI?: string | null;
  MAUDON?: { TENMAUDON: string; URL: string | null }[];
}

const channelCode: Record<Channel, '1' | '2' | '3'> = { in_person: '1', online: '2', postal: '3' };
const channelOf: Record<string, Channel> = { '1': 'in_person', '2': 'online', '3': 'postal' };
const feeCode: Record<FeeKind, PackageFee['LOAI']> = { amount: 'SOTIEN', free: 'MIENPHI', set_by_council: 'HDND', other: 'KHAC' };
const feeKindOf: Record<string, FeeKind> = { SOTIEN: 'amount', MIENPHI: 'free', HDND: 'set_by_council', KHAC: 'other' };
const onlineCode = { full: 'TOANTRINH', partial: 'MOTPHAN', none: 'KHONG' } as const;
const unitByLabel = new Map(Object.entries(timeLimitUnitLabels).map(([unit, label]) => [foldVietnamese(label), unit as keyof typeof timeLimitUnitLabels]));
const nameOf = (list: readonly { code: string; vi: string }[], code: string) => list.find((x) => x.code === code)?.vi ?? code;

export function toNationalPackage(record: ProcedureRecord, extra: { status?: string; version?: number; decisionNumber?: string | null } = {}): NationalPackage {
  const channels = (['in_person', 'online', 'postal'] as const).filter((c) => record.variants.some((v) => v.channels.some((o) => o.channel === c)));
  return {
    MATTHC: record.code,
    TENTTHC: record.name,
    LOAITTHC: record.kind,
    SOQUYETDINH: extra.decisionNumber ?? null,
    ...(extra.status ? { TRANGTHAI: extra.status } : {}),
    ...(extra.version ? { PHIENBAN: extra.version } : {}),
    LINHVUCTHUCHIEN: [{ MALINHVUC: record.sector.code, TENLINHVUC: record.sector.name }],
    CAPTHUCHIEN: record.levels.map((l) => ({ MACAP: l, TENCAP: nameOf(procedureLevels, l) })),
    DOITUONGTHUCHIEN: record.subjects.map((s) => ({ MADOITUONG: s, TENDOITUONG: nameOf(procedureSubjects, s) })),
    COQUANCOTHAMQUYEN: record.agencies.competent,
    COQUANTHUCHIEN: record.agencies.implementing,
    COQUANDUOCUYQUYEN: record.agencies.authorised,
    COQUANPHOIHOP: record.agencies.coordinating,
    DIACHITIEPNHAN: record.agencies.receivingAddress,
    TRINHTUTHUCHIEN: record.steps ? [{ TRUONGHOP: null, NOIDUNG: record.steps }] : [],
    CACHTHUCTHUCHIEN: channels.map((c) => ({
      KENH: channelCode[c],
      THOIGIAN: record.variants
        .filter((v) => v.channels.some((o) => o.channel === c))
        .map((v) => {
          const offer = v.channels.find((o) => o.channel === c)!;
          const time = offer.timeLimit ?? v.timeLimit;
          return {
            TRUONGHOP: v.name,
            THOIGIANGIAIQUYET: time?.value ?? null,
            DONVITINH: time ? timeLimitUnitLabels[time.unit] : null,
            MOTA: offer.description,
            PHILEPHI: v.fees
              .filter((f) => f.channel === c)
              .map((f) => ({ LOAI: feeCode[f.kind], SOTIEN: f.amount, DONVI: 'Đồng' as const, TEN: f.label, MOTA: f.note, MIENGIAM: f.exemptions })),
          };
        }),
    })),
    THANHPHANHOSO: record.variants.map((v) => ({
      TRUONGHOP: v.name,
      BIEUMAUDIENTU: v.eForm,
      GIAYTO: v.documents.map((d) => ({
        TENGIAYTO: d.name, LOAI: d.group === 'present' ? 'XUATTRINH' : 'NOP', SOBANCHINH: d.originals, SOBANSAO: d.copies,
        BATBUOC: d.kind === 'required' || d.kind === 'conditional' || d.kind === 'alternative', DIEUKIEN: d.condition,
        LOAIDONG: d.kind, MATINHHUONG: d.caseKey, CAUHOI: d.caseQuestion, NHOMTHAYTHE: d.alternativeGroup, KENH: d.channels, QUYTACPHANLOAI: d.classifiedBy,
        MAUDON: d.formTemplate ? [{ TENMAUDON: d.formTemplate.name, URL: d.formTemplate.url }] : [],
      })),
    })),
    YEUCAUDIEUKIEN: record.conditions,
    KETQUATHUCHIEN: record.results.map((r) => ({ MAKETQUA: r.code, TENKETQUA: r.name })),
    CANCUPHAPLY: record.legalBasis.map((b) => ({ SOVANBAN: b.number, TENVANBAN: b.title, NGAYBANHANH: b.issuedOn, COQUANBANHANH: b.issuer, NGAYHIEULUC: b.effectiveOn })),
    TTHCLIENQUAN: record.related.map((r) => ({ MATTHC: r.code, TENTTHC: r.name })),
    MUCDODVC: onlineCode[record.onlineLevel],
    LIENTHONG: record.interAgency,
    GIAIQUYETTAICHO: record.onTheSpot,
  };
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);
const isDate = (v: unknown): string | null => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : null);

function timeOf(t: PackageTime, issues: ParseIssue[]): VariantRecord['timeLimit'] {
  if (t.THOIGIANGIAIQUYET === null || t.THOIGIANGIAIQUYET === undefined) return null;
  const unit = unitByLabel.get(foldVietnamese(t.DONVITINH ?? ''));
  if (!unit) issues.push({ field: 'CACHTHUCTHUCHIEN.THOIGIAN.DONVITINH', message: `Đơn vị thời hạn không rõ: ${t.DONVITINH ?? '(trống)'}` });
  return { value: Math.round(Number(t.THOIGIANGIAIQUYET) * 2) / 2, unit: unit ?? 'working_days' };
}

/** Reads a package record into our model; what it cannot map is reported, not guessed silently. */
export function fromNationalPackage(p: NationalPackage): { record: ProcedureRecord; issues: ParseIssue[]; decisionNumber: string | null } {
  const issues: ParseIssue[] = [];
  const variants = new Map<string, VariantRecord>();
  const variant = (name: string | null | undefined): VariantRecord => {
    const key = str(name) ?? p.TENTTHC;
    let v = variants.get(key);
    if (!v) {
      v = { key: `v${variants.size + 1}`, name: key, timeLimit: null, timeLimitNote: null, channels: [], fees: [], documents: [], eForm: null };
      variants.set(key, v);
    }
    return v;
  };
  for (const part of p.THANHPHANHOSO ?? []) {
    const v = variant(part.TRUONGHOP);
    v.eForm = part.BIEUMAUDIENTU ?? null;
    v.documents.push(...(part.GIAYTO ?? []).map((d) => normaliseDocument({
      group: d.LOAI === 'XUATTRINH' ? ('present' as const) : ('submit' as const), name: d.TENGIAYTO, originals: Number(d.SOBANCHINH ?? 0), copies: Number(d.SOBANSAO ?? 0),
      kind: d.LOAIDONG && (documentKinds as readonly string[]).includes(d.LOAIDONG) ? d.LOAIDONG : undefined, required: d.BATBUOC ?? true, condition: str(d.DIEUKIEN),
      caseKey: str(d.MATINHHUONG), caseQuestion: str(d.CAUHOI), alternativeGroup: typeof d.NHOMTHAYTHE === 'number' ? d.NHOMTHAYTHE : null,
      channels: Array.isArray(d.KENH) ? d.KENH.filter((c): c is Channel => (channelCodes as readonly string[]).includes(c)) : null,
      classifiedBy: str(d.QUYTACPHANLOAI)?.slice(0, 60) ?? null,
      formTemplate: d.MAUDON?.[0] ? { name: d.MAUDON[0].TENMAUDON, url: str(d.MAUDON[0].URL), fileId: null } : null,
    })));
  }
  for (const c of p.CACHTHUCTHUCHIEN ?? []) {
    const channel = channelOf[String(c.KENH)];
    if (!channel) {
      issues.push({ field: 'CACHTHUCTHUCHIEN.KENH', message: `Kênh không rõ: ${String(c.KENH)}` });
      continue;
    }
    for (const t of c.THOIGIAN ?? []) {
      const v = variant(t.TRUONGHOP);
      const timeLimit = timeOf(t, issues);
      if (!v.channels.some((o) => o.channel === channel)) v.channels.push({ channel, timeLimit, description: str(t.MOTA) });
      if (channel === 'in_person' || !v.timeLimit) v.timeLimit = timeLimit ?? v.timeLimit;
      for (const f of t.PHILEPHI ?? []) {
        const kind = feeKindOf[f.LOAI] ?? (f.SOTIEN !== null && f.SOTIEN !== undefined ? 'amount' : 'other');
        v.fees.push({ channel, kind, amount: kind === 'amount' ? Number(f.SOTIEN ?? 0) : null, label: str(f.TEN), note: str(f.MOTA), exemptions: str(f.MIENGIAM) });
      }
    }
  }
  const sector = p.LINHVUCTHUCHIEN?.[0];
  if (!sector) issues.push({ field: 'LINHVUCTHUCHIEN', message: 'Thiếu lĩnh vực' });
  const sectorName = str(sector?.TENLINHVUC) ?? 'Khác';
  const record: ProcedureRecord = {
    code: p.MATTHC.trim(), name: p.TENTTHC.trim(), kind: str(p.LOAITTHC),
    sector: { code: str(sector?.MALINHVUC) ?? sectorCodeOf(sectorName), name: sectorName },
    levels: (p.CAPTHUCHIEN ?? []).map((l) => l.MACAP).filter((c) => procedureLevels.some((x) => x.code === c)),
    subjects: (p.DOITUONGTHUCHIEN ?? []).map((s) => s.MADOITUONG).filter((c) => procedureSubjects.some((x) => x.code === c)),
    agencies: { competent: str(p.COQUANCOTHAMQUYEN), implementing: str(p.COQUANTHUCHIEN), authorised: str(p.COQUANDUOCUYQUYEN), coordinating: str(p.COQUANPHOIHOP), receivingAddress: str(p.DIACHITIEPNHAN) },
    steps: (p.TRINHTUTHUCHIEN ?? []).map((s) => (s.TRUONGHOP ? `${s.TRUONGHOP}:\n${s.NOIDUNG}` : s.NOIDUNG)).join('\n\n') || null,
    conditions: str(p.YEUCAUDIEUKIEN),
    results: (p.KETQUATHUCHIEN ?? []).map((r) => ({ name: r.TENKETQUA, code: str(r.MAKETQUA) })),
    legalBasis: (p.CANCUPHAPLY ?? []).map((b) => ({ number: str(b.SOVANBAN), title: b.TENVANBAN, issuedOn: isDate(b.NGAYBANHANH), issuer: str(b.COQUANBANHANH), effectiveOn: isDate(b.NGAYHIEULUC) })),
    related: (p.TTHCLIENQUAN ?? []).map((r) => ({ code: str(r.MATTHC), name: r.TENTTHC })),
    interAgency: p.LIENTHONG ?? false,
    onlineLevel: p.MUCDODVC === 'TOANTRINH' ? 'full' : p.MUCDODVC === 'MOTPHAN' ? 'partial' : 'none',
    postal: (p.CACHTHUCTHUCHIEN ?? []).some((c) => String(c.KENH) === '3'),
    onTheSpot: p.GIAIQUYETTAICHO ?? false,
    ownerUnitId: null,
    variants: [...variants.values()],
  };
  const unknownLevels = (p.CAPTHUCHIEN ?? []).filter((l) => !record.levels.includes(l.MACAP));
  if (unknownLevels.length) issues.push({ field: 'CAPTHUCHIEN', message: `Cấp không rõ: ${unknownLevels.map((l) => l.MACAP).join(', ')}` });
  const unknownSubjects = (p.DOITUONGTHUCHIEN ?? []).filter((s) => !record.subjects.includes(s.MADOITUONG));
  if (unknownSubjects.length) issues.push({ field: 'DOITUONGTHUCHIEN', message: `Đối tượng không rõ: ${unknownSubjects.map((s) => s.MADOITUONG).join(', ')}` });
  return { record, issues, decisionNumber: str(p.SOQUYETDINH) };
}
