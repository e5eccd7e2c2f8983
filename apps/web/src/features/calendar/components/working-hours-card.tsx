import { ClockCircleOutlined, DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { WORKING_DAY_LEGAL_BASIS, WORKING_DAY_MINUTES, workingPeriodsMinutes, type CalendarSettingsBody, type WorkingPeriod } from '@motcua/shared';
import { App, Button, Card, Descriptions, Flex, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { ErrorAlert } from '@/components/error-alert';
import { useFormServerErrors } from '@/hooks/use-form-server-errors';
import { useI18n } from '@/i18n';
import { useUpdateCalendarSettings } from '../api/update-calendar-settings';

const clockPattern = /^([01]\d|2[0-3]):[0-5]\d$/;

type Translate = ReturnType<typeof useI18n>['t'];

function formatDuration(t: Translate, minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 ? t('calendar.durationHours', { h }) : t('calendar.durationHoursMinutes', { h, m });
}

/** Total of the periods as typed so far; undefined until every time is complete and in order. */
function totalMinutes(periods: Partial<WorkingPeriod>[] | undefined): number | undefined {
  if (!periods || periods.length === 0) return undefined;
  if (periods.some((p) => !p?.start || !p.end)) return undefined;
  return workingPeriodsMinutes(periods as WorkingPeriod[]);
}

/** The live total under the periods, with the 8-hour rule. */
function PeriodsTotal({ periods }: { periods: Partial<WorkingPeriod>[] | undefined }) {
  const { t } = useI18n();
  const minutes = totalMinutes(periods);
  return (
    <Typography.Paragraph data-testid="calendar-periods-total" type={minutes !== undefined && minutes !== WORKING_DAY_MINUTES ? 'danger' : undefined}>
      {t('calendar.periodsTotal', { total: minutes === undefined ? '—' : formatDuration(t, minutes) })}{' '}
      <Typography.Text type="secondary">{t('calendar.workingDayRule', { basis: WORKING_DAY_LEGAL_BASIS })}</Typography.Text>
    </Typography.Paragraph>
  );
}

function SettingsModal({ settings, onClose }: { settings: CalendarSettingsBody; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<CalendarSettingsBody>();
  const { generalError, handleError, clearError } = useFormServerErrors(form);
  const update = useUpdateCalendarSettings();
  const periods = Form.useWatch('workingPeriods', form) as Partial<WorkingPeriod>[] | undefined;
  const clockRules = (field: string) => [
    { required: true, message: t('common.requiredField', { field: field.toLowerCase() }) },
    { pattern: clockPattern, message: t('calendar.clockFormat') },
  ];

  const submit = (values: CalendarSettingsBody) => {
    clearError();
    update.mutate(values, {
      onSuccess: () => {
        void message.success(t('common.savedSuccess'));
        onClose();
      },
      onError: handleError,
    });
  };

  return (
    <Modal
      open
      title={t('calendar.settingsTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={update.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={560}
    >
      {generalError ? <ErrorAlert error={generalError} /> : null}
      <Form<CalendarSettingsBody> form={form} layout="vertical" initialValues={settings} onFinish={submit} name="calendar-settings">
        <Form.List
          name="workingPeriods"
          rules={[
            {
              validator: async (_, periods?: { start?: string; end?: string }[]) => {
                if (!periods || periods.length === 0) throw new Error(t('calendar.periodsRequired'));
                const minutes = totalMinutes(periods);
                if (minutes !== undefined && minutes !== WORKING_DAY_MINUTES) {
                  throw new Error(t('calendar.periodsTotalWrong', { total: formatDuration(t, minutes), basis: WORKING_DAY_LEGAL_BASIS }));
                }
              },
            },
          ]}
        >
          {(fields, { add, remove }, { errors }) => (
            <fieldset className="calendar-fieldset">
              <legend>{t('calendar.workingPeriods')}</legend>
              {fields.map((field, index) => (
                <Flex key={field.key} gap={8} align="start" wrap>
                  <Form.Item name={[field.name, 'start']} label={t('calendar.periodStart', { n: index + 1 })} rules={clockRules(t('calendar.start'))}>
                    <Input placeholder="HH:mm" inputMode="numeric" maxLength={5} style={{ width: 120 }} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'end']} label={t('calendar.periodEnd', { n: index + 1 })} rules={clockRules(t('calendar.end'))}>
                    <Input placeholder="HH:mm" inputMode="numeric" maxLength={5} style={{ width: 120 }} />
                  </Form.Item>
                  {fields.length > 1 ? (
                    <Button
                      type="text"
                      danger
                      icon={<DeleteOutlined aria-hidden />}
                      aria-label={t('calendar.removePeriod', { n: index + 1 })}
                      onClick={() => remove(field.name)}
                      style={{ marginTop: 30 }}
                    />
                  ) : null}
                </Flex>
              ))}
              <PeriodsTotal periods={periods} />
              <Form.ErrorList errors={errors} />
              {fields.length < 4 ? (
                <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({ start: '', end: '' })} style={{ marginBottom: 16 }}>
                  {t('calendar.addPeriod')}
                </Button>
              ) : null}
            </fieldset>
          )}
        </Form.List>
        <Form.Item name="receiptCutoff" label={t('calendar.receiptCutoff')} extra={t('calendar.receiptCutoffHelp')} rules={clockRules(t('calendar.receiptCutoff'))}>
          <Input placeholder="HH:mm" inputMode="numeric" maxLength={5} style={{ width: 120 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Office hours (for limits in working hours) and the receipt cut-off of the one-stop desk. */
export function WorkingHoursCard({ settings, canManage }: { settings: CalendarSettingsBody | undefined; canManage: boolean }) {
  const { t } = useI18n();
  const [editing, setEditing] = useState(false);
  return (
    <Card
      title={
        <Typography.Title level={2} className="calendar-card-title">
          <ClockCircleOutlined aria-hidden /> {t('calendar.workingHours')}
        </Typography.Title>
      }
      extra={
        canManage && settings ? (
          <Button icon={<EditOutlined aria-hidden />} onClick={() => setEditing(true)} data-testid="calendar-settings-edit">
            {t('common.edit')}
          </Button>
        ) : null
      }
      data-testid="calendar-settings"
    >
      {settings ? (
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('calendar.workingPeriods')}>
            {settings.workingPeriods.map((period) => `${period.start} – ${period.end}`).join(', ')}
          </Descriptions.Item>
          <Descriptions.Item label={t('calendar.workingDayTotal')}>
            <span data-testid="calendar-working-day-total">{formatDuration(t, workingPeriodsMinutes(settings.workingPeriods) ?? 0)}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('calendar.receiptCutoff')}>{settings.receiptCutoff}</Descriptions.Item>
        </Descriptions>
      ) : null}
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        {t('calendar.workingDayRule', { basis: WORKING_DAY_LEGAL_BASIS })}
      </Typography.Paragraph>
      {editing && settings ? <SettingsModal settings={settings} onClose={() => setEditing(false)} /> : null}
    </Card>
  );
}
