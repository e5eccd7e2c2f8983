import { DatePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { dateFormat } from '@/lib/dates';

interface DateRangeFilterProps {
  /** First and last day, as legal dates (`YYYY-MM-DD`). */
  from: string;
  to: string;
  label: string;
  /** Called once both ends are chosen. */
  onChange: (from: string, to: string) => void;
  'data-testid'?: string;
}

/** A period filter shown as dd/MM/yyyy: always a whole range, never cleared. */
export function DateRangeFilter({ from, to, label, onChange, 'data-testid': testId }: DateRangeFilterProps) {
  return (
    <DatePicker.RangePicker
      allowClear={false}
      format={dateFormat}
      value={[dayjs(from), dayjs(to)]}
      aria-label={label}
      onChange={(range) => {
        const [start, end] = (range ?? []) as [Dayjs | null, Dayjs | null];
        if (start && end) onChange(start.format('YYYY-MM-DD'), end.format('YYYY-MM-DD'));
      }}
      data-testid={testId}
    />
  );
}
