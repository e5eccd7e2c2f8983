export { calendarYearQueryKey, useCalendarYear } from './api/get-calendar-year';
export { CalendarPage } from './routes/calendar-page';
export { DueDatePage } from './routes/due-date-page';
