import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import type { CalendarDayDto } from '@motcua/shared';
import { App, Button, Flex, Popconfirm, Table, Tag, type TableColumnsType } from 'antd';
import { ErrorAlert } from '@/components/error-alert';
import { TableRegion } from '@/components/table-region';
import { useI18n } from '@/i18n';
import { formatDate } from '@/lib/dates';
import { useRemoveCalendarDay } from '../api/remove-calendar-day';
import { weekdayOf } from '../lib/calendar-grid';
import { useWeekdayName } from '../lib/use-calendar-labels';
import { DayKindLabel } from './day-kind-swatch';

interface SpecialDaysTableProps {
  days: CalendarDayDto[];
  loading: boolean;
  label: string;
  /** Given only to calendar managers. */
  onEdit?: ((day: CalendarDayDto) => void) | undefined;
}

export function SpecialDaysTable({ days, loading, label, onEdit }: SpecialDaysTableProps) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const weekdayName = useWeekdayName();
  const remove = useRemoveCalendarDay();

  const columns: TableColumnsType<CalendarDayDto> = [
    { title: t('calendar.date'), dataIndex: 'date', width: 120, render: (date: string) => formatDate(date) },
    { title: t('calendar.weekdayColumn'), key: 'weekday', width: 110, render: (_, day) => weekdayName(weekdayOf(day.date)) },
    { title: t('calendar.kind'), dataIndex: 'kind', width: 240, render: (_, day) => <DayKindLabel kind={day.kind} draft={day.draft} /> },
    {
      title: t('calendar.name'),
      dataIndex: 'name',
      render: (name: string, day) => (
        <>
          {name}
          {day.draft ? (
            <Tag color="warning" style={{ marginInlineStart: 8 }}>
              {t('calendar.draft')}
            </Tag>
          ) : null}
        </>
      ),
    },
    { title: t('calendar.source'), dataIndex: 'source', width: 240 },
  ];
  if (onEdit) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      width: 120,
      render: (_, day) => (
        <Flex gap={4}>
          <Button
            type="text"
            icon={<EditOutlined aria-hidden />}
            aria-label={t('calendar.editDayOf', { date: formatDate(day.date) })}
            onClick={() => onEdit(day)}
            data-testid={`calendar-day-edit-${day.date}`}
          />
          <Popconfirm
            title={t('calendar.removeConfirm', { date: formatDate(day.date) })}
            okText={t('calendar.remove')}
            cancelText={t('common.cancel')}
            okButtonProps={{ danger: true }}
            onConfirm={() =>
              remove.mutateAsync(day.date).then(() => void message.success(t('calendar.removed', { date: formatDate(day.date) })))
            }
          >
            <Button
              type="text"
              danger
              icon={<DeleteOutlined aria-hidden />}
              aria-label={t('calendar.removeDayOf', { date: formatDate(day.date) })}
              data-testid={`calendar-day-remove-${day.date}`}
            />
          </Popconfirm>
        </Flex>
      ),
    });
  }

  return (
    <>
      {remove.isError ? <ErrorAlert error={remove.error} /> : null}
      <TableRegion label={label} minWidth={900}>
        <Table<CalendarDayDto>
          rowKey="date"
          size="middle"
          columns={columns}
          dataSource={days}
          loading={loading}
          pagination={false}
          locale={{ emptyText: t('calendar.noSpecialDays') }}
          data-testid="calendar-days-table"
        />
      </TableRegion>
    </>
  );
}
