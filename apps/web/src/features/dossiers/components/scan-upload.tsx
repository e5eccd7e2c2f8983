import { PaperClipOutlined } from '@ant-design/icons';
import { Button, Upload } from 'antd';
import { useErrorMessage } from '@/hooks/use-error-message';
import { useI18n } from '@/i18n';
import { useUploadScan } from '../api/upload-scan';

interface ScanUploadProps {
  documentName: string;
  fileName?: string | undefined;
  onUploaded: (file: { id: string; name: string }) => void;
}

/** An optional scan of one received document (PDF or image). */
export function ScanUpload({ documentName, fileName, onUploaded }: ScanUploadProps) {
  const { t } = useI18n();
  const describe = useErrorMessage();
  const upload = useUploadScan();
  return (
    <div className="scan-upload">
      <Upload
        accept="application/pdf,image/*"
        showUploadList={false}
        beforeUpload={(file) => {
          upload.mutate(file, { onSuccess: (stored) => onUploaded({ id: stored.id, name: stored.originalName }) });
          return false;
        }}
      >
        <Button size="small" icon={<PaperClipOutlined aria-hidden />} loading={upload.isPending} aria-label={t('dossiers.desk.scanFor', { name: documentName })}>
          {fileName ? t('dossiers.desk.scanReplace') : t('dossiers.desk.scan')}
        </Button>
      </Upload>
      {fileName ? <div className="muted-text scan-name">{fileName}</div> : null}
      {upload.isError ? <div role="alert" className="error-text">{describe(upload.error)}</div> : null}
    </div>
  );
}
