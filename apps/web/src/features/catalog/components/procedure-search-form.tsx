import { SearchOutlined } from '@ant-design/icons';
import { foldVietnamese, onlineLevels, procedureLevels, procedureSubjects, type OnlineLevel } from '@motcua/shared';
import { Button, Col, Input, Row, Select, Space } from 'antd';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useI18n } from '@/i18n';
import { useAgencies } from '../api/get-agencies';
import { useSectors } from '../api/get-sectors';
import { useCatalogLabels } from '../lib/labels';
import type { ProcedureSearchState } from '../lib/search-params';

type Filters = Pick<ProcedureSearchState, 'q' | 'sector' | 'level' | 'agency' | 'onlineLevel' | 'subject'>;

interface ProcedureSearchFormProps {
  value: Filters;
  onChange: (next: Filters) => void;
}

interface Option {
  value: string;
  label: string;
  /** Folded text the option is found by ("so tu phap" finds "Sở Tư pháp"). */
  search: string;
}

const option = (code: string, label: string): Option => ({ value: code, label, search: foldVietnamese(`${label} ${code}`) });

const filterOption = (input: string, option?: Option) => (option ? option.search.includes(foldVietnamese(input)) : false);

function FilterSelect({ id, label, options, value, loading, onChange, testId }: {
  id: string;
  label: string;
  options: Option[];
  value: string | undefined;
  loading?: boolean;
  onChange: (value: string | undefined) => void;
  testId: string;
}) {
  const { t } = useI18n();
  return (
    <div className="catalog-filter">
      <label htmlFor={id} className="catalog-filter-label">
        {label}
      </label>
      <Select<string, Option>
        id={id}
        allowClear
        value={value}
        options={options}
        loading={loading}
        placeholder={t('catalog.search.any')}
        onChange={(next) => onChange(next ?? undefined)}
        showSearch={{ filterOption }}
        popupMatchSelectWidth={false}
        style={{ width: '100%' }}
        data-testid={testId}
      />
    </div>
  );
}

/** The free-text box (sent on submit) and the filters (applied at once); both live in the URL. */
export function ProcedureSearchForm({ value, onChange }: ProcedureSearchFormProps) {
  const { t } = useI18n();
  const labels = useCatalogLabels();
  const sectors = useSectors();
  const agencies = useAgencies();
  const [text, setText] = useState(value.q);
  useEffect(() => setText(value.q), [value.q]);

  const sectorOptions = useMemo(
    () => (sectors.data ?? []).map((sector) => option(sector.code, `${sector.name} (${sector.procedureCount})`)),
    [sectors.data],
  );
  const agencyOptions = useMemo(
    () =>
      // Provincial departments first, then the communes, each by name.
      [...(agencies.data ?? [])]
        .sort((a, b) => Number(a.kind === 'committee') - Number(b.kind === 'committee') || a.name.localeCompare(b.name, 'vi'))
        .map((agency) => option(agency.code, agency.name)),
    [agencies.data],
  );
  const levelOptions = procedureLevels.map((level) => option(level.code, labels.level(level.code)));
  const subjectOptions = procedureSubjects.map((subject) => option(subject.code, labels.subject(subject.code)));
  const onlineOptions = onlineLevels.map((level) => option(level, labels.onlineLevel(level)));
  const hasFilters = Boolean(value.sector || value.level || value.agency || value.onlineLevel || value.subject);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange({ ...value, q: text.trim() });
  };

  return (
    <form role="search" aria-label={t('catalog.search.formLabel')} onSubmit={submit} className="catalog-search-form" data-testid="catalog-search-form">
      <label htmlFor="catalog-search-input" className="catalog-filter-label">
        {t('catalog.search.inputLabel')}
      </label>
      <Space.Compact style={{ width: '100%' }}>
        <Input
          id="catalog-search-input"
          size="large"
          type="search"
          value={text}
          onChange={(event) => setText(event.target.value)}
          placeholder={t('catalog.search.placeholder')}
          aria-describedby="catalog-search-hint"
          data-testid="catalog-search-input"
        />
        <Button type="primary" size="large" htmlType="submit" icon={<SearchOutlined aria-hidden />} data-testid="catalog-search-submit">
          {t('common.search')}
        </Button>
      </Space.Compact>
      <p id="catalog-search-hint" className="muted-text catalog-search-hint">
        {t('catalog.search.hint')}
      </p>
      <fieldset className="plain-fieldset">
        <legend>{t('catalog.search.filters')}</legend>
        <Row gutter={[12, 12]}>
          <Col xs={24} sm={12} lg={8}>
            <FilterSelect id="catalog-filter-sector" label={t('catalog.field.sector')} options={sectorOptions} loading={sectors.isPending} value={value.sector} onChange={(sector) => onChange({ ...value, sector })} testId="catalog-filter-sector" />
          </Col>
          <Col xs={24} sm={12} lg={8}>
            <FilterSelect id="catalog-filter-agency" label={t('catalog.field.agency')} options={agencyOptions} loading={agencies.isPending} value={value.agency} onChange={(agency) => onChange({ ...value, agency })} testId="catalog-filter-agency" />
          </Col>
          <Col xs={24} sm={12} lg={8}>
            <FilterSelect id="catalog-filter-level" label={t('catalog.field.level')} options={levelOptions} value={value.level} onChange={(level) => onChange({ ...value, level })} testId="catalog-filter-level" />
          </Col>
          <Col xs={24} sm={12} lg={8}>
            <FilterSelect
              id="catalog-filter-online"
              label={t('catalog.field.onlineLevel')}
              options={onlineOptions}
              value={value.onlineLevel}
              onChange={(level) => onChange({ ...value, onlineLevel: level as OnlineLevel | undefined })}
              testId="catalog-filter-online"
            />
          </Col>
          <Col xs={24} sm={12} lg={8}>
            <FilterSelect id="catalog-filter-subject" label={t('catalog.field.subject')} options={subjectOptions} value={value.subject} onChange={(subject) => onChange({ ...value, subject })} testId="catalog-filter-subject" />
          </Col>
          {hasFilters ? (
            <Col xs={24} sm={12} lg={8} className="catalog-filter-reset">
              <Button onClick={() => onChange({ q: value.q, sector: undefined, level: undefined, agency: undefined, onlineLevel: undefined, subject: undefined })} data-testid="catalog-filter-reset">
                {t('catalog.search.clearFilters')}
              </Button>
            </Col>
          ) : null}
        </Row>
      </fieldset>
    </form>
  );
}
