import { decisionActions, type PublicationDecision } from '@motcua/shared';
import { Card, Col, Form, Input, Row, Select, type FormInstance } from 'antd';
import { useMemo } from 'react';
import { useCatalogLabels } from '@/features/catalog';
import { useI18n } from '@/i18n';
import { useServiceLists } from '../api/get-service-lists';
import type { DecisionValues } from '../lib/decision-form';
import { AddRowButton, LegalDatePicker, legalDateItemProps, RemoveRowButton } from './form-helpers';
import { LegalBasisList } from './procedure-general-fields';
import { ProcedurePicker } from './procedure-picker';

/** The fields of a draft decision: its identity and dates, its legal basis, its items and the desk lists it publishes. */
export function DecisionFormFields({ form, decision }: { form: FormInstance<DecisionValues>; decision?: PublicationDecision | undefined }) {
  const { t } = useI18n();
  const labels = useCatalogLabels();
  const draftLists = useServiceLists({ status: 'draft' });
  const known = useMemo(() => {
    const map: Record<string, string> = {};
    for (const item of decision?.items ?? []) {
      map[item.procedureId] = `${item.code} – ${item.name}`;
      if (item.replacedBy) map[item.replacedBy.id] = item.replacedBy.code;
    }
    return map;
  }, [decision]);
  const listOptions = useMemo(() => {
    const attached = (decision?.serviceLists ?? []).map((list) => ({ value: list.id, label: `${list.unitName} – ${labels.serviceListKind(list.kind)}` }));
    const drafts = (draftLists.data ?? [])
      .filter((list) => !attached.some((option) => option.value === list.id))
      .map((list) => ({ value: list.id, label: `${list.unit.name} – ${list.kindLabel} (${t('catalogAdmin.serviceLists.itemCount', { count: list.itemCount })})` }));
    return [...attached, ...drafts];
  }, [decision, draftLists.data, labels, t]);
  const required = (field: string) => [{ required: true, whitespace: true, message: t('common.requiredField', { field }) }];
  const requiredDate = (field: string) => [{ required: true, message: t('common.requiredField', { field }) }];

  return (
    <>
      <Card className="form-card">
        <h2 className="form-section-title">{t('catalogAdmin.decision.identity')}</h2>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="number" label={t('catalogAdmin.decision.number')} rules={required(t('catalogAdmin.decision.number'))}>
              <Input maxLength={80} placeholder="1234/QĐ-UBND" data-testid="decision-number" />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item name="title" label={t('catalogAdmin.decision.title')} rules={required(t('catalogAdmin.decision.title'))}>
              <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} data-testid="decision-title" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} md={6}>
            <Form.Item name="signedOn" label={t('catalogAdmin.decision.signedOn')} rules={requiredDate(t('catalogAdmin.decision.signedOn'))} {...legalDateItemProps}>
              <LegalDatePicker data-testid="decision-signed-on" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} md={6}>
            <Form.Item name="effectiveOn" label={t('catalogAdmin.decision.effectiveOn')} rules={requiredDate(t('catalogAdmin.decision.effectiveOn'))} {...legalDateItemProps}>
              <LegalDatePicker data-testid="decision-effective-on" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="legalBasisEffectiveOn" label={t('catalogAdmin.decision.legalBasisEffectiveOn')} extra={t('catalogAdmin.decision.legalBasisEffectiveOnHelp')} {...legalDateItemProps}>
              <LegalDatePicker />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="signer" label={t('catalogAdmin.decision.signer')} rules={required(t('catalogAdmin.decision.signer'))}>
              <Input maxLength={255} data-testid="decision-signer" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="issuer" label={t('catalogAdmin.decision.issuer')} rules={required(t('catalogAdmin.decision.issuer'))}>
              <Input maxLength={255} />
            </Form.Item>
          </Col>
        </Row>
      </Card>

      <Card className="form-card">
        <h2 className="form-section-title">{t('catalog.section.legalBasis')}</h2>
        <LegalBasisList name="legalBasis" />
      </Card>

      <Card className="form-card">
        <h2 className="form-section-title">{t('catalogAdmin.decision.items')}</h2>
        <Form.List name="items">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <Row gutter={12} key={field.key} className="list-row" data-testid="decision-item">
                  <Col xs={24} md={13}>
                    <Form.Item name={[field.name, 'procedureId']} label={t('catalogAdmin.decision.itemProcedure', { index: index + 1 })} rules={[{ required: true, message: t('common.requiredSelect', { field: t('catalogAdmin.decision.procedure') }) }]}>
                      <ProcedurePicker known={known} data-testid="decision-item-procedure" />
                    </Form.Item>
                  </Col>
                  <Col xs={20} md={9}>
                    <Form.Item name={[field.name, 'action']} label={t('catalogAdmin.decision.action')} rules={[{ required: true, message: t('common.requiredSelect', { field: t('catalogAdmin.decision.action') }) }]}>
                      <Select options={decisionActions.map((action) => ({ value: action, label: labels.decisionAction(action) }))} data-testid="decision-item-action" />
                    </Form.Item>
                  </Col>
                  <Col xs={4} md={2} className="list-row-remove">
                    <RemoveRowButton onClick={() => remove(field.name)} label={t('catalogAdmin.decision.removeItem', { index: index + 1 })} />
                  </Col>
                  <Form.Item noStyle dependencies={[['items', field.name, 'action']]}>
                    {() =>
                      form.getFieldValue(['items', field.name, 'action']) === 'replaced' ? (
                        <Col xs={24} md={{ span: 13, offset: 0 }}>
                          <Form.Item name={[field.name, 'replacedByProcedureId']} label={t('catalogAdmin.decision.replacedBy')} rules={[{ required: true, message: t('common.requiredSelect', { field: t('catalogAdmin.decision.replacedBy') }) }]}>
                            <ProcedurePicker known={known} />
                          </Form.Item>
                        </Col>
                      ) : null
                    }
                  </Form.Item>
                </Row>
              ))}
              <AddRowButton onClick={() => add({ action: 'new', replacedByProcedureId: null })} testId="decision-add-item">
                {t('catalogAdmin.decision.addItem')}
              </AddRowButton>
            </>
          )}
        </Form.List>
      </Card>

      <Card className="form-card">
        <h2 className="form-section-title">{t('catalogAdmin.decision.serviceLists')}</h2>
        <Form.Item name="serviceListIds" label={t('catalogAdmin.decision.serviceListsLabel')} extra={t('catalogAdmin.decision.serviceListsHelp')}>
          <Select mode="multiple" options={listOptions} loading={draftLists.isPending} showSearch={{ optionFilterProp: 'label' }} />
        </Form.Item>
      </Card>
    </>
  );
}
