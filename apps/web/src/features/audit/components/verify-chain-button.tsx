import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Flex } from 'antd';
import { ErrorAlert } from '@/components/error-alert';
import { useI18n } from '@/i18n';
import { useVerifyAuditChain } from '../api/verify-audit-chain';

/** Recomputes the hash chain on the server and says whether any entry was altered. */
export function VerifyChainButton() {
  const { t } = useI18n();
  const verify = useVerifyAuditChain();
  const result = verify.data;
  return (
    <Flex vertical gap={12} style={{ marginBottom: 16 }}>
      <div>
        <Button icon={<SafetyCertificateOutlined />} loading={verify.isPending} onClick={() => verify.mutate()} data-testid="audit-verify">
          {t('audit.verify')}
        </Button>
      </div>
      <div role="status" aria-live="polite">
        {verify.isError ? <ErrorAlert error={verify.error} /> : null}
        {result ? (
          <Alert
            showIcon
            type={result.ok ? 'success' : 'error'}
            title={
              result.ok
                ? t('audit.verifyOk', { checked: result.checked })
                : t('audit.verifyBroken', { seq: result.firstBrokenSeq ?? '?', checked: result.checked })
            }
            data-testid="audit-verify-result"
          />
        ) : null}
      </div>
    </Flex>
  );
}
