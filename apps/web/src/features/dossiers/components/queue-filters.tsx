import { dossierStatuses, type DossierStatus } from '@motcua/shared';
import { Flex, Input, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useI18n } from '@/i18n';
import type { QueueParams } from '../api/get-queue';
import { useDossierLabels } from '../lib/use-dossier-labels';
import { ProcedureSelect } from './procedure-select';

interface QueueFiltersProps {
  params: QueueParams;
  onChange: (next: Partial<QueueParams>) => void;
  /** A list fixed to one status (the desk's results to return) has no status filter. */
  hideStatus?: boolean;
}

export function QueueFilters({ params, onChange, hideStatus = false }: QueueFiltersProps) {
  const { t } = useI18n();
  const labels = useDossierLabels();
  const [text, setText] = useState(params.q ?? '');
  useEffect(() => setText(params.q ?? ''), [params.q]);
  return (
    <Flex gap={12} wrap align="center" role="search" style={{ marginBottom: 16 }}>
      <Input.Search
        allowClear
        aria-label={t('dossiers.queue.searchLabel')}
        placeholder={t('dossiers.queue.searchPlaceholder')}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onSearch={(value) => onChange({ q: value.trim() || undefined, page: 1 })}
        enterButton={t('common.search')}
        style={{ maxWidth: 360 }}
        data-testid="queue-search"
      />
      {hideStatus ? null : (
      <Select<DossierStatus>
        allowClear
        aria-label={t('dossiers.queue.filterStatus')}
        placeholder={t('dossiers.queue.filterStatus')}
        value={params.status}
        options={dossierStatuses.map((status) => ({ value: status, label: labels.status(status) }))}
        onChange={(status) => onChange({ status: status ?? undefined, page: 1 })}
        style={{ minWidth: 220 }}
        popupMatchSelectWidth={false}
        data-testid="queue-status"
      />
      )}
      <ProcedureSelect
        value={params.procedureId}
        onChange={(procedureId) => onChange({ procedureId, page: 1 })}
        placeholder={t('dossiers.queue.filterProcedure')}
        ariaLabel={t('dossiers.queue.filterProcedure')}
        testId="queue-procedure"
      />
    </Flex>
  );
}
