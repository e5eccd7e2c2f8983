import type CoreForm from '@rjsf/core';
import { Button, Flex } from 'antd';
import { useRef, useState } from 'react';
import { useI18n } from '@/i18n';
import { hasEFormFields } from '../lib/e-form';
import { EFormSection } from './e-form-section';

/**
 * An e-form exactly as the portal renders it (same widgets, words and checks), to try out in the back office: the
 * answers stay on the page; "Kiểm tra thử" runs the checks an applicant would meet.
 */
export function EFormPreviewForm({ schema }: { schema: Record<string, unknown> | null }) {
  const { t } = useI18n();
  const [formData, setFormData] = useState<Record<string, unknown>>({});
  const ref = useRef<CoreForm>(null);
  if (!hasEFormFields(schema)) return <p className="muted-text">{t('eFormBuilder.previewEmpty')}</p>;
  return (
    <div className="efb-preview" data-testid="efb-preview">
      <p className="muted-text">{t('eFormBuilder.previewLead')}</p>
      <EFormSection schema={schema} formData={formData} onChange={setFormData} formRef={ref} idPrefix="preview" />
      <Flex gap={8}>
        <Button onClick={() => ref.current?.validateForm()} data-testid="efb-preview-check">{t('eFormBuilder.check')}</Button>
        <Button type="text" onClick={() => setFormData({})}>{t('eFormBuilder.clearPreview')}</Button>
      </Flex>
    </div>
  );
}
