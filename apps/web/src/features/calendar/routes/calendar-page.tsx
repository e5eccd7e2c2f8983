import { CalculatorOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Flex, Row, Spin, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { ButtonLink } from '@/components/button-link';
import { ErrorAlert } from '@/components/error-alert';
import { PageHeader } from '@/components/page-header';
import { paths } from '@/config/paths';
import { useCan } from '@/features/auth';
import { usePageTitle } from '@/hooks/use-page-title';
import { useI18n } from '@/i18n';
import { useCalendarYear } from '../api/get-calendar-year';
import { DayEditModal, type DayEditTarget } from '../components/day-edit-modal';
import { DayLegend } from '../components/day-legend';
import { DeadlineChangesPanel } from '../components/deadline-changes-panel';
import { SpecialDaysTable } from '../components/special-days-table';
import { WorkingHoursCard } from '../components/working-hours-card';
import { maxCalendarYear, minCalendarYear, YearPicker } from '../components/year-picker';
import { YearSummary } from '../components/year-summary';
import { YearView } from '../components/year-view';
import { currentVietnamYear } from '../lib/vietnam-time';
import '../calendar.css';

function useYearParam(): [number, (year: number) => void] {
  const [params, setParams] = useSearchParams();
  const fromUrl = Number(params.get('year'));
  const year = Number.isInteger(fromUrl) && fromUrl >= minCalendarYear && fromUrl <= maxCalendarYear ? fromUrl : currentVietnamYear();
  const setYear = useCallback(
    (next: number) =>
      setParams(
        (previous) => {
          const copy = new URLSearchParams(previous);
          copy.set('year', String(next));
          return copy;
        },
        { replace: true },
      ),
    [setParams],
  );
  return [year, setYear];
}

function CardHeading({ children, id }: { children: string; id?: string }) {
  return (
    <Typography.Title level={2} className="calendar-card-title" id={id}>
      {children}
    </Typography.Title>
  );
}

/** "Lịch làm việc": the year's days off and make-up days, working hours, recomputed deadlines. */
export function CalendarPage() {
  const { t } = useI18n();
  usePageTitle(t('calendar.pageTitle'), 'admin');
  const can = useCan();
  const canManage = can('calendar.manage');
  const [year, setYear] = useYearParam();
  const calendar = useCalendarYear(year);
  const [editTarget, setEditTarget] = useState<DayEditTarget | null>(null);

  const data = calendar.data?.year === year ? calendar.data : undefined;
  const days = useMemo(() => data?.days ?? [], [data]);
  const hasDrafts = days.some((day) => day.draft);
  const thisYear = currentVietnamYear();
  const years = useMemo(() => Array.from({ length: 6 }, (_, i) => thisYear - 2 + i), [thisYear]);

  const openDay = useCallback((date: string) => setEditTarget({ date, entry: days.find((day) => day.date === date) }), [days]);
  const settings = data ? { workingPeriods: data.workingPeriods, receiptCutoff: data.receiptCutoff } : undefined;

  return (
    <div data-testid="calendar-page">
      <PageHeader
        title={t('calendar.heading')}
        description={t('calendar.intro')}
        extra={
          <ButtonLink to={paths.admin.dueDate} icon={<CalculatorOutlined aria-hidden />} data-testid="calendar-open-due-date">
            {t('calendar.openDueDate')}
          </ButtonLink>
        }
      />
      {calendar.isError ? <ErrorAlert error={calendar.error} title={t('errors.loadFailed')} onRetry={() => void calendar.refetch()} /> : null}
      <Flex vertical gap={16}>
        <Card
          title={<CardHeading id="calendar-year-heading">{t('calendar.yearHeading', { year })}</CardHeading>}
          extra={<YearPicker year={year} years={years} onChange={setYear} />}
        >
          <Flex vertical gap={16}>
            {hasDrafts ? <Alert type="warning" showIcon title={t('calendar.draftNotice', { year })} data-testid="calendar-draft-notice" /> : null}
            <div role="status" aria-live="polite">
              {data ? <YearSummary data={data} /> : null}
            </div>
            <DayLegend />
            {canManage ? <Typography.Paragraph className="muted-text">{t('calendar.clickToEdit')}</Typography.Paragraph> : null}
            <Spin spinning={calendar.isPending} description={t('app.loading')}>
              <YearView year={year} days={days} onSelect={canManage ? openDay : undefined} />
            </Spin>
          </Flex>
        </Card>
        <Card
          title={<CardHeading id="calendar-special-days-heading">{t('calendar.specialDays', { year })}</CardHeading>}
          extra={
            canManage ? (
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditTarget({ date: null, entry: undefined })} data-testid="calendar-add-day">
                {t('calendar.addDay')}
              </Button>
            ) : null
          }
        >
          <SpecialDaysTable
            days={days}
            loading={calendar.isFetching}
            label={t('calendar.specialDays', { year })}
            onEdit={canManage ? (day) => setEditTarget({ date: day.date, entry: day }) : undefined}
          />
        </Card>
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={canManage ? 8 : 24}>
            <WorkingHoursCard settings={settings} canManage={canManage} />
          </Col>
          {canManage ? (
            <Col xs={24} xl={16}>
              <DeadlineChangesPanel />
            </Col>
          ) : null}
        </Row>
      </Flex>
      {editTarget ? <DayEditModal target={editTarget} onClose={() => setEditTarget(null)} /> : null}
    </div>
  );
}
