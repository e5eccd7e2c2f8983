import { SearchOutlined } from '@ant-design/icons';
import { Button, Form, Input } from 'antd';
import { generatePath, useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import { useI18n } from '@/i18n';

interface LookupValues {
  code: string;
}

/** One field, the dossier code; the result has its own address (the receipt's QR code leads there too). */
export function LookupForm({ initialCode }: { initialCode: string }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const submit = ({ code }: LookupValues) => void navigate(generatePath(paths.portal.dossierLookupCode, { code: code.trim() }));
  return (
    <Form<LookupValues> layout="vertical" name="dossier-lookup" role="search" initialValues={{ code: initialCode }} onFinish={submit} className="lookup-form" requiredMark={false}>
      <Form.Item
        name="code"
        label={t('portal.lookup.codeLabel')}
        rules={[
          { required: true, whitespace: true, message: t('portal.lookup.codeRequired') },
          { min: 6, max: 40, transform: (value: string) => value?.trim(), message: t('portal.lookup.codeLength') },
        ]}
        className="lookup-form-item"
      >
        <Input size="large" autoComplete="off" spellCheck={false} placeholder={t('portal.lookup.codePlaceholder')} data-testid="lookup-code-input" />
      </Form.Item>
      <Button type="primary" size="large" htmlType="submit" icon={<SearchOutlined aria-hidden />} data-testid="lookup-submit" className="lookup-submit">
        {t('portal.lookup.submit')}
      </Button>
    </Form>
  );
}
