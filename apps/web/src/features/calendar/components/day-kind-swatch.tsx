import { useI18n } from '@/i18n';
import { dayKindClassName, dayKindLabelKeys, dayKindLetterKeys, type DisplayDayKind } from '../lib/day-kinds';

/** The cell look of a kind (fill, pattern, letter), for the legend and the table of days. */
export function DayKindSwatch({ kind, draft = false }: { kind: DisplayDayKind; draft?: boolean }) {
  const { t } = useI18n();
  const letterKey = dayKindLetterKeys[kind];
  return (
    <span className={`${dayKindClassName(kind, draft)} calendar-swatch`} aria-hidden>
      <span className="calendar-day-letter">{letterKey ? t(letterKey) : ''}{draft ? '*' : ''}</span>
    </span>
  );
}

/** Swatch and name of a kind, as in the legend. */
export function DayKindLabel({ kind, draft = false }: { kind: DisplayDayKind; draft?: boolean }) {
  const { t } = useI18n();
  return (
    <span className="calendar-kind-label">
      <DayKindSwatch kind={kind} draft={draft} />
      <span>{t(dayKindLabelKeys[kind])}</span>
    </span>
  );
}
