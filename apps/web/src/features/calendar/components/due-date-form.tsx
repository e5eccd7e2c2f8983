import { CalculatorOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { clockEventTypes, TIME_LIMIT_MAX_ANY_UNIT, timeLimitUnits, type ClockEventType, type DueDateBody, type TimeLimitUnit } from '@motcua/shared';
import { Button, DatePicker, Flex, Form, Input, InputNumber, Select, type FormInstance } from 'antd';
import type { Dayjs } from 'dayjs';
import { useI18n, type MessageKey } from '@/i18n';
import { toVietnamInstant } from '../lib/vietnam-time';

export const dateTimeInputFormat = 'DD/MM/YYYY HH:mm';

export interface DueDateFormValues {
  receivedAt: Dayjs | null;
  timeLimit: { value: number | null; unit: TimeLimitUnit };
  events?: { type: ClockEventType; at: Dayjs | null; until?: Dayjs | null; reason?: string }[];
}

const unitKeys: Record<TimeLimitUnit, MessageKey> = {
  working_days: 'calendar.unit.working_days',
  working_hours: 'calendar.unit.working_hours',
  days: 'calendar.unit.days',
  months: 'calendar.unit.months',
};

export const eventTypeKeys: Record<ClockEventType, MessageKey> = {
  pause: 'calendar.event.pause',
  resume: 'calendar.event.resume',
  restart: 'calendar.event.restart',
  extend: 'calendar.event.extend',
};

/** Form values → request body: times typed in Vietnam time are sent with the +07:00 offset. */
export function toDueDateBody(values: DueDateFormValues): DueDateBody {
  const events = (values.events ?? []).map((event) => ({
    type: event.type,
    at: toVietnamInstant(event.at!),
    ...(event.type === 'extend' && event.until ? { until: toVietnamInstant(event.until) } : {}),
    ...(event.reason?.trim() ? { reason: event.reason.trim() } : {}),
  }));
  return {
    receivedAt: toVietnamInstant(values.receivedAt!),
    timeLimit: { value: values.timeLimit.value ?? 0, unit: values.timeLimit.unit },
    ...(events.length > 0 ? { events } : {}),
  };
}

interface DueDateFormProps {
  form: FormInstance<DueDateFormValues>;
  initialValues: Partial<DueDateFormValues>;
  pending: boolean;
  onSubmit: (values: DueDateFormValues) => void;
}

export function DueDateForm({ form, initialValues, pending, onSubmit }: DueDateFormProps) {
  const { t } = useI18n();
  const requiredSelect = (field: string) => ({ required: true, message: t('common.requiredSelect', { field: field.toLowerCase() }) });
  const dateTimePicker = (testId: string) => (
    <DatePicker
      showTime={{ format: 'HH:mm' }}
      format={dateTimeInputFormat}
      needConfirm={false}
      placeholder={t('calendar.dateTimePlaceholder')}
      style={{ width: '100%', maxWidth: 260 }}
      data-testid={testId}
    />
  );

  return (
    <Form<DueDateFormValues> form={form} layout="vertical" initialValues={initialValues} onFinish={onSubmit} name="due-date">
      <Form.Item name="receivedAt" label={t('calendar.receivedAt')} extra={t('calendar.receivedAtHelp')} rules={[requiredSelect(t('calendar.receivedAt'))]}>
        {dateTimePicker('due-date-received-at')}
      </Form.Item>
      <fieldset className="calendar-fieldset">
        <legend>{t('calendar.timeLimit')}</legend>
        <Flex gap={12} wrap align="start">
          <Form.Item
            name={['timeLimit', 'value']}
            label={t('calendar.timeLimitValue')}
            rules={[{ required: true, message: t('common.requiredField', { field: t('calendar.timeLimitValue').toLowerCase() }) }]}
          >
            <InputNumber min={1} max={TIME_LIMIT_MAX_ANY_UNIT} precision={0} style={{ width: 120 }} data-testid="due-date-limit-value" />
          </Form.Item>
          <Form.Item name={['timeLimit', 'unit']} label={t('calendar.timeLimitUnit')} rules={[requiredSelect(t('calendar.timeLimitUnit'))]}>
            <Select
              options={timeLimitUnits.map((unit) => ({ value: unit, label: t(unitKeys[unit]) }))}
              style={{ width: 200 }}
              data-testid="due-date-limit-unit"
            />
          </Form.Item>
        </Flex>
      </fieldset>
      <Form.List name="events">
        {(fields, { add, remove }) => (
          <fieldset className="calendar-fieldset">
            <legend>{t('calendar.events')}</legend>
            <p className="muted-text" style={{ marginTop: 0 }}>
              {t('calendar.eventsHelp')}
            </p>
            {fields.map((field, index) => (
              <div key={field.key} className="calendar-event-row" data-testid={`due-date-event-${index}`}>
                <Flex gap={12} wrap align="start">
                  <Form.Item name={[field.name, 'type']} label={t('calendar.eventType', { n: index + 1 })} rules={[requiredSelect(t('calendar.eventTypeShort'))]}>
                    <Select options={clockEventTypes.map((type) => ({ value: type, label: t(eventTypeKeys[type]) }))} style={{ width: 200 }} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'at']} label={t('calendar.eventAt', { n: index + 1 })} rules={[requiredSelect(t('calendar.eventAtShort'))]}>
                    {dateTimePicker(`due-date-event-${index}-at`)}
                  </Form.Item>
                  <Form.Item noStyle shouldUpdate={(prev: DueDateFormValues, next: DueDateFormValues) => prev.events?.[index]?.type !== next.events?.[index]?.type}>
                    {() =>
                      form.getFieldValue(['events', field.name, 'type']) === 'extend' ? (
                        <Form.Item name={[field.name, 'until']} label={t('calendar.eventUntil', { n: index + 1 })} rules={[requiredSelect(t('calendar.eventUntilShort'))]}>
                          {dateTimePicker(`due-date-event-${index}-until`)}
                        </Form.Item>
                      ) : null
                    }
                  </Form.Item>
                </Flex>
                <Flex gap={12} align="end">
                  <Form.Item name={[field.name, 'reason']} label={t('calendar.eventReason', { n: index + 1 })} style={{ flex: 1 }}>
                    <Input maxLength={500} />
                  </Form.Item>
                  <Form.Item>
                    <Button danger icon={<DeleteOutlined aria-hidden />} onClick={() => remove(field.name)} aria-label={t('calendar.removeEvent', { n: index + 1 })} />
                  </Form.Item>
                </Flex>
              </div>
            ))}
            <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({ type: 'pause', at: null })} data-testid="due-date-add-event">
              {t('calendar.addEvent')}
            </Button>
          </fieldset>
        )}
      </Form.List>
      <Button type="primary" htmlType="submit" icon={<CalculatorOutlined aria-hidden />} loading={pending} data-testid="due-date-submit">
        {t('calendar.compute')}
      </Button>
    </Form>
  );
}
