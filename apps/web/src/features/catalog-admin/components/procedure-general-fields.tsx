import { foldVietnamese, LABEL_MAX, LONG_TEXT_MAX, onlineLevels, procedureLevels, procedureSubjects, slugOf } from '@motcua/shared';
import { AutoComplete, Card, Col, Form, Input, Row, Select, Switch, type FormInstance } from 'antd';
import { useMemo } from 'react';
import { useCatalogLabels, useSectors } from '@/features/catalog';
import { OrgUnitTreeSelect } from '@/features/org-units';
import { useI18n } from '@/i18n';
import { AddRowButton, LegalDatePicker, legalDateItemProps, RemoveRowButton } from './form-helpers';

function SectionTitle({ children }: { children: string }) {
  return <h2 className="form-section-title">{children}</h2>;
}

function SectorFields({ form }: { form: Pick<FormInstance, 'setFieldValue'> }) {
  const { t } = useI18n();
  const sectors = useSectors();
  const options = useMemo(() => (sectors.data ?? []).map((sector) => ({ value: sector.name, label: sector.name, code: sector.code })), [sectors.data]);
  const onNameChange = (name: string) => {
    const known = sectors.data?.find((sector) => sector.name === name);
    form.setFieldValue(['sector', 'code'], known?.code ?? slugOf(name));
  };
  return (
    <>
      <Col xs={24} md={12}>
        <Form.Item name={['sector', 'name']} label={t('catalog.field.sector')} rules={[{ required: true, whitespace: true, message: t('common.requiredField', { field: t('catalog.field.sector') }) }]}>
          <AutoComplete
            options={options}
            onChange={onNameChange}
            showSearch={{ filterOption: (input, option) => foldVietnamese(option?.label ?? '').includes(foldVietnamese(input)) }}
            data-testid="procedure-sector-name"
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name={['sector', 'code']} label={t('catalogAdmin.procedure.sectorCode')} extra={t('catalogAdmin.procedure.sectorCodeHelp')} rules={[{ required: true, whitespace: true, message: t('common.requiredField', { field: t('catalogAdmin.procedure.sectorCode') }) }]}>
          <Input maxLength={80} />
        </Form.Item>
      </Col>
    </>
  );
}

