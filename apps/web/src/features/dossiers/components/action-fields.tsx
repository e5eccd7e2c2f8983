import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { DOCUMENT_COUNT_MAX, type DossierDetail } from '@motcua/shared';
import { Button, DatePicker, Flex, Form, Input, InputNumber, Radio, Select } from 'antd';
import { useI18n } from '@/i18n';
import { useAssignees } from '../api/get-assignees';
import { useConsultableUnits } from '../api/get-consultable-units';
import type { ActionField } from '../lib/action-form';
import { formatVndNumber } from '../lib/format';
import { ScanUpload } from './scan-upload';

/** The officer who takes the dossier; for a request for approval, the leader who approves (optional). */
function AssigneeField({ dossierId, approver = false }: { dossierId: string; approver?: boolean }) {
  const { t } = useI18n();
  const assignees = useAssignees(dossierId, approver ? 'leader' : undefined);
  const label = approver ? t('dossiers.assign.approver') : t('dossiers.field.assignee');
  return (
    <Form.Item name="assigneeId" label={label} rules={approver ? [] : [{ required: true, message: t('common.requiredSelect', { field: label }) }]}>
      <Select
        autoFocus
        allowClear={approver}
        loading={assignees.isPending}
        placeholder={t('dossiers.assign.placeholder')}
        options={(assignees.data?.items ?? []).map((officer) => ({
          value: officer.id,
          label: t('dossiers.assign.option', { name: officer.fullName, unit: officer.unit.name, count: officer.openDossiers }),
        }))}
        data-testid="action-assignee"
      />
    </Form.Item>
  );
}

function ConsultationFields() {
  const { t } = useI18n();
  const units = useConsultableUnits(true);
  return (
    <>
      <Form.Item name={['consultation', 'unitId']} label={t('dossiers.consult.unit')} rules={[{ required: true, message: t('common.requiredSelect', { field: t('dossiers.consult.unit') }) }]}>
        <Select showSearch={{ optionFilterProp: 'label' }} loading={units.isPending} options={(units.data ?? []).map((unit) => ({ value: unit.unitId, label: unit.name }))} />
      </Form.Item>
      <Form.Item name={['consultation', 'question']} label={t('dossiers.consult.question')} rules={[{ required: true, whitespace: true, message: t('common.requiredField', { field: t('dossiers.consult.question') }) }]}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
      <Form.Item name={['consultation', 'workingDays']} label={t('dossiers.consult.workingDays')} initialValue={3} rules={[{ required: true }]}>
        <InputNumber min={1} max={30} />
      </Form.Item>
    </>
  );
}

function SupplementDocumentsField() {
  const { t } = useI18n();
  return (
    <Form.List name="documents">
      {(fields, { add, remove }) => (
        <fieldset className="desk-fieldset">
          <legend>{t('dossiers.supplement.received')}</legend>
          {fields.map((field) => (
            <Flex key={field.key} gap={8} align="start">
              <Form.Item name={[field.name, 'name']} style={{ flex: 1 }} rules={[{ required: true, whitespace: true, message: t('common.requiredField', { field: t('dossiers.desk.document') }) }]}>
                <Input aria-label={t('dossiers.desk.document')} />
              </Form.Item>
              <Form.Item name={[field.name, 'originals']} initialValue={1}>
                <InputNumber min={0} max={DOCUMENT_COUNT_MAX} aria-label={t('dossiers.field.originals')} style={{ width: 70 }} />
              </Form.Item>
              <Form.Item name={[field.name, 'copies']} initialValue={0}>
                <InputNumber min={0} max={DOCUMENT_COUNT_MAX} aria-label={t('dossiers.field.copies')} style={{ width: 70 }} />
              </Form.Item>
              <Button type="text" icon={<MinusCircleOutlined aria-hidden />} aria-label={t('dossiers.supplement.remove')} onClick={() => remove(field.name)} />
            </Flex>
          ))}
          <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({ name: '', originals: 1, copies: 0 })}>
            {t('dossiers.supplement.add')}
          </Button>
        </fieldset>
      )}
    </Form.List>
  );
}

function ResultFields() {
  const { t } = useI18n();
  const form = Form.useFormInstance();
  const fileName = Form.useWatch(['result', 'fileName'], form) as string | undefined;
  return (
    <>
      <Form.Item name={['result', 'title']} label={t('dossiers.result.title')} rules={[{ required: true, whitespace: true, message: t('common.requiredField', { field: t('dossiers.result.title') }) }]}>
        <Input autoFocus maxLength={500} data-testid="action-result-title" />
      </Form.Item>
      <Form.Item name={['result', 'fileId']} hidden>
        <Input />
      </Form.Item>
      <Form.Item name={['result', 'fileName']} hidden>
        <Input />
      </Form.Item>
      <ScanUpload
        documentName={t('dossiers.result.title')}
        fileName={fileName}
        onUploaded={(file) => {
          form.setFieldValue(['result', 'fileId'], file.id);
          form.setFieldValue(['result', 'fileName'], file.name);
        }}
      />
    </>
  );
}

