import { Select, type SelectProps } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useCatalogLabels } from '@/features/catalog';
import { useI18n } from '@/i18n';
import { useAdminProcedures } from '../api/get-admin-procedures';

interface ProcedurePickerProps extends Omit<SelectProps<string>, 'options' | 'showSearch' | 'filterOption'> {
  /** Labels of procedures already chosen (id → "code – name"), shown before any search. */
  known?: Record<string, string> | undefined;
}

/** Picks one procedure of the whole catalog (drafts included) by searching the server, code or name, without diacritics. */
export function ProcedurePicker({ known, ...props }: ProcedurePickerProps) {
  const { t } = useI18n();
  const labels = useCatalogLabels();
  const [search, setSearch] = useState('');
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [seen, setSeen] = useState<Record<string, string>>({});
  useEffect(() => {
    const timer = window.setTimeout(() => setQuery(search.trim()), 300);
    return () => window.clearTimeout(timer);
  }, [search]);
  const results = useAdminProcedures({ q: query || undefined, page: 1, pageSize: 20 }, { enabled: open });
  const items = results.data?.items;
  useEffect(() => {
    if (!items?.length) return;
    setSeen((previous) => {
      const next = { ...previous };
      for (const item of items) next[item.id] = `${item.code} – ${item.name}`;
      return next;
    });
  }, [items]);

  const options = useMemo(() => {
    const fromSearch = (items ?? []).map((item) => ({ value: item.id, label: `${item.code} – ${item.name} (${labels.status(item.status)})` }));
    const selected = [props.value].flat().filter((value): value is string => typeof value === 'string');
    const extra = selected
      .filter((value) => !fromSearch.some((option) => option.value === value))
      .map((value) => ({ value, label: known?.[value] ?? seen[value] ?? value }));
    return [...extra, ...fromSearch];
  }, [items, props.value, known, seen, labels]);

  return (
    <Select<string>
      placeholder={t('catalogAdmin.picker.placeholder')}
      notFoundContent={results.isFetching ? t('app.loading') : t('catalogAdmin.picker.empty')}
      loading={results.isFetching}
      popupMatchSelectWidth={false}
      onOpenChange={setOpen}
      style={{ width: '100%' }}
      {...props}
      options={options}
      showSearch={{ filterOption: false, onSearch: setSearch }}
    />
  );
}
