import { formatDateVi, type PaymentStatus, type ReconciliationReport } from '@motcua/shared';
import ExcelJS from 'exceljs';

export const statusLabels: Record<PaymentStatus, string> = { paid: 'Thành công', failed: 'Không thành công', cancelled: 'Đã hủy', expired: 'Hết hạn', pending: 'Đang chờ' };
const problemLabels = { dossier_not_waiting: 'Hồ sơ không còn chờ nộp tiền', amount_differs: 'Số tiền khác số phải nộp' } as const;
const VND = '#,##0 "đ"';

/** dd/MM/yyyy HH:mm (Vietnam time) of an instant. */
const instant = (iso: string | null) => {
  if (!iso) return '';
  const local = new Date(Date.parse(iso) + 7 * 3_600_000).toISOString();
  return `${formatDateVi(local.slice(0, 10))} ${local.slice(11, 16)}`;
};

function sheet(wb: ExcelJS.Workbook, name: string, columns: { header: string; key: string; width: number; numFmt?: string }[]) {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map(({ numFmt, ...c }) => ({ ...c, ...(numFmt ? { style: { numFmt } } : {}) }));
  ws.getRow(1).font = { bold: true };
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return ws;
}

/** The reconciliation report as a workbook: one sheet of daily sums (with a total row), one of transactions. */
export async function reconciliationWorkbook(report: ReconciliationReport): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'MotCua';
  const days = sheet(wb, 'Tổng hợp theo ngày', [
    { header: 'Ngày', key: 'date', width: 12 },
    { header: 'Số GD thành công', key: 'paidCount', width: 16 }, { header: 'Tiền thành công (đồng)', key: 'paidAmount', width: 22, numFmt: VND },
    { header: 'Số GD không thành công', key: 'failedCount', width: 22 }, { header: 'Tiền không thành công (đồng)', key: 'failedAmount', width: 26, numFmt: VND },
    { header: 'Số GD đã hủy', key: 'cancelledCount', width: 14 }, { header: 'Tiền đã hủy (đồng)', key: 'cancelledAmount', width: 20, numFmt: VND },
    { header: 'Số GD hết hạn', key: 'expiredCount', width: 14 }, { header: 'Tiền hết hạn (đồng)', key: 'expiredAmount', width: 20, numFmt: VND },
    { header: 'Số GD đang chờ', key: 'pendingCount', width: 16 }, { header: 'Tiền đang chờ (đồng)', key: 'pendingAmount', width: 22, numFmt: VND },
  ]);
  const flat = (label: string, d: Omit<ReconciliationReport['days'][number], 'date'>) => ({
    date: label, paidCount: d.paid.count, paidAmount: d.paid.amount, failedCount: d.failed.count, failedAmount: d.failed.amount,
    cancelledCount: d.cancelled.count, cancelledAmount: d.cancelled.amount, expiredCount: d.expired.count, expiredAmount: d.expired.amount, pendingCount: d.pending.count, pendingAmount: d.pending.amount,
  });
  for (const d of report.days) days.addRow(flat(formatDateVi(d.date), d));
  days.addRow(flat('Tổng cộng', report.totals)).font = { bold: true };

  const rows = sheet(wb, 'Giao dịch', [
    { header: 'Ngày', key: 'date', width: 12 }, { header: 'Mã giao dịch', key: 'txnRef', width: 22 }, { header: 'Mã GD cổng thanh toán', key: 'providerTxnId', width: 22 },
    { header: 'Mã hồ sơ', key: 'dossierCode', width: 26 }, { header: 'Cơ quan giải quyết', key: 'unit', width: 32 },
    { header: 'Số tiền (đồng)', key: 'amount', width: 16, numFmt: VND }, { header: 'Trạng thái', key: 'status', width: 18 },
    { header: 'Khởi tạo lúc', key: 'createdAt', width: 18 }, { header: 'Thanh toán lúc', key: 'paidAt', width: 18 },
    { header: 'Đã ghi nhận vào hồ sơ', key: 'recorded', width: 20 }, { header: 'Ghi chú', key: 'note', width: 40 },
  ]);
  for (const r of report.rows) {
    rows.addRow({
      date: formatDateVi(r.date), txnRef: r.txnRef, providerTxnId: r.providerTxnId ?? '', dossierCode: r.dossierCode, unit: r.competentUnitName, amount: r.amount,
      status: statusLabels[r.status], createdAt: instant(r.createdAt), paidAt: instant(r.paidAt), recorded: r.recordedOnDossier ? 'Có' : 'Không',
      note: r.recordProblem ? problemLabels[r.recordProblem] : (r.failureReason ?? ''),
    });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
