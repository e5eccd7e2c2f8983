import type { LegalLimitView, WorkflowCheckResult } from '@motcua/shared';
import { Alert, Flex, Progress, Typography } from 'antd';
import { accessibleColors } from '@/config/theme';
import { useI18n } from '@/i18n';
import { useWorkflowLabels } from '../lib/labels';
import { stepIndexOf } from '../lib/steps';

interface CheckPanelProps {
  result: WorkflowCheckResult;
  legalLimit: LegalLimitView | null;
}

/** The live check of the editor: total of the step budgets against the legal limit, and every problem by step. */
export function CheckPanel({ result, legalLimit }: CheckPanelProps) {
  const { t } = useI18n();
  const labels = useWorkflowLabels();
  const describe = (p: { path: string; message: string }) => {
    const index = stepIndexOf(p.path);
    return index === null ? p.message : t('workflow.check.stepPrefix', { index: index + 1, message: p.message });
  };
  const total = labels.hours(result.totalHours);
  const over = result.limitHours !== null && result.totalHours > result.limitHours;
  const percent = result.limitHours ? Math.min(100, Math.round((result.totalHours / result.limitHours) * 100)) : 0;
  return (
    <section aria-labelledby="workflow-check-heading" data-testid="workflow-check" data-ok={result.ok}>
      <Typography.Title level={3} id="workflow-check-heading" style={{ fontSize: 16 }}>
        {t('workflow.check.heading')}
      </Typography.Title>
      <Flex vertical gap={8}>
        <div className="wf-check-total" data-testid="workflow-check-total" aria-live="polite">
          {legalLimit ? t('workflow.check.total', { total, limit: labels.limit(legalLimit) }) : t('workflow.check.totalNoLimit', { total })}
        </div>
        {result.limitHours ? (
          <Progress
            percent={percent}
            showInfo={false}
            strokeColor={over ? accessibleColors.error : accessibleColors.success}
            aria-label={t('workflow.check.heading')}
          />
        ) : null}
        {result.ok ? (
          <Alert type="success" showIcon title={t('workflow.check.ok')} />
        ) : (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={t('workflow.check.failed', { count: result.errors.length })}
            description={
              <ul style={{ margin: 0, paddingLeft: 18 }}>
                {result.errors.map((e) => (
                  <li key={`${e.path}-${e.message}`} data-testid="workflow-check-error" data-path={e.path}>
                    {describe(e)}
                  </li>
                ))}
              </ul>
            }
          />
        )}
        {result.warnings.length > 0 ? (
          <Alert
            type="warning"
            showIcon
            title={t('workflow.check.warnings')}
            description={
              <ul style={{ margin: 0, paddingLeft: 18 }}>
                {result.warnings.map((w) => (
                  <li key={`${w.path}-${w.message}`}>{describe(w)}</li>
                ))}
              </ul>
            }
          />
        ) : null}
      </Flex>
    </section>
  );
}
