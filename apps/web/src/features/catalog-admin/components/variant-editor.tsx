import { UploadOutlined } from '@ant-design/icons';
import { channels, DOCUMENT_COUNT_MAX, documentGroups, feeKinds, LABEL_MAX, LONG_TEXT_MAX, timeLimitUnits, type AdminProcedureDetail, type ProcedureVariant } from '@motcua/shared';
import { App, Button, Col, Drawer, Flex, Form, Input, InputNumber, Row, Select, Switch, Upload } from 'antd';
import { useRef } from 'react';
import { ErrorAlert } from '@/components/error-alert';
import { useCatalogLabels } from '@/features/catalog';
import { useFormServerErrors } from '@/hooks/use-form-server-errors';
import { useI18n } from '@/i18n';
import { useSaveVariant } from '../api/save-variant';
import { useUploadFormTemplate } from '../api/upload-form-template';
import { parseEFormText } from '../lib/e-form';
import { emptyVariantValues, valuesToVariantBody, variantToValues, type VariantValues } from '../lib/procedure-form';
import { moveEFormErrors } from '../lib/server-errors';
import { EFormEditor } from './e-form-builder/e-form-editor';
import { AddRowButton, RemoveRowButton } from './form-helpers';

interface VariantEditorProps {
  procedure: AdminProcedureDetail;
  /** Absent for a new variant. */
  variant?: ProcedureVariant | undefined;
  onClose: () => void;
}

function TimeLimitFields({ prefix, label }: { prefix: (string | number)[]; label: string }) {
  const { t } = useI18n();
  const labels = useCatalogLabels();
  return (
    <fieldset className="plain-fieldset time-limit-fieldset">
      <legend>{label}</legend>
      <Flex gap={8} wrap>
        <Form.Item name={[...prefix, 'value']} label={t('catalogAdmin.variant.timeValue')} style={{ marginBottom: 0 }}>
          <InputNumber min={0} max={3650} step={0.5} decimalSeparator="," style={{ width: 120 }} />
        </Form.Item>
        <Form.Item name={[...prefix, 'unit']} label={t('catalogAdmin.variant.timeUnit')} style={{ marginBottom: 0 }}>
          <Select style={{ width: 180 }} options={timeLimitUnits.map((unit) => ({ value: unit, label: labels.timeUnit(unit) }))} />
        </Form.Item>
      </Flex>
    </fieldset>
  );
}

function FormTemplateFields({ documentName }: { documentName: number }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const form = Form.useFormInstance<VariantValues>();
  const upload = useUploadFormTemplate();
  const prefix: ['documents', number, 'formTemplate'] = ['documents', documentName, 'formTemplate'];
  const fileId = Form.useWatch(['documents', documentName, 'formTemplate', 'fileId'], form) as string | null | undefined;
  return (
    <Row gutter={12} align="bottom">
      <Col xs={24} md={10}>
        <Form.Item name={[documentName, 'formTemplate', 'name']} label={t('catalogAdmin.variant.formName')}>
          <Input maxLength={LONG_TEXT_MAX} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name={[documentName, 'formTemplate', 'url']} label={t('catalogAdmin.variant.formUrl')} rules={[{ type: 'url', message: t('catalogAdmin.variant.formUrlInvalid') }]}>
          <Input maxLength={1000} inputMode="url" />
        </Form.Item>
      </Col>
      <Col xs={24} md={6}>
        <Form.Item name={[documentName, 'formTemplate', 'fileId']} hidden>
          <Input />
        </Form.Item>
        <Form.Item label={t('catalogAdmin.variant.formFile')} extra={fileId ? t('catalogAdmin.variant.formFileAttached') : t('catalogAdmin.variant.formFileHelp')}>
          <Upload
            accept=".pdf,image/*"
            showUploadList={false}
            beforeUpload={(file) => {
              upload.mutate(file, {
                onSuccess: (stored) => {
                  const current = form.getFieldValue(prefix) as { name?: string } | null | undefined;
                  form.setFieldValue(prefix, { name: current?.name?.trim() || stored.originalName, fileId: stored.id, url: null });
                  void message.success(t('catalogAdmin.variant.formUploaded'));
                },
                onError: (error) => void message.error(error instanceof Error ? error.message : t('errors.unknown')),
              });
              return false;
            }}
          >
            <Button icon={<UploadOutlined aria-hidden />} loading={upload.isPending}>
              {t('catalogAdmin.variant.formUpload')}
            </Button>
          </Upload>
        </Form.Item>
      </Col>
    </Row>
  );
}

