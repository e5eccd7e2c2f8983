import { eFormFieldKinds, eFormPrefillKeys, type BuilderChoice, type BuilderField, type BuilderItem, type EFormFieldKind } from '@motcua/shared';
import { Col, Input, InputNumber, Row, Select, Switch } from 'antd';
import { useId, type ReactNode } from 'react';
import { useI18n } from '@/i18n';
import { prefillKinds, withKind } from '../../lib/e-form-builder';
import { AddRowButton, RemoveRowButton } from '../form-helpers';
import { ConditionPicker } from './condition-picker';
import { ItemActions, type ItemMoves } from './item-actions';

/** A label over its control, tied by id (the builder lives inside the variant's form, so no Form.Item of its own). */
export function Labelled({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className="efb-control">
      <label htmlFor={id}>{label}</label>
      {children}
    </div>
  );
}

const optionalNumber = (value: number | null) => (value === null ? undefined : value);

function ChoicesEditor({ choices, onChange, testId }: { choices: BuilderChoice[]; onChange: (next: BuilderChoice[]) => void; testId: string }) {
  const { t } = useI18n();
  const id = useId();
  const set = (index: number, patch: Partial<BuilderChoice>) => onChange(choices.map((c, i) => (i === index ? { ...c, ...patch } : c)));
  return (
    <fieldset className="plain-fieldset efb-choices">
      <legend>{t('eFormBuilder.choices')}</legend>
      {choices.map((choice, index) => (
        <Row key={index} gutter={8} align="bottom">
          <Col xs={24} md={13}>
            <Labelled id={`${id}-l${index}`} label={t('eFormBuilder.choiceLabel')}>
              <Input id={`${id}-l${index}`} value={choice.label} maxLength={300} onChange={(e) => set(index, { label: e.target.value })} data-testid={`${testId}-choice-label`} />
            </Labelled>
          </Col>
          <Col xs={20} md={9}>
            <Labelled id={`${id}-v${index}`} label={t('eFormBuilder.choiceValue')}>
              <Input id={`${id}-v${index}`} value={choice.value} maxLength={64} onChange={(e) => set(index, { value: e.target.value })} data-testid={`${testId}-choice-value`} />
            </Labelled>
          </Col>
          <Col xs={4} md={2}>
            <RemoveRowButton onClick={() => onChange(choices.filter((_, i) => i !== index))} label={t('eFormBuilder.removeChoice', { index: index + 1 })} />
          </Col>
        </Row>
      ))}
      <AddRowButton onClick={() => onChange([...choices, { value: `lua_chon_${choices.length + 1}`, label: '' }])} testId={`${testId}-add-choice`}>
        {t('eFormBuilder.addChoice')}
      </AddRowButton>
    </fieldset>
  );
}

function Limits({ field, onChange, id }: { field: BuilderField; onChange: (next: BuilderField) => void; id: string }) {
  const { t } = useI18n();
  const number = (key: 'minLength' | 'maxLength' | 'minimum' | 'maximum', label: string, min?: number) => (
    <Col xs={12} md={6}>
      <Labelled id={`${id}-${key}`} label={label}>
        <InputNumber id={`${id}-${key}`} min={min} value={field[key] ?? null} onChange={(v) => onChange({ ...field, [key]: optionalNumber(v) })} style={{ width: '100%' }} />
      </Labelled>
    </Col>
  );
  if (field.kind === 'shortText' || field.kind === 'longText') {
    return (
      <Row gutter={8}>
        {number('minLength', t('eFormBuilder.minLength'), 0)}
        {number('maxLength', t('eFormBuilder.maxLength'), 1)}
        {field.kind === 'shortText' ? (
          <Col xs={24} md={12}>
            <Labelled id={`${id}-pattern`} label={t('eFormBuilder.pattern')}>
              <Input id={`${id}-pattern`} value={field.pattern ?? ''} className="code-input" onChange={(e) => onChange({ ...field, pattern: e.target.value || undefined })} />
            </Labelled>
          </Col>
        ) : null}
      </Row>
    );
  }
  if (field.kind !== 'number') return null;
  return (
    <Row gutter={8} align="bottom">
      {number('minimum', t('eFormBuilder.minimum'))}
      {number('maximum', t('eFormBuilder.maximum'))}
      <Col xs={24} md={8}>
        <Labelled id={`${id}-integer`} label={t('eFormBuilder.integer')}>
          <Switch id={`${id}-integer`} checked={field.integer ?? false} onChange={(checked) => onChange({ ...field, integer: checked || undefined })} />
        </Labelled>
      </Col>
    </Row>
  );
}

