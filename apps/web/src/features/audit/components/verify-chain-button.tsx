import { SafetyCertificateOutlined } from '@ant-design/icons';
import type { AuditChainVerificationDto } from '@motcua/shared';
import { Alert, Button, Flex } from 'antd';
import { ErrorAlert } from '@/components/error-alert';
import { useI18n } from '@/i18n';
import { formatDateTime } from '@/lib/dates';
import { useVerifyAuditChain } from '../api/verify-audit-chain';

/** Recomputes every entry's keyed hash and the signed checkpoints on the server and says whether anything was altered. */
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
          <Alert showIcon type={result.ok ? 'success' : 'error'} title={<ResultTitle result={result} />} description={<ResultDetails result={result} />} data-testid="audit-verify-result" />
        ) : null}
      </div>
    </Flex>
  );
}

function ResultTitle({ result }: { result: AuditChainVerificationDto }) {
  const { t, tOptional } = useI18n();
  if (result.ok) return t('audit.verifyOk', { checked: result.checked });
  const summary = result.firstBrokenSeq === null
    ? t('audit.verifyBrokenNoSeq', { checked: result.checked })
    : t('audit.verifyBroken', { seq: result.firstBrokenSeq, checked: result.checked });
  const problem = result.problem ? tOptional(`audit.problem.${result.problem}`) : null;
  return problem ? `${problem}. ${summary}` : summary;
}

function ResultDetails({ result }: { result: AuditChainVerificationDto }) {
  const { t } = useI18n();
  const lines = [
    ...(result.reason ? [result.reason] : []),
    ...(result.latestCheckpoint ? [t('audit.latestCheckpoint', { at: formatDateTime(result.latestCheckpoint.at), digest: result.latestCheckpoint.digest })] : []),
    ...result.notes,
  ];
  if (lines.length === 0) return null;
  return (
    <ul style={{ margin: 0, paddingInlineStart: 20 }}>
      {lines.map((line) => <li key={line}>{line}</li>)}
    </ul>
  );
}
