import type { BuilderField, BuilderForm, BuilderItem, BuilderSection } from '@motcua/shared';
import { Col, Flex, Input, Row } from 'antd';
import { useId } from 'react';
import { useI18n } from '@/i18n';
import { moved, newField, newSection, removedAt, updatedItem } from '../../lib/e-form-builder';
import { AddRowButton } from '../form-helpers';
import { ConditionPicker } from './condition-picker';
import { FieldCard, Labelled } from './field-card';
import { ItemActions, type ItemMoves } from './item-actions';

/** Move and remove handlers of the item at `index` of a list. */
function movesOf<T>(list: readonly T[], index: number, set: (next: T[]) => void): ItemMoves {
  return {
    onMoveUp: index > 0 ? () => set(moved(list, index, -1)) : undefined,
    onMoveDown: index < list.length - 1 ? () => set(moved(list, index, 1)) : undefined,
    onRemove: () => set(removedAt(list, index)),
  };
}

interface SectionCardProps extends ItemMoves {
  section: BuilderSection;
  siblings: readonly BuilderItem[];
  legend: string;
  onChange: (next: BuilderSection) => void;
  testId: string;
}

function SectionCard({ section, siblings, legend, onChange, testId, ...moves }: SectionCardProps) {
  const { t } = useI18n();
  const id = useId();
  const setFields = (fields: BuilderField[]) => onChange({ ...section, fields });
  return (
    <fieldset className="list-fieldset efb-section" data-testid={testId}>
      <legend>{legend}</legend>
      <Row gutter={8} align="bottom">
        <Col xs={24} md={13}>
          <Labelled id={`${id}-title`} label={t('eFormBuilder.sectionTitle')}>
            <Input id={`${id}-title`} value={section.title} maxLength={500} onChange={(e) => onChange({ ...section, title: e.target.value })} data-testid={`${testId}-label`} />
          </Labelled>
        </Col>
        <Col xs={24} md={7}>
          <Labelled id={`${id}-key`} label={t('eFormBuilder.key')}>
            <Input id={`${id}-key`} value={section.key} maxLength={64} className="code-input" onChange={(e) => onChange({ ...section, key: e.target.value.trim() })} />
          </Labelled>
        </Col>
        <Col xs={24} md={4}>
          <ItemActions name={section.title || section.key} {...moves} />
        </Col>
        <Col xs={24}>
          <Labelled id={`${id}-help`} label={t('eFormBuilder.help')}>
            <Input id={`${id}-help`} value={section.description ?? ''} maxLength={1000} onChange={(e) => onChange({ ...section, description: e.target.value || undefined })} />
          </Labelled>
        </Col>
      </Row>
      <ConditionPicker item={section} siblings={siblings} onChange={(condition) => onChange({ ...section, condition })} testId={testId} />
      <div className="efb-section-fields">
        {section.fields.map((field, index) => (
          <FieldCard
            key={index}
            field={field}
            siblings={section.fields}
            legend={t('eFormBuilder.field', { index: index + 1 })}
            onChange={(next) => setFields(updatedItem(section.fields, index, next))}
            testId={`${testId}-field-${index}`}
            {...movesOf(section.fields, index, setFields)}
          />
        ))}
        <AddRowButton onClick={() => setFields([...section.fields, newField(section.fields)])} testId={`${testId}-add-field`}>
          {t('eFormBuilder.addFieldTo')}
        </AddRowButton>
      </div>
    </fieldset>
  );
}

/** The form's title and guidance, then its fields and sections in order, each editable where it stands. */
export function BuilderPanel({ form, onChange }: { form: BuilderForm; onChange: (next: BuilderForm) => void }) {
  const { t } = useI18n();
  const id = useId();
  const setItems = (items: BuilderItem[]) => onChange({ ...form, items });
  return (
    <div className="efb-builder" data-testid="efb-builder">
      <Row gutter={8}>
        <Col xs={24} md={12}>
          <Labelled id={`${id}-title`} label={t('eFormBuilder.formTitle')}>
            <Input id={`${id}-title`} value={form.title} maxLength={500} onChange={(e) => onChange({ ...form, title: e.target.value })} data-testid="efb-form-title" />
          </Labelled>
        </Col>
        <Col xs={24} md={12}>
          <Labelled id={`${id}-help`} label={t('eFormBuilder.formDescription')}>
            <Input id={`${id}-help`} value={form.description ?? ''} maxLength={2000} onChange={(e) => onChange({ ...form, description: e.target.value || undefined })} />
          </Labelled>
        </Col>
      </Row>
      {form.items.map((item, index) => {
        const common = { siblings: form.items, testId: `efb-item-${index}`, ...movesOf(form.items, index, setItems) };
        return item.type === 'section' ? (
          <SectionCard key={index} section={item} legend={t('eFormBuilder.section', { index: index + 1 })} onChange={(next) => setItems(updatedItem(form.items, index, next))} {...common} />
        ) : (
          <FieldCard key={index} field={item} legend={t('eFormBuilder.field', { index: index + 1 })} onChange={(next) => setItems(updatedItem(form.items, index, next))} {...common} />
        );
      })}
      <Flex gap={8} wrap>
        <AddRowButton onClick={() => setItems([...form.items, newField(form.items)])} testId="efb-add-field">{t('eFormBuilder.addField')}</AddRowButton>
        <AddRowButton onClick={() => setItems([...form.items, newSection(form.items)])} testId="efb-add-section">{t('eFormBuilder.addSection')}</AddRowButton>
      </Flex>
    </div>
  );
}
