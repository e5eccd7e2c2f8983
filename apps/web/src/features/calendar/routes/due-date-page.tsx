import { CalendarOutlined } from '@ant-design/icons';
import type { DueDateResponse } from '@motcua/shared';
import { Card, Col, Form, Row, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { ButtonLink } from '@/components/button-link';
import { ErrorAlert } from '@/components/error-alert';
import { PageHeader } from '@/components/page-header';
import { paths } from '@/config/paths';
import { useCan } from '@/features/auth';
import { useFormServerErrors } from '@/hooks/use-form-server-errors';
import { usePageTitle } from '@/hooks/use-page-title';
import { useI18n } from '@/i18n';
import { formatDateTime } from '@/lib/dates';
import { useComputeDueDate } from '../api/compute-due-date';
import { DueDateForm, toDueDateBody, type DueDateFormValues } from '../components/due-date-form';
import { DueDateResult } from '../components/due-date-result';
import { vietnamNow } from '../lib/vietnam-time';
import '../calendar.css';

function CardHeading({ children, id }: { children: string; id: string }) {
  return (
    <Typography.Title level={2} className="calendar-card-title" id={id}>
      {children}
    </Typography.Title>
  );
}

/** "Tính ngày hẹn trả": the due date of a time limit from a receipt time, explained day by day. */
export function DueDatePage() {
  const { t } = useI18n();
  usePageTitle(t('calendar.dueDatePageTitle'), 'admin');
  const can = useCan();
  const [form] = Form.useForm<DueDateFormValues>();
  const { generalError, handleError, clearError } = useFormServerErrors(form);
  const compute = useComputeDueDate();
  const [result, setResult] = useState<DueDateResponse | null>(null);
  const initialValues = useMemo<Partial<DueDateFormValues>>(
    () => ({ receivedAt: vietnamNow(), timeLimit: { value: null, unit: 'working_days' }, events: [] }),
    [],
  );

  const submit = (values: DueDateFormValues) => {
    clearError();
    compute.mutate(toDueDateBody(values), {
      onSuccess: setResult,
      onError: (error) => {
        setResult(null);
        handleError(error);
      },
    });
  };

  return (
    <div data-testid="due-date-page">
      <PageHeader
        title={t('calendar.dueDateHeading')}
        description={t('calendar.dueDateIntro')}
        extra={
          can('org.read') ? (
            <ButtonLink to={paths.admin.calendar} icon={<CalendarOutlined aria-hidden />} data-testid="due-date-open-calendar">
              {t('calendar.openCalendar')}
            </ButtonLink>
          ) : null
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={10}>
          <Card title={<CardHeading id="due-date-form-heading">{t('calendar.dueDateFormHeading')}</CardHeading>}>
            {generalError ? <ErrorAlert error={generalError} /> : null}
            <DueDateForm form={form} initialValues={initialValues} pending={compute.isPending} onSubmit={submit} />
          </Card>
        </Col>
        <Col xs={24} xl={14}>
          <Card title={<CardHeading id="due-date-result-heading">{t('calendar.dueDateResultHeading')}</CardHeading>}>
            <div role="status" className="sr-only">
              {result ? (result.dueAt ? t('calendar.dueAnnouncement', { due: formatDateTime(result.dueAt) }) : t('calendar.pausedAnnouncement')) : ''}
            </div>
            {result ? <DueDateResult result={result} /> : <Typography.Paragraph className="muted-text">{t('calendar.dueDateEmpty')}</Typography.Paragraph>}
          </Card>
        </Col>
      </Row>
    </div>
  );
}
