/**
 * The consistency check run before publication: which components of a procedure record are missing.
 * Mandatory components follow Decree 63/2010 Art. 8 (as amended; rules.md §1): name, steps, channels,
 * dossier components with quantities, time limit, subjects, implementing agency — plus the catalog's own
 * identifiers (code, sector, level, legal basis). "Where applicable" components (forms, result, fees,
 * e-form) are reported as not mandatory.
 */

export interface MissingComponentItem {
  path: string;
  component: string;
  message: string;
  mandatory: boolean;
}

/** The parts of a record the check reads; the API's procedure record satisfies it structurally. */
export interface CheckableRecord {
  code: string;
  name: string;
  sector: { code: string; name: string };
  levels: readonly string[];
  subjects: readonly string[];
  agencies: { competent: string | null; implementing: string | null };
  steps: string | null;
  results: readonly { name: string }[];
  legalBasis: readonly { title: string }[];
  onlineLevel: string;
  postal: boolean;
  variants: readonly CheckableVariant[];
}

export interface CheckableVariant {
  name: string;
  timeLimit: { value: number; unit: string } | null;
  channels: readonly { channel: string; timeLimit: { value: number; unit: string } | null }[];
  fees: readonly { channel: string }[];
  documents: readonly { name: string; group: string; originals: number; copies: number; required: boolean }[];
  eForm: unknown;
}

const blank = (s: string | null | undefined) => !s || s.trim().length === 0;

function checkVariant(v: CheckableVariant, i: number, record: CheckableRecord): MissingComponentItem[] {
  const at = `variants.${i}`;
  const label = `Trường hợp "${v.name}"`;
  const out: MissingComponentItem[] = [];
  const miss = (path: string, component: string, message: string, mandatory = true) => out.push({ path, component, message, mandatory });
  if (v.channels.length === 0) miss(`${at}.channels`, 'channels', `${label}: chưa có cách thức thực hiện`);
  const hasTime = v.timeLimit !== null || (v.channels.length > 0 && v.channels.every((c) => c.timeLimit !== null));
  if (!hasTime) miss(`${at}.timeLimit`, 'timeLimit', `${label}: chưa có thời hạn giải quyết`);
  const submitted = v.documents.filter((d) => d.group === 'submit');
  if (submitted.length === 0) miss(`${at}.documents`, 'documents', `${label}: chưa có thành phần hồ sơ`);
  submitted.forEach((d, j) => {
    if (d.required && d.originals + d.copies === 0) {
      miss(`${at}.documents.${j}`, 'documentQuantity', `${label}: giấy tờ "${d.name.slice(0, 80)}" chưa có số lượng bản chính, bản sao`);
    }
  });
  for (const c of v.channels) {
    if (!v.fees.some((f) => f.channel === c.channel)) {
      miss(`${at}.fees`, 'fees', `${label}: chưa ghi phí, lệ phí (hoặc miễn phí) cho cách thức ${c.channel}`, false);
    }
  }
  if (record.onlineLevel !== 'none' && !v.channels.some((c) => c.channel === 'online')) {
    miss(`${at}.channels`, 'onlineChannel', `${label}: là dịch vụ công trực tuyến nhưng chưa có cách thức trực tuyến`, false);
  }
  if (record.onlineLevel !== 'none' && (v.eForm === null || v.eForm === undefined)) {
    miss(`${at}.eForm`, 'eForm', `${label}: chưa có biểu mẫu điện tử`, false);
  }
  if (record.postal && !v.channels.some((c) => c.channel === 'postal')) {
    miss(`${at}.channels`, 'postalChannel', `${label}: nhận qua bưu chính nhưng chưa có cách thức bưu chính`, false);
  }
  return out;
}

export function checkProcedureRecord(record: CheckableRecord): { complete: boolean; missing: MissingComponentItem[] } {
  const missing: MissingComponentItem[] = [];
  const miss = (path: string, component: string, message: string, mandatory = true) => missing.push({ path, component, message, mandatory });
  if (blank(record.code)) miss('code', 'code', 'Chưa có mã thủ tục');
  if (blank(record.name)) miss('name', 'name', 'Chưa có tên thủ tục');
  if (blank(record.sector.name)) miss('sector', 'sector', 'Chưa có lĩnh vực');
  if (record.levels.length === 0) miss('levels', 'levels', 'Chưa có cấp thực hiện');
  if (record.subjects.length === 0) miss('subjects', 'subjects', 'Chưa có đối tượng thực hiện');
  if (blank(record.agencies.implementing) && blank(record.agencies.competent)) {
    miss('agencies.implementing', 'implementingAgency', 'Chưa có cơ quan thực hiện');
  }
  if (blank(record.steps)) miss('steps', 'steps', 'Chưa có trình tự thực hiện');
  if (record.legalBasis.length === 0) miss('legalBasis', 'legalBasis', 'Chưa có căn cứ pháp lý');
  if (record.variants.length === 0) miss('variants', 'variants', 'Chưa có trường hợp thực hiện (thành phần hồ sơ, thời hạn, cách thức)');
  if (record.results.length === 0) miss('results', 'result', 'Chưa có kết quả thực hiện', false);
  record.variants.forEach((v, i) => missing.push(...checkVariant(v, i, record)));
  return { complete: !missing.some((m) => m.mandatory), missing };
}
