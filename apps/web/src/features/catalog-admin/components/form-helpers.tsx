import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, type DatePickerProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { dateFormat } from '@/lib/dates';

/** Legal dates stay `YYYY-MM-DD` strings in the form values (as in the API body); the picker shows DD/MM/YYYY. */
export const legalDateItemProps = {
  getValueProps: (value?: string | null) => ({ value: value ? dayjs(value, 'YYYY-MM-DD') : null }),
  normalize: (value: Dayjs | null) => (value ? value.format('YYYY-MM-DD') : null),
};

/** Enter commits the typed date without also submitting the whole form (the browser's implicit submission). */
export function LegalDatePicker(props: DatePickerProps) {
  return (
    <DatePicker
      format={dateFormat}
      style={{ width: '100%' }}
      {...props}
      onKeyDown={(event) => {
        if (event.key === 'Enter') event.preventDefault();
      }}
    />
  );
}

export function AddRowButton({ onClick, children, testId }: { onClick: () => void; children: string; testId?: string }) {
  return (
    <Button type="dashed" icon={<PlusOutlined aria-hidden />} onClick={onClick} data-testid={testId}>
      {children}
    </Button>
  );
}

export function RemoveRowButton({ onClick, label }: { onClick: () => void; label: string }) {
  return <Button type="text" danger icon={<DeleteOutlined aria-hidden />} aria-label={label} title={label} onClick={onClick} />;
}
