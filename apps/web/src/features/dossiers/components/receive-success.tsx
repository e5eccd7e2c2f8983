import { FilePdfOutlined, PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import type { DossierSummary } from '@motcua/shared';
import { Button, Card, Flex, Result, Typography } from 'antd';
import { generatePath } from 'react-router';
import { ButtonLink } from '@/components/button-link';
import { paths } from '@/config/paths';
import { useI18n } from '@/i18n';
import { formatDateTime } from '@/lib/dates';
import { receiptPdfUrl } from '../api/get-papers';

/** The code is what the applicant will quote: big, copyable, with the appointment and the receipt to print. */
export function ReceiveSuccess({ dossier, onNext }: { dossier: DossierSummary; onNext: () => void }) {
  const { t } = useI18n();
  return (
    <Card data-testid="desk-received">
      <Result
        status="success"
        title={<span role="status">{t('dossiers.desk.received')}</span>}
        subTitle={
          <>
            <Typography.Text copyable={{ text: dossier.code, tooltips: [t('dossiers.desk.copyCode'), t('dossiers.desk.copied')] }} className="dossier-code-big" data-testid="desk-received-code">
              {dossier.code}
            </Typography.Text>
            <div className="dossier-received-due" data-testid="desk-received-due">
              {dossier.dueAt ? t('dossiers.desk.appointment', { due: formatDateTime(dossier.dueAt) }) : t('dossiers.noDueDate')}
            </div>
            <div>{dossier.procedure.name}</div>
            <div>{dossier.applicantName}</div>
          </>
        }
        extra={
          <Flex gap={8} wrap justify="center">
            <ButtonLink type="primary" icon={<PrinterOutlined aria-hidden />} to={generatePath(paths.admin.dossierReceipt, { id: dossier.id })} data-testid="desk-print-receipt">
              {t('dossiers.desk.printReceipt')}
            </ButtonLink>
            <Button icon={<FilePdfOutlined aria-hidden />} href={receiptPdfUrl(dossier.id)} target="_blank" rel="noopener" data-testid="desk-receipt-pdf">
              {t('dossiers.receipt.officialPdf')}
            </Button>
            <ButtonLink to={generatePath(paths.admin.dossier, { id: dossier.id })} data-testid="desk-open-dossier">
              {t('dossiers.desk.openDossier')}
            </ButtonLink>
            <Button icon={<PlusOutlined aria-hidden />} onClick={onNext} autoFocus data-testid="desk-next">
              {t('dossiers.desk.next')}
            </Button>
          </Flex>
        }
      />
    </Card>
  );
}
