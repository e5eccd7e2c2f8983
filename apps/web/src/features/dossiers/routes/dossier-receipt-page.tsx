import { ArrowLeftOutlined, FilePdfOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Flex, Skeleton } from 'antd';
import { generatePath, useParams } from 'react-router';
import { ButtonLink } from '@/components/button-link';
import { ErrorAlert } from '@/components/error-alert';
import { paths } from '@/config/paths';
import { usePageTitle } from '@/hooks/use-page-title';
import { useI18n } from '@/i18n';
import { receiptPdfUrl } from '../api/get-papers';
import { useReceipt } from '../api/get-receipt';
import { ReceiptSheet } from '../components/receipt-sheet';

/** The printable receipt; the print style sheet hides the back-office frame and sets the page to A5. */
export function DossierReceiptPage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const receipt = useReceipt(id);
  usePageTitle(receipt.data ? t('dossiers.receipt.pageTitle', { code: receipt.data.dossierCode }) : t('dossiers.receipt.heading'), 'admin');
  return (
    <div className="receipt-page">
      <Flex gap={8} wrap className="no-print" style={{ marginBottom: 16 }}>
        <Button type="primary" icon={<PrinterOutlined aria-hidden />} onClick={() => window.print()} disabled={!receipt.data} data-testid="receipt-print">
          {t('dossiers.receipt.print')}
        </Button>
        {/* The official Form 01 as kept with the dossier (QR code, number, the same bytes at every reprint). */}
        <Button icon={<FilePdfOutlined aria-hidden />} href={receiptPdfUrl(id)} target="_blank" rel="noopener noreferrer" data-testid="receipt-official-pdf">
          {t('dossiers.receipt.officialPdf')}
        </Button>
        <ButtonLink icon={<ArrowLeftOutlined aria-hidden />} to={generatePath(paths.admin.dossier, { id })}>
          {t('dossiers.receipt.backToDossier')}
        </ButtonLink>
      </Flex>
      {receipt.isPending ? <Skeleton active /> : null}
      {receipt.isError ? <ErrorAlert error={receipt.error} title={t('errors.loadFailed')} onRetry={() => void receipt.refetch()} /> : null}
      {receipt.data ? <ReceiptSheet receipt={receipt.data} /> : null}
    </div>
  );
}
