import { Flex, Input } from 'antd';
import { useEffect, useState } from 'react';
import { OrgUnitTreeSelect } from '@/features/org-units';
import { useI18n } from '@/i18n';

interface OfficerFiltersProps {
  q: string;
  orgUnitId: string | undefined;
  onChange: (filters: { q: string; orgUnitId: string | undefined }) => void;
}

export function OfficerFilters({ q, orgUnitId, onChange }: OfficerFiltersProps) {
  const { t } = useI18n();
  const [text, setText] = useState(q);
  useEffect(() => setText(q), [q]);
  return (
    <Flex gap={12} wrap style={{ marginBottom: 16 }} role="search">
      <Input.Search
        allowClear
        aria-label={t('officers.searchLabel')}
        placeholder={t('officers.searchPlaceholder')}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onSearch={(value) => onChange({ q: value.trim(), orgUnitId })}
        enterButton={t('common.search')}
        style={{ maxWidth: 420 }}
      />
      <OrgUnitTreeSelect
        allowClear
        aria-label={t('officers.filterUnit')}
        placeholder={t('officers.filterUnit')}
        value={orgUnitId}
        onChange={(value) => onChange({ q, orgUnitId: value ?? undefined })}
        style={{ minWidth: 320 }}
      />
    </Flex>
  );
}
