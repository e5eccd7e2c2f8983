import type { CalendarDayDto } from '@motcua/shared';
import { useMemo } from 'react';
import { months } from '../lib/calendar-grid';
import { MonthGrid } from './month-grid';

interface YearViewProps {
  year: number;
  days: readonly CalendarDayDto[];
  onSelect?: ((date: string) => void) | undefined;
}

/** Twelve month grids; special days come from the server, weekends are worked out here. */
export function YearView({ year, days, onSelect }: YearViewProps) {
  const entries = useMemo(() => new Map(days.map((day) => [day.date, day])), [days]);
  return (
    <div className="calendar-year-grid" data-testid="calendar-year-view">
      {months.map((month) => (
        <MonthGrid key={month} year={year} month={month} entries={entries} onSelect={onSelect} />
      ))}
    </div>
  );
}