/** The inputs one action needs; field names follow the action body, so server errors land on them. */
export function ActionFields({ fields, dossier }: { fields: readonly ActionField[]; dossier: DossierDetail }) {
  const { t } = useI18n();
  const required = (field: string) => ({ required: true, message: t('common.requiredField', { field }) });
  return (
    <>
      {fields.map((field) => {
        switch (field) {
          case 'missingDocuments':
            return (
              <Form.Item key={field} name="missingDocuments" label={t('dossiers.supplement.missing')} extra={t('dossiers.supplement.missingHelp')} rules={[{ required: true, type: 'array', min: 1, message: t('dossiers.supplement.missingRequired') }]}>
                <Select mode="tags" autoFocus tokenSeparators={['\n']} options={dossier.documents.map((document) => ({ value: document.name, label: document.name }))} data-testid="action-missing-documents" />
              </Form.Item>
            );
          case 'supplementDocuments':
            return <SupplementDocumentsField key={field} />;
          case 'newDueAt':
            return (
              <Form.Item key={field} name="newDueAt" label={t('dossiers.extend.newDueAt')} rules={[required(t('dossiers.extend.newDueAt'))]}>
                <DatePicker showTime={{ format: 'HH:mm' }} format="HH:mm DD/MM/YYYY" autoFocus style={{ width: 240 }} data-testid="action-new-due" />
              </Form.Item>
            );
          case 'assignee':
            return <AssigneeField key={field} dossierId={dossier.id} />;
          case 'approver':
            return <AssigneeField key={field} dossierId={dossier.id} approver />;
          case 'consultation':
            return <ConsultationFields key={field} />;
          case 'answer':
            return (
              <div key={field}>
                <Form.Item name={['answer', 'consultationId']} label={t('dossiers.consult.which')} initialValue={dossier.consultations.find((c) => !c.answeredAt)?.id} rules={[{ required: true }]}>
                  <Select options={dossier.consultations.filter((c) => !c.answeredAt).map((c) => ({ value: c.id, label: `${c.unit.name}: ${c.question}` }))} />
                </Form.Item>
                <Form.Item name={['answer', 'text']} label={t('dossiers.consult.answer')} rules={[required(t('dossiers.consult.answer'))]}>
                  <Input.TextArea rows={3} maxLength={4000} />
                </Form.Item>
              </div>
            );
          case 'toUnit':
            return (
              <Form.Item key={field} name="toUnitId" label={t('dossiers.transfer.toUnit')}>
                <Select allowClear options={dossier.agencies.map((agency) => ({ value: agency.unit.id, label: agency.unit.name }))} />
              </Form.Item>
            );
          case 'obligation':
            return (
              <div key={field}>
                <Form.Item name={['obligation', 'description']} label={t('dossiers.obligation.description')} rules={[required(t('dossiers.obligation.description'))]}>
                  <Input autoFocus maxLength={500} />
                </Form.Item>
                <Form.Item name={['obligation', 'amount']} label={t('dossiers.obligation.amount')} rules={[required(t('dossiers.obligation.amount'))]}>
                  <InputNumber<number>
                    min={0}
                    step={1000}
                    style={{ width: 220 }}
                    formatter={(value) => (value === undefined || value === null || `${value}` === '' ? '' : formatVndNumber(Number(value)))}
                    parser={(text) => Number((text ?? '').replace(/\D/g, ''))}
                    suffix="₫"
                  />
                </Form.Item>
              </div>
            );
          case 'payment':
            return (
              <div key={field}>
                <Form.Item name={['payment', 'receiptNumber']} label={t('dossiers.payment.receiptNumber')} rules={[required(t('dossiers.payment.receiptNumber'))]}>
                  <Input autoFocus maxLength={100} />
                </Form.Item>
                <Form.Item name={['payment', 'method']} label={t('dossiers.payment.method')} initialValue="cash">
                  <Radio.Group
                    options={(['cash', 'bank_transfer', 'postal', 'online'] as const).map((method) => ({ value: method, label: t(`dossiers.payment.${method}`) }))}
                  />
                </Form.Item>
              </div>
            );
          case 'result':
            return <ResultFields key={field} />;
          case 'returnMethod':
            return (
              <Form.Item key={field} name="returnMethod" label={t('dossiers.field.returnMethod')} initialValue={dossier.returnMethod ?? 'desk'} rules={[{ required: true }]}>
                <Radio.Group
                  optionType="button"
                  options={(['desk', 'post', 'electronic'] as const).map((method) => ({ value: method, label: t(`dossiers.returnMethod.${method}`) }))}
                  data-testid="action-return-method"
                />
              </Form.Item>
            );
          default:
            return null;
        }
      })}
    </>
  );
}
