import type { DossierReceipt } from '@motcua/shared';
import dayjs from 'dayjs';
import { useI18n } from '@/i18n';
import { displayTimeZone, formatDateTime } from '@/lib/dates';

/** Form 01 (Circular 03/2025): the receipt and appointment slip handed to the applicant, laid out for A5. */
export function ReceiptSheet({ receipt }: { receipt: DossierReceipt }) {
  const { t } = useI18n();
  const received = dayjs(receipt.receivedAt).tz(displayTimeZone);
  return (
    <article className="receipt-sheet" data-testid="receipt-sheet" aria-labelledby="receipt-title">
      <header className="receipt-head">
        <div className="receipt-head-unit">
          <div className="receipt-unit-name">{receipt.receivingUnit.toLocaleUpperCase('vi')}</div>
          <div className="receipt-rule" aria-hidden />
          <div>{t('dossiers.receipt.number', { code: receipt.dossierCode })}</div>
        </div>
        <div className="receipt-head-nation">
          <div className="receipt-nation">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div>
          <div className="receipt-motto">Độc lập - Tự do - Hạnh phúc</div>
          <div className="receipt-place-date">
            {t('dossiers.receipt.placeDate', { day: received.format('DD'), month: received.format('MM'), year: received.format('YYYY') })}
          </div>
        </div>
      </header>
      <h1 id="receipt-title" className="receipt-title">
        GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ
      </h1>
      <p className="receipt-code">
        {t('dossiers.receipt.code')} <strong data-testid="receipt-code">{receipt.dossierCode}</strong>
      </p>
      <p>{t('dossiers.receipt.receivedFrom', { unit: receipt.receivingUnit })}</p>
      <dl className="receipt-lines">
        <dt>{t('dossiers.receipt.applicant')}</dt>
        <dd data-testid="receipt-applicant">{receipt.applicantName}</dd>
        <dt>{t('dossiers.receipt.identifier')}</dt>
        <dd>{receipt.applicantIdentifier}</dd>
        {receipt.applicantAddress ? (
          <>
            <dt>{t('dossiers.receipt.address')}</dt>
            <dd>{receipt.applicantAddress}</dd>
          </>
        ) : null}
        {receipt.applicantPhone ? (
          <>
            <dt>{t('dossiers.receipt.phone')}</dt>
            <dd>{receipt.applicantPhone}</dd>
          </>
        ) : null}
        {receipt.applicantEmail ? (
          <>
            <dt>{t('dossiers.receipt.email')}</dt>
            <dd>{receipt.applicantEmail}</dd>
          </>
        ) : null}
        <dt>{t('dossiers.receipt.request')}</dt>
        <dd data-testid="receipt-procedure">{receipt.procedureName}</dd>
      </dl>
      <p className="receipt-item">{t('dossiers.receipt.documents')}</p>
      <table className="receipt-documents" data-testid="receipt-documents">
        <thead>
          <tr>
            <th scope="col">{t('dossiers.receipt.index')}</th>
            <th scope="col">{t('dossiers.receipt.documentName')}</th>
            <th scope="col">{t('dossiers.field.originals')}</th>
            <th scope="col">{t('dossiers.field.copies')}</th>
          </tr>
        </thead>
        <tbody>
          {receipt.documents.map((document, index) => (
            <tr key={`${index}-${document.name}`}>
              <td>{index + 1}</td>
              <td>{document.name}</td>
              <td>{document.originals}</td>
              <td>{document.copies}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {receipt.appliedCases.length > 0 ? (
        <p className="receipt-item" data-testid="receipt-cases">{t('requirements.receiptCases', { cases: receipt.appliedCases.join('; ') })}</p>
      ) : null}
      <p className="receipt-item">{t('dossiers.receipt.sets', { sets: receipt.sets })}</p>
      <p className="receipt-item">{t('dossiers.receipt.timeLimit', { limit: receipt.timeLimitText })}</p>
      <p className="receipt-item" data-testid="receipt-received-at">
        {t('dossiers.receipt.receivedAt', { at: formatDateTime(receipt.receivedAt) })}
      </p>
      <p className="receipt-item" data-testid="receipt-due-at">
        {t('dossiers.receipt.dueAt', { at: receipt.dueAt ? formatDateTime(receipt.dueAt) : t('common.notAvailable') })}
      </p>
      <p className="receipt-item">{t('dossiers.receipt.resultAt', { place: receipt.resultAt })}</p>
      <footer className="receipt-signatures">
        <div>
          <div className="receipt-sign-title">{t('dossiers.receipt.applicantSign')}</div>
          <div className="receipt-sign-note">{t('dossiers.receipt.signNote')}</div>
        </div>
        <div>
          <div className="receipt-sign-title">{t('dossiers.receipt.receiverSign')}</div>
          <div className="receipt-sign-note">{t('dossiers.receipt.signNote')}</div>
          <div className="receipt-sign-name" data-testid="receipt-receiver">{receipt.receivedBy}</div>
        </div>
      </footer>
    </article>
  );
}
