import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Flex, Select } from 'antd';
import { useI18n } from '@/i18n';

export const minCalendarYear = 1990;
export const maxCalendarYear = 2100;

interface YearPickerProps {
  year: number;
  /** Years offered in the list; the chosen year is always among them. */
  years: readonly number[];
  onChange: (year: number) => void;
}

export function YearPicker({ year, years, onChange }: YearPickerProps) {
  const { t } = useI18n();
  const options = [...new Set([...years, year])].sort((a, b) => a - b).map((value) => ({ value, label: String(value) }));
  return (
    <Flex gap={8} align="center">
      <Button
        icon={<LeftOutlined aria-hidden />}
        aria-label={t('calendar.previousYear', { year: year - 1 })}
        disabled={year <= minCalendarYear}
        onClick={() => onChange(year - 1)}
        data-testid="calendar-year-prev"
      />
      <Select<number>
        value={year}
        options={options}
        onChange={onChange}
        aria-label={t('calendar.chooseYear')}
        style={{ width: 110 }}
        data-testid="calendar-year-select"
      />
      <Button
        icon={<RightOutlined aria-hidden />}
        aria-label={t('calendar.nextYear', { year: year + 1 })}
        disabled={year >= maxCalendarYear}
        onClick={() => onChange(year + 1)}
        data-testid="calendar-year-next"
      />
    </Flex>
  );
}
