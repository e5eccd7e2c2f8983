import { describe, expect, it } from 'vitest';
import type { DossierStatus, NationalStatusCode } from './statuses.ts';
import {
  dossierStatusDefinitions,
  dossierStatuses,
  endsProcessing,
  isDossierStatus,
  nationalStatusCodes,
  nationalStatusOf,
  statusesWithNationalCode,
} from './statuses.ts';

describe('dossier statuses and national status codes', () => {
  it.each<[DossierStatus, NationalStatusCode, string]>([
    ['newly_registered', 1, 'Mới đăng ký'],
    ['awaiting_online_correction', 5, 'Yêu cầu bổ sung giấy tờ'],
    ['received', 2, 'Được tiếp nhận'],
    ['awaiting_assignment', 4, 'Đang xử lý'],
    ['in_progress', 4, 'Đang xử lý'],
    ['consulting', 4, 'Đang xử lý'],
    ['awaiting_approval', 4, 'Đang xử lý'],
    ['awaiting_signature', 4, 'Đang xử lý'],
    ['awaiting_issue', 4, 'Đang xử lý'],
    ['supplement_requested', 5, 'Yêu cầu bổ sung giấy tờ'],
    ['financial_obligation_requested', 6, 'Yêu cầu thực hiện nghĩa vụ tài chính'],
    ['result_ready', 9, 'Đã xử lý xong'],
    ['returned', 10, 'Đã trả kết quả'],
    ['correcting_result', 10, 'Đã trả kết quả'],
    ['refused', 3, 'Không được tiếp nhận'],
    ['stopped', 8, 'Dừng xử lý'],
    ['withdrawn', 7, 'Công dân yêu cầu rút hồ sơ'],
    ['closed_without_supplement', 8, 'Dừng xử lý'],
  ])('%s is synced as national code %i (%s)', (status, code, label) => {
    expect(nationalStatusOf(status)).toEqual({ code, label });
  });

  it('uses every national code 1–10 at least once', () => {
    for (const code of nationalStatusCodes) expect(statusesWithNationalCode(code).length).toBeGreaterThan(0);
  });

  it('gives every status a Vietnamese label and a clock state', () => {
    for (const status of dossierStatuses) {
      expect(dossierStatusDefinitions[status].status).toBe(status);
      expect(dossierStatusDefinitions[status].label.length).toBeGreaterThan(5);
    }
  });

  it('ends processing exactly at completed, returned, stopped, refused and withdrawn (codes 3, 7, 8, 9, 10)', () => {
    const ending = dossierStatuses.filter(endsProcessing).map((s) => dossierStatusDefinitions[s].nationalCode);
    expect(new Set(ending)).toEqual(new Set([3, 7, 8, 9, 10]));
    expect(dossierStatuses.filter((s) => !endsProcessing(s)).every((s) => ![3, 7, 8, 9, 10].includes(dossierStatusDefinitions[s].nationalCode))).toBe(true);
  });

  it('recognises its own statuses only', () => {
    expect(isDossierStatus('in_progress')).toBe(true);
    expect(isDossierStatus('processing')).toBe(false);
    expect(isDossierStatus(4)).toBe(false);
  });
});
