import { Select } from 'antd';
import { useState } from 'react';
import { useDeskProcedureSearch } from '../api/search-procedures';

interface ProcedureSelectProps {
  value?: string | undefined;
  onChange?: (value: string | undefined) => void;
  placeholder: string;
  ariaLabel: string;
  testId?: string;
}

/** A procedure filter that searches the catalog by code or name as the officer types. */
export function ProcedureSelect({ value, onChange, placeholder, ariaLabel, testId }: ProcedureSelectProps) {
  const [text, setText] = useState('');
  const search = useDeskProcedureSearch(text);
  const [known, setKnown] = useState<Record<string, string>>({});
  const options = (search.data?.items ?? []).map((procedure) => ({ value: procedure.id, label: `${procedure.code} · ${procedure.name}` }));
  if (value && !options.some((option) => option.value === value)) options.unshift({ value, label: known[value] ?? value });
  return (
    <Select<string>
      allowClear
      showSearch={{ filterOption: false, onSearch: setText }}
      aria-label={ariaLabel}
      placeholder={placeholder}
      value={value}
      options={options}
      loading={search.isFetching}
      onChange={(next, option) => {
        if (next && option && !Array.isArray(option)) setKnown((map) => ({ ...map, [next]: String(option.label) }));
        onChange?.(next ?? undefined);
      }}
      style={{ minWidth: 280, maxWidth: 420 }}
      popupMatchSelectWidth={false}
      data-testid={testId}
    />
  );
}
