import type { CalendarDayDto, CalendarDayKind } from '@motcua/shared';
import { App, Button, DatePicker, Form, Input, Modal, Popconfirm, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { ErrorAlert } from '@/components/error-alert';
import { useFormServerErrors } from '@/hooks/use-form-server-errors';
import { useI18n } from '@/i18n';
import { dateFormat, formatDate } from '@/lib/dates';
import { useRemoveCalendarDay } from '../api/remove-calendar-day';
import { useSetCalendarDay } from '../api/set-calendar-day';
import { weekdayOf } from '../lib/calendar-grid';
import { dayKindLabelKeys, editableDayKinds } from '../lib/day-kinds';
import { legalDateToPicker, pickerToLegalDate } from '../lib/vietnam-time';
import { DayKindLabel } from './day-kind-swatch';

/** The day to edit: a date clicked in the year view (maybe with its entry), or none for "add a day". */
export interface DayEditTarget {
  date: string | null;
  entry: CalendarDayDto | undefined;
}

interface DayFormValues {
  date: Dayjs | null;
  kind: CalendarDayKind;
  name: string;
  source: string;
}

/** A weekend is usually turned into a make-up working day, a weekday into a day off. */
function suggestedKind(date: string | null): CalendarDayKind | undefined {
  if (!date) return undefined;
  const weekday = weekdayOf(date);
  return weekday === 0 || weekday === 6 ? 'makeup_working_day' : 'provincial_day_off';
}

function initialValuesOf(target: DayEditTarget): Partial<DayFormValues> {
  if (target.entry) {
    const { date, kind, name, source } = target.entry;
    return { date: legalDateToPicker(date), kind, name, source };
  }
  return { date: target.date ? legalDateToPicker(target.date) : null, kind: suggestedKind(target.date) };
}

function DeleteDayButton({ date, onDone, onError }: { date: string; onDone: () => void; onError: (error: unknown) => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const remove = useRemoveCalendarDay();
  return (
    <Popconfirm
      title={t('calendar.removeConfirm', { date: formatDate(date) })}
      okText={t('calendar.remove')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: true }}
      onConfirm={() =>
        remove.mutateAsync(date).then(
          () => {
            void message.success(t('calendar.removed', { date: formatDate(date) }));
            onDone();
          },
          onError,
        )
      }
    >
      <Button danger loading={remove.isPending} data-testid="calendar-day-delete">
        {t('calendar.remove')}
      </Button>
    </Popconfirm>
  );
}

export function DayEditModal({ target, onClose }: { target: DayEditTarget; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<DayFormValues>();
  const { generalError, handleError, clearError } = useFormServerErrors(form);
  const save = useSetCalendarDay();
  const existing = target.entry;
  const required = (field: string) => ({ required: true, whitespace: true, message: t('common.requiredField', { field: field.toLowerCase() }) });

  const submit = (values: DayFormValues) => {
    clearError();
    if (!values.date) return;
    const date = pickerToLegalDate(values.date);
    save.mutate(
      { date, body: { kind: values.kind, name: values.name.trim(), source: values.source.trim() } },
      {
        onSuccess: () => {
          void message.success(t('calendar.saved', { date: formatDate(date) }));
          onClose();
        },
        onError: handleError,
      },
    );
  };

  return (
    <Modal
      open
      title={existing ? t('calendar.editDayTitle', { date: formatDate(existing.date) }) : target.date ? t('calendar.setDayTitle', { date: formatDate(target.date) }) : t('calendar.addDayTitle')}
      onCancel={onClose}
      destroyOnHidden
      width={560}
      footer={[
        existing ? <DeleteDayButton key="delete" date={existing.date} onDone={onClose} onError={handleError} /> : null,
        <Button key="cancel" onClick={onClose}>
          {t('common.cancel')}
        </Button>,
        <Button key="save" type="primary" loading={save.isPending} onClick={() => form.submit()} data-testid="calendar-day-save">
          {t('common.save')}
        </Button>,
      ]}
    >
      {generalError ? <ErrorAlert error={generalError} /> : null}
      <Form<DayFormValues> form={form} layout="vertical" initialValues={initialValuesOf(target)} onFinish={submit} name="calendar-day">
        <Form.Item name="date" label={t('calendar.date')} rules={[{ required: true, message: t('common.requiredSelect', { field: t('calendar.date').toLowerCase() }) }]}>
          <DatePicker format={dateFormat} disabled={Boolean(existing)} style={{ width: '100%' }} data-testid="calendar-day-form-date" />
        </Form.Item>
        <Form.Item name="kind" label={t('calendar.kind')} rules={[{ required: true, message: t('common.requiredSelect', { field: t('calendar.kind').toLowerCase() }) }]}>
          <Select
            options={editableDayKinds.map((kind) => ({ value: kind, label: t(dayKindLabelKeys[kind]) }))}
            optionRender={(option) => <DayKindLabel kind={option.value as CalendarDayKind} />}
            data-testid="calendar-day-form-kind"
          />
        </Form.Item>
        <Form.Item name="name" label={t('calendar.name')} rules={[required(t('calendar.name')), { min: 2, message: t('calendar.nameTooShort') }]}>
          <Input maxLength={200} autoFocus data-testid="calendar-day-form-name" />
        </Form.Item>
        <Form.Item
          name="source"
          label={t('calendar.source')}
          extra={t('calendar.sourceHelp')}
          rules={[required(t('calendar.source')), { min: 2, message: t('calendar.sourceTooShort') }]}
        >
          <Input maxLength={200} data-testid="calendar-day-form-source" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
