import type { ReactNode } from 'react';

interface TableRegionProps {
  /** Names the region for screen readers, usually the page heading. */
  label: string;
  /** Below this width the table scrolls sideways instead of crushing its columns. */
  minWidth: number;
  children: ReactNode;
}

/**
 * A horizontally scrollable table must be reachable by keyboard (WCAG 2.1.1); antd's own
 * `scroll.x` container cannot take focus, so wide tables scroll inside this region instead.
 */
export function TableRegion({ label, minWidth, children }: TableRegionProps) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className="table-region">
      <div style={{ minWidth }}>{children}</div>
    </div>
  );
}
