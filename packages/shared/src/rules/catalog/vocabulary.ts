/**
 * The closed vocabularies of the procedure catalog (rules.md §1), shared by the API contracts, the
 * database CHECK constraints (copied into the migration, which is frozen) and the UI labels.
 */

export const procedureStatuses = ['draft', 'published', 'amended', 'replaced', 'abolished'] as const;
export type ProcedureStatus = (typeof procedureStatuses)[number];
/** Statuses under which a procedure is in force and shown in public search. */
export const inForceStatuses: readonly ProcedureStatus[] = ['published', 'amended'];

export const onlineLevels = ['full', 'partial', 'none'] as const;
export type OnlineLevel = (typeof onlineLevels)[number];

export const channels = ['in_person', 'online', 'postal'] as const;
export type Channel = (typeof channels)[number];

/** How a fee line states its amount: a fixed VND amount, free, set by the provincial council, or text only. */
export const feeKinds = ['amount', 'free', 'set_by_council', 'other'] as const;
export type FeeKind = (typeof feeKinds)[number];

/** Documents to submit versus documents only shown at the desk (giấy tờ phải xuất trình). */
export const documentGroups = ['submit', 'present'] as const;
export type DocumentGroup = (typeof documentGroups)[number];

/**
 * How a line of a variant's dossier components binds the applicant (issue 12):
 * required — always (on the channels it names); conditional — only when its case applies ("Trường hợp ủy quyền…");
 * alternative — one line of its alternative group is enough; optional — "nếu có"; note — guidance text, not a document.
 */
export const documentKinds = ['required', 'conditional', 'alternative', 'optional', 'note'] as const;
export type DocumentKind = (typeof documentKinds)[number];

export const decisionActions = ['new', 'amended', 'replaced', 'abolished'] as const;
export type DecisionAction = (typeof decisionActions)[number];

export const decisionStatuses = ['draft', 'issued'] as const;
export type DecisionStatus = (typeof decisionStatuses)[number];

/** Who announced a decision: the province itself, or a ministry (records imported from the national portal). */
export const decisionIssuerLevels = ['province', 'ministry'] as const;
export type DecisionIssuerLevel = (typeof decisionIssuerLevels)[number];

export const agencyRoles = ['competent', 'implementing', 'authorised', 'coordinating'] as const;
export type AgencyRole = (typeof agencyRoles)[number];

/** The lists a province publishes for each one-stop desk (each by a decision). */
export const serviceListKinds = ['received_at_desk', 'not_received_at_desk', 'inter_agency', 'on_the_spot', 'online_full', 'online_partial'] as const;
export type ServiceListKind = (typeof serviceListKinds)[number];
export const serviceListStatuses = ['draft', 'published', 'superseded'] as const;
export type ServiceListStatus = (typeof serviceListStatuses)[number];

export const versionSources = ['edit', 'import', 'package'] as const;
export type VersionSource = (typeof versionSources)[number];

/** Implementing levels as catalog data; unknown levels from a package are kept as their own code. */
export const procedureLevels: readonly { code: string; vi: string }[] = [
  { code: 'ministry', vi: 'Cấp bộ' },
  { code: 'province', vi: 'Cấp tỉnh' },
  { code: 'district', vi: 'Cấp huyện' },
  { code: 'commune', vi: 'Cấp xã' },
  { code: 'other', vi: 'Cơ quan khác' },
];

/** Subjects (đối tượng thực hiện) as named on the national portal. */
export const procedureSubjects: readonly { code: string; vi: string }[] = [
  { code: 'citizen', vi: 'Công dân Việt Nam' },
  { code: 'overseas_vietnamese', vi: 'Người Việt Nam định cư ở nước ngoài' },
  { code: 'foreigner', vi: 'Người nước ngoài' },
  { code: 'foreign_resident', vi: 'Người nước ngoài cư trú tại Việt Nam' },
  { code: 'organisation', vi: 'Tổ chức (không bao gồm doanh nghiệp, HTX)' },
  { code: 'foreign_organisation', vi: 'Tổ chức nước ngoài' },
  { code: 'business', vi: 'Doanh nghiệp' },
  { code: 'vietnamese_business', vi: 'Doanh nghiệp Việt Nam' },
  { code: 'foreign_invested_business', vi: 'Doanh nghiệp có vốn đầu tư nước ngoài' },
  { code: 'cooperative', vi: 'Hợp tác xã' },
  { code: 'civil_servant', vi: 'Cán bộ, công chức, viên chức' },
  { code: 'party_member', vi: 'Đảng viên' },
  { code: 'party_organisation', vi: 'Tổ chức Đảng' },
];

export const channelLabels: Record<Channel, string> = { in_person: 'Trực tiếp', online: 'Trực tuyến', postal: 'Dịch vụ bưu chính' };
export const timeLimitUnitLabels = { working_days: 'Ngày làm việc', working_hours: 'Giờ làm việc', days: 'Ngày', months: 'Tháng' } as const;
export const serviceListKindLabels: Record<ServiceListKind, string> = {
  received_at_desk: 'Danh mục TTHC tiếp nhận tại Bộ phận Một cửa',
  not_received_at_desk: 'Danh mục TTHC không tiếp nhận tại Bộ phận Một cửa',
  inter_agency: 'Danh mục TTHC liên thông',
  on_the_spot: 'Danh mục TTHC giải quyết tại chỗ',
  online_full: 'Danh mục dịch vụ công trực tuyến toàn trình',
  online_partial: 'Danh mục dịch vụ công trực tuyến một phần',
};