/** The fields of the procedure record other than its variants; names follow the API body. */
export function ProcedureGeneralFields({ form, codeField }: { form: Pick<FormInstance, 'setFieldValue'>; codeField?: boolean }) {
  const { t } = useI18n();
  const labels = useCatalogLabels();
  const levelOptions = procedureLevels.map((level) => ({ value: level.code, label: labels.level(level.code) }));
  const subjectOptions = procedureSubjects.map((subject) => ({ value: subject.code, label: labels.subject(subject.code) }));
  const onlineOptions = onlineLevels.map((level) => ({ value: level, label: labels.onlineLevel(level) }));
  const required = (field: string) => [{ required: true, whitespace: true, message: t('common.requiredField', { field }) }];

  return (
    <>
      <Card className="form-card">
        <SectionTitle>{t('catalog.section.general')}</SectionTitle>
        <Row gutter={16}>
          {codeField ? (
            <Col xs={24} md={8}>
              <Form.Item name="code" label={t('catalog.field.code')} extra={t('catalogAdmin.procedure.codeHelp')} rules={required(t('catalog.field.code'))}>
                <Input maxLength={40} autoComplete="off" data-testid="procedure-code-input" />
              </Form.Item>
            </Col>
          ) : null}
          <Col xs={24} md={codeField ? 16 : 24}>
            <Form.Item name="name" label={t('catalog.field.name')} rules={required(t('catalog.field.name'))}>
              <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={LONG_TEXT_MAX} data-testid="procedure-name-input" />
            </Form.Item>
          </Col>
          <SectorFields form={form} />
          <Col xs={24} md={12}>
            <Form.Item name="kind" label={t('catalog.field.kind')}>
              <Input maxLength={LABEL_MAX} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="onlineLevel" label={t('catalog.field.onlineLevel')}>
              <Select options={onlineOptions} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="levels" label={t('catalog.field.levels')}>
              <Select mode="multiple" options={levelOptions} data-testid="procedure-levels" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="subjects" label={t('catalog.field.subjects')}>
              <Select mode="multiple" options={subjectOptions} data-testid="procedure-subjects" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="postal" label={t('catalog.field.postal')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="onTheSpot" label={t('catalog.field.onTheSpot')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="interAgency" label={t('catalog.field.interAgency')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="ownerUnitId" label={t('catalogAdmin.procedure.ownerUnit')} extra={t('catalogAdmin.procedure.ownerUnitHelp')} getValueProps={(value?: string | null) => ({ value: value ?? undefined })} normalize={(value?: string) => value ?? null}>
              <OrgUnitTreeSelect allowClear placeholder={t('catalogAdmin.procedure.provinceWide')} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
      </Card>

      <Card className="form-card">
        <SectionTitle>{t('catalog.section.agencies')}</SectionTitle>
        <Row gutter={16}>
          {(['competent', 'implementing', 'authorised', 'coordinating', 'receivingAddress'] as const).map((role) => (
            <Col xs={24} md={12} key={role}>
              <Form.Item name={['agencies', role]} label={t(`catalog.agency.${role}`)}>
                <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={LONG_TEXT_MAX} />
              </Form.Item>
            </Col>
          ))}
        </Row>
      </Card>

      <Card className="form-card">
        <SectionTitle>{t('catalogAdmin.procedure.stepsAndConditions')}</SectionTitle>
        <Form.Item name="steps" label={t('catalog.section.steps')}>
          <Input.TextArea autoSize={{ minRows: 4, maxRows: 16 }} maxLength={LONG_TEXT_MAX} data-testid="procedure-steps-input" />
        </Form.Item>
        <Form.Item name="conditions" label={t('catalog.section.conditions')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 10 }} maxLength={LONG_TEXT_MAX} />
        </Form.Item>
      </Card>

      <Card className="form-card">
        <SectionTitle>{t('catalog.section.results')}</SectionTitle>
        <Form.List name="results">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <Row gutter={12} key={field.key} align="top" wrap={false} className="list-row">
                  <Col flex="auto">
                    <Form.Item name={[field.name, 'name']} label={t('catalogAdmin.procedure.resultName', { index: index + 1 })} rules={required(t('catalogAdmin.procedure.resultNameField'))}>
                      <Input maxLength={LONG_TEXT_MAX} />
                    </Form.Item>
                  </Col>
                  <Col flex="200px">
                    <Form.Item name={[field.name, 'code']} label={t('catalogAdmin.procedure.resultCode')}>
                      <Input maxLength={60} />
                    </Form.Item>
                  </Col>
                  <Col flex="none" className="list-row-remove">
                    <RemoveRowButton onClick={() => remove(field.name)} label={t('catalogAdmin.form.removeRow', { index: index + 1 })} />
                  </Col>
                </Row>
              ))}
              <AddRowButton onClick={() => add({ name: '', code: null })}>{t('catalogAdmin.procedure.addResult')}</AddRowButton>
            </>
          )}
        </Form.List>
      </Card>

      <Card className="form-card">
        <SectionTitle>{t('catalog.section.legalBasis')}</SectionTitle>
        <LegalBasisList name="legalBasis" />
      </Card>

      <Card className="form-card">
        <SectionTitle>{t('catalog.section.related')}</SectionTitle>
        <Form.List name="related">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <Row gutter={12} key={field.key} wrap={false} className="list-row">
                  <Col flex="180px">
                    <Form.Item name={[field.name, 'code']} label={t('catalog.field.code')}>
                      <Input maxLength={40} />
                    </Form.Item>
                  </Col>
                  <Col flex="auto">
                    <Form.Item name={[field.name, 'name']} label={t('catalog.field.name')} rules={required(t('catalog.field.name'))}>
                      <Input maxLength={LONG_TEXT_MAX} />
                    </Form.Item>
                  </Col>
                  <Col flex="none" className="list-row-remove">
                    <RemoveRowButton onClick={() => remove(field.name)} label={t('catalogAdmin.form.removeRow', { index: index + 1 })} />
                  </Col>
                </Row>
              ))}
              <AddRowButton onClick={() => add({ code: null, name: '' })}>{t('catalogAdmin.procedure.addRelated')}</AddRowButton>
            </>
          )}
        </Form.List>
      </Card>
    </>
  );
}

/** Legal documents (number, title, dates, issuer): used by procedures and by decisions. */
export function LegalBasisList({ name }: { name: string }) {
  const { t } = useI18n();
  return (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <>
          {fields.map((field, index) => (
            <fieldset key={field.key} className="list-fieldset">
              <legend>{t('catalogAdmin.legal.item', { index: index + 1 })}</legend>
              <Row gutter={12}>
                <Col xs={24} md={6}>
                  <Form.Item name={[field.name, 'number']} label={t('catalog.legal.number')}>
                    <Input maxLength={120} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={18}>
                  <Form.Item name={[field.name, 'title']} label={t('catalog.legal.title')} rules={[{ required: true, whitespace: true, message: t('common.requiredField', { field: t('catalog.legal.title') }) }]}>
                    <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={LONG_TEXT_MAX} />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={12} md={6}>
                  <Form.Item name={[field.name, 'issuedOn']} label={t('catalog.legal.issuedOn')} {...legalDateItemProps}>
                    <LegalDatePicker />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={12} md={6}>
                  <Form.Item name={[field.name, 'effectiveOn']} label={t('catalogAdmin.legal.effectiveOn')} {...legalDateItemProps}>
                    <LegalDatePicker />
                  </Form.Item>
                </Col>
                <Col xs={20} md={10}>
                  <Form.Item name={[field.name, 'issuer']} label={t('catalog.legal.issuer')}>
                    <Input maxLength={LABEL_MAX} />
                  </Form.Item>
                </Col>
                <Col xs={4} md={2} className="list-row-remove">
                  <RemoveRowButton onClick={() => remove(field.name)} label={t('catalogAdmin.legal.remove', { index: index + 1 })} />
                </Col>
              </Row>
            </fieldset>
          ))}
          <AddRowButton onClick={() => add({ number: null, title: '', issuedOn: null, issuer: null, effectiveOn: null })}>{t('catalogAdmin.legal.add')}</AddRowButton>
        </>
      )}
    </Form.List>
  );
}
