import { dossierActionDefinitions, dossierActions, dossierStatusDefinitions } from '@motcua/shared';
import { describe, expect, it } from 'vitest';
import type { DossierActionForNotification, DossierForNotification } from '../dossiers/index.ts';
import { notifiesApplicant, templateFor, type TemplateKey } from './notify-rules.ts';
import { renderNotification } from './templates.ts';

describe('which dossier actions the applicant hears about', () => {
  it.each([
    ['receive', null, 'received', true],
    ['register_online', null, 'newly_registered', true],
    ['transfer', 'received', 'awaiting_assignment', true],
    ['transfer', 'in_progress', 'awaiting_assignment', false],
    ['assign', 'awaiting_assignment', 'in_progress', false],
    ['start_step', 'in_progress', 'in_progress', false],
    ['complete_step', 'in_progress', 'in_progress', false],
    ['consult', 'in_progress', 'consulting', false],
    ['request_approval', 'in_progress', 'awaiting_approval', false],
    ['approve', 'awaiting_approval', 'awaiting_signature', false],
    ['sign', 'awaiting_signature', 'awaiting_issue', false],
    ['send_back', 'awaiting_approval', 'in_progress', false],
    ['request_supplement', 'in_progress', 'supplement_requested', true],
    ['request_supplement', 'newly_registered', 'awaiting_online_correction', true],
    ['record_payment', 'financial_obligation_requested', 'in_progress', true],
    ['apologise_and_extend', 'in_progress', 'in_progress', true],
    ['issue_result', 'awaiting_issue', 'result_ready', true],
    ['correct_result', 'returned', 'correcting_result', true],
    ['return_result', 'correcting_result', 'returned', true],
  ] as const)('%s from %s to %s: %s', (action, from, to, expected) => {
    expect(notifiesApplicant(action, from, to)).toBe(expected);
  });

  it('has a template of its own for every transition of the state machine that notifies', () => {
    for (const action of dossierActions) {
      for (const t of dossierActionDefinitions[action].transitions) {
        if (notifiesApplicant(action, t.from, t.to)) expect(templateFor(action, t.to), `${action} ${t.from} → ${t.to}`).not.toBe('status_changed');
      }
    }
  });

  it('notifies every change of the national status code', () => {
    for (const action of dossierActions) {
      for (const t of dossierActionDefinitions[action].transitions) {
        if (t.from && dossierStatusDefinitions[t.from].nationalCode !== dossierStatusDefinitions[t.to].nationalCode) expect(notifiesApplicant(action, t.from, t.to)).toBe(true);
      }
    }
  });
});

describe('notification texts', () => {
  const dossier: DossierForNotification = {
    id: 'd1', code: '000.00.12.H48-261123-0001', procedureName: 'Cấp thẻ tư vấn viên pháp luật', status: 'in_progress', dueAt: '2026-11-30T09:00:00.000Z',
    applicantKind: 'individual', applicantName: 'Nguyễn Thị Hồng Nhung', applicantEmail: null, applicantPhone: null, applicantAccountId: null,
  };
  const links = { lookup: 'https://dvc.example.vn/dossier-lookup/000.00.12.H48-261123-0001', portal: null, accountHome: 'https://dvc.example.vn/account/dossiers' };
  const render = (template: TemplateKey, action: Partial<DossierActionForNotification>) =>
    renderNotification({
      template, dossier, links,
      action: { seq: 5, action: 'x', fromStatus: 'in_progress', toStatus: 'in_progress', at: '2026-11-24T02:00:00.000Z', reason: null, data: {}, dueAtAfter: null, ...action },
    });

  it('asks for the financial obligation with its amount in đồng', () => {
    const r = render('financial_obligation_requested', { toStatus: 'financial_obligation_requested', data: { description: 'Lệ phí cấp thẻ', amount: 1_500_000 } });
    expect(r.subject).toBe('Hồ sơ 000.00.12.H48-261123-0001: Yêu cầu thực hiện nghĩa vụ tài chính');
    expect(r.text).toContain('Nội dung: Lệ phí cấp thẻ\nSố tiền: 1.500.000 đồng');
    expect(r.short).toContain('so tien 1.500.000 dong');
  });

  it('apologises with the new appointment in Vietnam time', () => {
    const r = render('apology', { reason: 'Cần xác minh thêm', data: { newDueAt: '2026-12-01T09:30:00.000Z' }, dueAtAfter: '2026-12-01T09:30:00.000Z' });
    expect(r.text).toContain('Lý do: Cần xác minh thêm');
    expect(r.text).toContain('Ngày hẹn trả kết quả mới: 01/12/2026 16:30.');
    expect(r.short).toBe(`Ho so ${dossier.code}: Thu xin loi va hen lai ngay tra ket qua, ngay hen moi 01/12/2026 16:30. Tra cuu: ${links.lookup}`);
  });

  it('gives the reason of a refusal and the status in words', () => {
    const r = render('refused', { toStatus: 'refused', reason: 'Không thuộc thẩm quyền giải quyết' });
    expect(r.text).toContain('Tình trạng: Từ chối (không được tiếp nhận, không giải quyết)');
    expect(r.text).toContain('Lý do: Không thuộc thẩm quyền giải quyết');
    expect(r.text).toContain(`Tra cứu tình trạng hồ sơ: ${links.lookup}`);
  });
});
