import { ClockCircleOutlined, DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import type { CalendarSettingsBody } from '@motcua/shared';
import { App, Button, Card, Descriptions, Flex, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { ErrorAlert } from '@/components/error-alert';
import { useFormServerErrors } from '@/hooks/use-form-server-errors';
import { useI18n } from '@/i18n';
import { useUpdateCalendarSettings } from '../api/update-calendar-settings';

const clockPattern = /^([01]\d|2[0-3]):[0-5]\d$/;

function SettingsModal({ settings, onClose }: { settings: CalendarSettingsBody; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<CalendarSettingsBody>();
  const { generalError, handleError, clearError } = useFormServerErrors(form);
  const update = useUpdateCalendarSettings();
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
          <Descriptions.Item label={t('calendar.receiptCutoff')}>{settings.receiptCutoff}</Descriptions.Item>
        </Descriptions>
      ) : null}
      {editing && settings ? <SettingsModal settings={settings} onClose={() => setEditing(false)} /> : null}
    </Card>
  );
}
