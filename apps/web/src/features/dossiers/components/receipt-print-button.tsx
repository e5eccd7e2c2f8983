import { PrinterOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { generatePath } from 'react-router';
import { ButtonLink } from '@/components/button-link';
import { paths } from '@/config/paths';
import { useI18n } from '@/i18n';
import { issuedDocumentPdfUrl, receiptForm, receiptPdfUrl, useDossierPapers } from '../api/get-papers';

/**
 * "In giấy tiếp nhận" of a received dossier: the official Form 01 PDF in a new tab, the same bytes at every reprint.
 * The kept receipt when the papers list it; else the receipt endpoint, which issues it at once if the background
 * job has not yet. The HTML print page remains only when the papers cannot be read.
 */
export function ReceiptPrintButton({ dossierId }: { dossierId: string }) {
  const { t } = useI18n();
  const papers = useDossierPapers(dossierId);
  if (papers.isPending) {
    return (
      <Button icon={<PrinterOutlined aria-hidden />} loading disabled data-testid="dossier-receipt-link">
        {t('dossiers.desk.printReceipt')}
      </Button>
    );
  }
  if (papers.isError) {
    return (
      <ButtonLink icon={<PrinterOutlined aria-hidden />} to={generatePath(paths.admin.dossierReceipt, { id: dossierId })} data-testid="dossier-receipt-link" data-kind="html">
        {t('dossiers.desk.printReceipt')}
      </ButtonLink>
    );
  }
  const kept = receiptForm(papers.data);
  return (
    <Button
      icon={<PrinterOutlined aria-hidden />}
      href={kept ? issuedDocumentPdfUrl(kept.id) : receiptPdfUrl(dossierId)}
      target="_blank"
      rel="noopener noreferrer"
      data-testid="dossier-receipt-link"
      data-kind="pdf"
    >
      {t('dossiers.desk.printReceipt')}
    </Button>
  );
}
