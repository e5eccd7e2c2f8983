import { SearchOutlined } from '@ant-design/icons';
import { Button, Input, Space } from 'antd';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import { useI18n } from '@/i18n';

/** Sends the query to the procedure catalog page (delivered by the catalog issue). */
export function ProcedureSearchBox() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const q = query.trim();
    void navigate(q ? `${paths.portal.procedures}?q=${encodeURIComponent(q)}` : paths.portal.procedures);
  };
  return (
    <form role="search" onSubmit={submit} className="procedure-search">
      <label htmlFor="procedure-search-input" className="hero-search-label">
        {t('portal.home.searchLabel')}
      </label>
      <Space.Compact style={{ width: '100%' }}>
        <Input
          id="procedure-search-input"
          size="large"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          placeholder={t('portal.home.searchPlaceholder')}
          data-testid="portal-search-input"
        />
        <Button type="primary" size="large" htmlType="submit" icon={<SearchOutlined aria-hidden />} className="hero-search-button">
          {t('portal.home.searchButton')}
        </Button>
      </Space.Compact>
    </form>
  );
}