/** Adds or edits one variant (trường hợp): its time limits, channels, fees, documents and e-form. Saving makes a new version. */
export function VariantEditor({ procedure, variant, onClose }: VariantEditorProps) {
  const { t } = useI18n();
  const labels = useCatalogLabels();
  const { message } = App.useApp();
  const [form] = Form.useForm<VariantValues>();
  const { generalError, handleError, clearError } = useFormServerErrors(form);
  const save = useSaveVariant();
  // What keeps the designed e-form from being saved (the designer reports it; the JSON text alone cannot tell).
  const builderProblems = useRef<string[]>([]);
  const channelOptions = channels.map((channel) => ({ value: channel, label: labels.channel(channel) }));
  const required = (field: string) => [{ required: true, whitespace: true, message: t('common.requiredField', { field }) }];

  const submit = (values: VariantValues) => {
    clearError();
    const eForm = parseEFormText(values.eFormText);
    if (!eForm.ok) return;
    const body = valuesToVariantBody(values, eForm.schema, procedure.latestVersionNumber, variant?.key);
    save.mutate(
      { id: procedure.id, key: variant?.key, body },
      {
        onSuccess: () => {
          void message.success(t('catalogAdmin.variant.saved'));
          onClose();
        },
        onError: (error) => handleError(moveEFormErrors(error)),
      },
    );
  };

  return (
    <Drawer
      open
      size={980}
      title={variant ? t('catalogAdmin.variant.editTitle', { name: variant.name }) : t('catalogAdmin.variant.createTitle')}
      onClose={onClose}
      destroyOnHidden
      footer={
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()} data-testid="variant-save">
            {t('common.save')}
          </Button>
        </Flex>
      }
      data-testid="variant-editor"
    >
      {generalError ? <ErrorAlert error={generalError} /> : null}
      <Form<VariantValues> form={form} layout="vertical" name="variant" initialValues={variant ? variantToValues(variant) : emptyVariantValues} onFinish={submit} scrollToFirstError>
        <Form.Item name="name" label={t('catalogAdmin.variant.name')} rules={required(t('catalogAdmin.variant.name'))}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} maxLength={1000} data-testid="variant-name" />
        </Form.Item>
        <TimeLimitFields prefix={['timeLimit']} label={t('catalog.field.timeLimit')} />
        <Form.Item name="timeLimitNote" label={t('catalogAdmin.variant.timeLimitNote')}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} />
        </Form.Item>

        <h3 className="form-section-title">{t('catalog.variant.channels')}</h3>
        <Form.List name="channels">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <fieldset key={field.key} className="list-fieldset">
                  <legend>{t('catalogAdmin.variant.channelItem', { index: index + 1 })}</legend>
                  <Row gutter={12}>
                    <Col xs={24} md={7}>
                      <Form.Item name={[field.name, 'channel']} label={t('catalog.channels.channel')} rules={[{ required: true, message: t('common.requiredSelect', { field: t('catalog.channels.channel') }) }]}>
                        <Select options={channelOptions} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={15}>
                      <TimeLimitFields prefix={[field.name, 'timeLimit']} label={t('catalog.field.timeLimit')} />
                    </Col>
                    <Col xs={24} md={2} className="list-row-remove">
                      <RemoveRowButton onClick={() => remove(field.name)} label={t('catalogAdmin.variant.removeChannel', { index: index + 1 })} />
                    </Col>
                    <Col xs={24}>
                      <Form.Item name={[field.name, 'description']} label={t('catalog.channels.description')}>
                        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={4000} />
                      </Form.Item>
                    </Col>
                  </Row>
                </fieldset>
              ))}
              {fields.length < channels.length ? (
                <AddRowButton onClick={() => add({ channel: channels.find((c) => !form.getFieldValue('channels')?.some((o: { channel?: string }) => o.channel === c)) ?? 'in_person', timeLimit: { value: null, unit: 'working_days' } })}>
                  {t('catalogAdmin.variant.addChannel')}
                </AddRowButton>
              ) : null}
            </>
          )}
        </Form.List>

        <h3 className="form-section-title">{t('catalog.variant.fees')}</h3>
        <Form.List name="fees">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <fieldset key={field.key} className="list-fieldset">
                  <legend>{t('catalogAdmin.variant.feeItem', { index: index + 1 })}</legend>
                  <Row gutter={12}>
                    <Col xs={24} md={6}>
                      <Form.Item name={[field.name, 'channel']} label={t('catalog.channels.channel')} rules={[{ required: true, message: t('common.requiredSelect', { field: t('catalog.channels.channel') }) }]}>
                        <Select options={channelOptions} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={7}>
                      <Form.Item name={[field.name, 'kind']} label={t('catalogAdmin.variant.feeKind')} rules={[{ required: true, message: t('common.requiredSelect', { field: t('catalogAdmin.variant.feeKind') }) }]}>
                        <Select options={feeKinds.map((kind) => ({ value: kind, label: labels.feeKind(kind) }))} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={9}>
                      <Form.Item noStyle dependencies={[['fees', field.name, 'kind']]}>
                        {() =>
                          form.getFieldValue(['fees', field.name, 'kind']) === 'amount' ? (
                            <Form.Item
                              name={[field.name, 'amount']}
                              label={t('catalogAdmin.variant.feeAmount')}
                              rules={[{ required: true, message: t('common.requiredField', { field: t('catalogAdmin.variant.feeAmount') }) }]}
                            >
                              <InputNumber<number>
                                min={0}
                                step={1000}
                                style={{ width: '100%' }}
                                formatter={(value) => (value === undefined ? '' : new Intl.NumberFormat('vi-VN').format(Number(value)))}
                                parser={(value) => Number((value ?? '').replace(/\D/g, '') || 0)}
                                suffix="đ"
                              />
                            </Form.Item>
                          ) : (
                            <Form.Item name={[field.name, 'label']} label={t('catalogAdmin.variant.feeLabel')}>
                              <Input maxLength={LABEL_MAX} />
                            </Form.Item>
                          )
                        }
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={2} className="list-row-remove">
                      <RemoveRowButton onClick={() => remove(field.name)} label={t('catalogAdmin.variant.removeFee', { index: index + 1 })} />
                    </Col>
                    <Col xs={24} md={14}>
                      <Form.Item name={[field.name, 'note']} label={t('catalog.fees.note')} extra={t('catalogAdmin.variant.feeNoteHelp')}>
                        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={4000} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={10}>
                      <Form.Item name={[field.name, 'exemptions']} label={t('catalogAdmin.variant.feeExemptions')}>
                        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} />
                      </Form.Item>
                    </Col>
                  </Row>
                </fieldset>
              ))}
              <AddRowButton onClick={() => add({ channel: 'in_person', kind: 'free', amount: null })}>{t('catalogAdmin.variant.addFee')}</AddRowButton>
            </>
          )}
        </Form.List>

        <h3 className="form-section-title">{t('catalog.variant.documents')}</h3>
        <Form.List name="documents">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <fieldset key={field.key} className="list-fieldset" data-testid="variant-document">
                  <legend>{t('catalogAdmin.variant.documentItem', { index: index + 1 })}</legend>
                  <Row gutter={12}>
                    <Col xs={24} md={22}>
                      <Form.Item name={[field.name, 'name']} label={t('catalog.documents.name')} rules={required(t('catalog.documents.name'))}>
                        <Input.TextArea autoSize={{ minRows: 1, maxRows: 5 }} maxLength={4000} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={2} className="list-row-remove">
                      <RemoveRowButton onClick={() => remove(field.name)} label={t('catalogAdmin.variant.removeDocument', { index: index + 1 })} />
                    </Col>
                    <Col xs={24} sm={12} md={6}>
                      <Form.Item name={[field.name, 'group']} label={t('catalogAdmin.variant.documentGroup')}>
                        <Select options={documentGroups.map((group) => ({ value: group, label: labels.documentGroup(group) }))} />
                      </Form.Item>
                    </Col>
                    <Col xs={12} sm={6} md={4}>
                      <Form.Item name={[field.name, 'originals']} label={t('catalog.documents.originals')}>
                        <InputNumber min={0} max={DOCUMENT_COUNT_MAX} precision={0} style={{ width: '100%' }} />
                      </Form.Item>
                    </Col>
                    <Col xs={12} sm={6} md={4}>
                      <Form.Item name={[field.name, 'copies']} label={t('catalog.documents.copies')}>
                        <InputNumber min={0} max={DOCUMENT_COUNT_MAX} precision={0} style={{ width: '100%' }} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} sm={8} md={4}>
                      <Form.Item name={[field.name, 'required']} label={t('catalog.documents.required')} valuePropName="checked">
                        <Switch />
                      </Form.Item>
                    </Col>
                    <Col xs={24} sm={16} md={6}>
                      <Form.Item name={[field.name, 'condition']} label={t('catalogAdmin.variant.documentCondition')}>
                        <Input maxLength={LONG_TEXT_MAX} />
                      </Form.Item>
                    </Col>
                    <Col xs={24}>
                      <FormTemplateFields documentName={field.name} />
                    </Col>
                  </Row>
                </fieldset>
              ))}
              <AddRowButton onClick={() => add({ group: 'submit', name: '', originals: 1, copies: 0, required: true, condition: null, formTemplate: null })} testId="variant-add-document">
                {t('catalogAdmin.variant.addDocument')}
              </AddRowButton>
            </>
          )}
        </Form.List>

        <h3 className="form-section-title">{t('catalog.variant.eForm')}</h3>
        <Form.Item
          name="eFormText"
          label={t('catalogAdmin.eForm.label')}
          rules={[
            {
              validator: async (_, value: string | undefined) => {
                const result = parseEFormText(value);
                if (!result.ok) throw new Error(result.reason === 'syntax' ? t('catalogAdmin.eForm.syntaxError', { detail: result.message ?? '' }) : t('catalogAdmin.eForm.notObject'));
                if (builderProblems.current.length > 0) throw new Error(builderProblems.current.join('; '));
              },
            },
          ]}
        >
          <EFormEditor onProblemsChange={(problems) => (builderProblems.current = problems)} />
        </Form.Item>

        <Form.Item name="changeNote" label={t('catalogAdmin.form.changeNote')} style={{ marginTop: 16 }}>
          <Input maxLength={1000} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
