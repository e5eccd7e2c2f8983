import type { DossierSummary, IntakeOptions } from '@motcua/shared';
import { Alert, Button, Col, Form, Input, InputNumber, Radio, Row, Select } from 'antd';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { ErrorAlert } from '@/components/error-alert';
import { useFormServerErrors } from '@/hooks/use-form-server-errors';
import { useI18n } from '@/i18n';
import { useReceiveDossier } from '../api/receive-dossier';
import { useIdempotencyKey } from '../lib/idempotency';
import { CaseQuestions } from '@/components/case-questions';
import { checklistOf, checklistView, handedOver, missingRequired, moveDocumentErrors, toReceiveBody, type ReceiveFormValues } from '../lib/receive-form';
import { ApplicantFields } from './applicant-fields';
import { ChecklistField } from './checklist-field';
import { DuePreview } from './due-preview';

interface ReceiveFormProps {
  intake: IntakeOptions;
  receivingUnitId: string | undefined;
  onReceived: (dossier: DossierSummary) => void;
}

/** Everything the desk records at the counter; Ctrl+Enter receives from any field. */
export function ReceiveForm({ intake, receivingUnitId, onReceived }: ReceiveFormProps) {
  const { t } = useI18n();
  const [form] = Form.useForm<ReceiveFormValues>();
  const receive = useReceiveDossier();
  const keyFor = useIdempotencyKey();
  const { generalError, handleError, clearError } = useFormServerErrors(form);
  const [missing, setMissing] = useState<string[]>([]);
  const variantKey = Form.useWatch('variantKey', form) as string | undefined;
  const channel = (Form.useWatch('channel', form) ?? 'in_person') as ReceiveFormValues['channel'];
  const variant = intake.variants.find((item) => item.key === variantKey);
  const cases = checklistView(variant, channel, {}).cases;
  const firstVariant = intake.variants.length === 1 ? intake.variants[0] : undefined;

  // A new variant brings its own checklist (a refreshed due-date preview must not clear the ticks).
  const appliedVariant = useRef(firstVariant?.key);
  useEffect(() => {
    if (variantKey === appliedVariant.current) return;
    appliedVariant.current = variantKey;
    form.setFieldValue('documents', checklistOf(intake.variants.find((item) => item.key === variantKey)));
    form.setFieldValue('cases', {});
    setMissing([]);
  }, [form, intake, variantKey]);

  const submit = (values: ReceiveFormValues) => {
    const rows = form.getFieldValue('documents') as ReceiveFormValues['documents'];
    const answers = form.getFieldValue('cases') as ReceiveFormValues['cases'];
    const absent = missingRequired(rows, variant, values.channel, answers);
    setMissing(absent.map((item) => item.message));
    if (absent.length > 0 || receive.isPending) return;
    clearError();
    const full = { ...values, documents: rows, cases: answers };
    const body = toReceiveBody(intake.procedure.id, receivingUnitId, full, variant);
    const sent = handedOver(rows, variant, values.channel, answers);
    receive.mutate({ body, idempotencyKey: keyFor(body) }, {
      onSuccess: onReceived,
      onError: (error) => handleError(moveDocumentErrors(error, rows, sent)),
    });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      form.submit();
    }
  };

  return (
    <div onKeyDown={onKeyDown}>
      <Form<ReceiveFormValues>
        form={form}
        layout="vertical"
        requiredMark="optional"
        onFinish={submit}
        initialValues={{
          variantKey: firstVariant?.key,
          agencyUnitId: intake.suggestedAgencyId ?? (intake.agencies.length === 1 ? intake.agencies[0]?.id : undefined),
          channel: 'in_person',
          sets: 1,
          applicant: { kind: 'individual' },
          documents: checklistOf(firstVariant),
          cases: {},
        }}
        data-testid="desk-receive-form"
      >
        {generalError ? <ErrorAlert error={generalError} /> : null}
        <Row gutter={24}>
          <Col xs={24} xl={13}>
            <Form.Item
              name="variantKey"
              label={t('dossiers.desk.variant')}
              rules={[{ required: true, message: t('common.requiredSelect', { field: t('dossiers.desk.variant') }) }]}
            >
              <Select
                autoFocus={intake.variants.length > 1}
                options={intake.variants.map((item) => ({ value: item.key, label: `${item.name} (${item.timeLimitText})` }))}
                data-testid="desk-variant"
              />
            </Form.Item>
            <Form.Item name="cases" noStyle>
              <CaseQuestions cases={cases} testId="desk-cases" />
            </Form.Item>
            {variant ? <ChecklistField autoFocusFirst={intake.variants.length === 1} variant={variant} /> : null}
            {missing.length > 0 ? (
              <Alert
                type="error"
                role="alert"
                showIcon
                style={{ marginTop: 12 }}
                title={t('dossiers.desk.missingRequired')}
                description={<ul className="plain-list">{missing.map((text) => <li key={text}>{text}</li>)}</ul>}
                data-testid="desk-missing-required"
              />
            ) : null}
            <Form.Item name="requestSummary" label={t('dossiers.desk.requestSummary')} style={{ marginTop: 16 }}>
              <Input.TextArea rows={2} maxLength={1000} />
            </Form.Item>
          </Col>
          <Col xs={24} xl={11}>
            <DuePreview variant={variant} />
            <ApplicantFields />
            <Row gutter={12}>
              <Col xs={12} md={8}>
                <Form.Item name="sets" label={t('dossiers.field.sets')}>
                  <InputNumber min={1} max={20} style={{ width: '100%' }} data-testid="desk-sets" />
                </Form.Item>
              </Col>
              <Col xs={24} md={16}>
                <Form.Item name="channel" label={t('dossiers.field.channel')}>
                  <Radio.Group
                    optionType="button"
                    options={[
                      { value: 'in_person', label: t('dossiers.channel.in_person') },
                      { value: 'postal', label: t('dossiers.channel.postal') },
                    ]}
                    data-testid="desk-channel"
                  />
                </Form.Item>
              </Col>
            </Row>
            {intake.agencies.length > 1 ? (
              <Form.Item
                name="agencyUnitId"
                label={t('dossiers.desk.agency')}
                rules={[{ required: true, message: t('common.requiredSelect', { field: t('dossiers.desk.agency') }) }]}
              >
                <Select showSearch={{ optionFilterProp: 'label' }} options={intake.agencies.map((unit) => ({ value: unit.id, label: unit.name }))} data-testid="desk-agency" />
              </Form.Item>
            ) : intake.agencies[0] ? (
              <p className="muted-text">{t('dossiers.desk.agencyFixed', { name: intake.agencies[0].name })}</p>
            ) : null}
            <Button type="primary" size="large" htmlType="button" onClick={() => form.submit()} loading={receive.isPending} block data-testid="desk-submit">
              {t('dossiers.desk.submit')}
            </Button>
            <p className="muted-text" style={{ marginTop: 8 }}>
              {t('dossiers.desk.shortcut')}
            </p>
          </Col>
        </Row>
      </Form>
    </div>
  );
}
