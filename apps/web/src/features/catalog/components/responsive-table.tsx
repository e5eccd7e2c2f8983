import { Table, type TableColumnsType, type TableProps } from 'antd';
import type { CSSProperties, HTMLAttributes } from 'react';

interface ResponsiveTableProps<T> extends Omit<TableProps<T>, 'columns'> {
  /** Names the scrollable region for screen readers. */
  label: string;
  /** Below this width (on tablets) the table scrolls sideways; on phones its rows become stacked cards. */
  minWidth: number;
  columns: TableColumnsType<T>;
}

/**
 * A table for the portal's long texts (documents, fees, legal basis). On phones (≤ 640 px) each row is
 * shown as a card, every cell labelled with its column name (`data-label`), so nothing scrolls sideways;
 * wider, it behaves like `TableRegion`: a focusable region that scrolls (WCAG 2.1.1).
 */
export function ResponsiveTable<T extends object>({ label, minWidth, columns, ...props }: ResponsiveTableProps<T>) {
  const labelled = columns.map((column) => ({
    ...column,
    onCell: () => ({ 'data-label': typeof column.title === 'string' ? column.title : '' }) as HTMLAttributes<HTMLElement>,
  }));
  return (
    <div role="region" aria-label={label} tabIndex={0} className="table-region responsive-table" style={{ '--table-min-width': `${minWidth}px` } as CSSProperties}>
      <div className="responsive-table-inner">
        <Table<T> size="small" bordered pagination={false} {...props} columns={labelled} />
      </div>
    </div>
  );
}