interface FieldCardProps extends ItemMoves {
  field: BuilderField;
  /** The fields and sections next to it (for its condition). */
  siblings: readonly BuilderItem[];
  legend: string;
  onChange: (next: BuilderField) => void;
  testId: string;
}

/** One field of the form: label, kind, key, help, required, its limits or choices, prefill and condition. */
export function FieldCard({ field, siblings, legend, onChange, testId, ...moves }: FieldCardProps) {
  const { t } = useI18n();
  const id = useId();
  return (
    <fieldset className="list-fieldset efb-field" data-testid={testId}>
      <legend>{legend}</legend>
      <Row gutter={8} align="bottom">
        <Col xs={24} md={10}>
          <Labelled id={`${id}-title`} label={t('eFormBuilder.label')}>
            <Input id={`${id}-title`} value={field.title} maxLength={500} onChange={(e) => onChange({ ...field, title: e.target.value })} data-testid={`${testId}-label`} />
          </Labelled>
        </Col>
        <Col xs={16} md={7}>
          <Labelled id={`${id}-kind`} label={t('eFormBuilder.kind')}>
            <Select<EFormFieldKind>
              id={`${id}-kind`}
              value={field.kind}
              onChange={(kind) => onChange(withKind(field, kind))}
              options={eFormFieldKinds.map((kind) => ({ value: kind, label: t(`eFormBuilder.kind.${kind}`) }))}
              style={{ width: '100%' }}
              data-testid={`${testId}-kind`}
            />
          </Labelled>
        </Col>
        <Col xs={8} md={3}>
          <Labelled id={`${id}-required`} label={t('eFormBuilder.required')}>
            <Switch id={`${id}-required`} checked={field.required} onChange={(required) => onChange({ ...field, required })} data-testid={`${testId}-required`} />
          </Labelled>
        </Col>
        <Col xs={24} md={4}>
          <ItemActions name={field.title || field.key} {...moves} />
        </Col>
        <Col xs={24} md={7}>
          <Labelled id={`${id}-key`} label={t('eFormBuilder.key')}>
            <Input id={`${id}-key`} value={field.key} maxLength={64} className="code-input" title={t('eFormBuilder.keyHelp')} onChange={(e) => onChange({ ...field, key: e.target.value.trim() })} data-testid={`${testId}-key`} />
          </Labelled>
        </Col>
        <Col xs={24} md={17}>
          <Labelled id={`${id}-help`} label={t('eFormBuilder.help')}>
            <Input id={`${id}-help`} value={field.description ?? ''} maxLength={1000} onChange={(e) => onChange({ ...field, description: e.target.value || undefined })} />
          </Labelled>
        </Col>
      </Row>
      <Limits field={field} onChange={onChange} id={id} />
      {field.kind === 'singleChoice' || field.kind === 'multipleChoice' ? (
        <ChoicesEditor choices={field.choices ?? []} onChange={(choices) => onChange({ ...field, choices })} testId={testId} />
      ) : null}
      <Row gutter={8}>
        {prefillKinds.has(field.kind) ? (
          <Col xs={24} md={8}>
            <Labelled id={`${id}-prefill`} label={t('eFormBuilder.prefill')}>
              <Select
                id={`${id}-prefill`}
                value={field.prefill ?? ''}
                onChange={(prefill) => onChange({ ...field, prefill: prefill ? (prefill as BuilderField['prefill']) : undefined })}
                options={[{ value: '', label: t('eFormBuilder.prefillNone') }, ...eFormPrefillKeys.map((key) => ({ value: key, label: t(`eFormBuilder.prefill.${key}`) }))]}
                style={{ width: '100%' }}
              />
            </Labelled>
          </Col>
        ) : null}
        <Col xs={24} md={16}>
          <ConditionPicker item={field} siblings={siblings} onChange={(condition) => onChange({ ...field, condition })} testId={testId} />
        </Col>
      </Row>
    </fieldset>
  );
}
