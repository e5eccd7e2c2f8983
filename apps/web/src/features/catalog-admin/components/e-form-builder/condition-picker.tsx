import type { BuilderCondition, BuilderItem } from '@motcua/shared';
import { Col, Row, Select } from 'antd';
import { useId } from 'react';
import { useI18n } from '@/i18n';
import { conditionTargets } from '../../lib/e-form-builder';

interface ConditionPickerProps {
  item: BuilderItem;
  siblings: readonly BuilderItem[];
  onChange: (condition: BuilderCondition | undefined) => void;
  testId: string;
}

/** "Chỉ hiện khi [field] có giá trị [value]": a yes/no or a single choice next to the item decides whether it shows. */
export function ConditionPicker({ item, siblings, onChange, testId }: ConditionPickerProps) {
  const { t } = useI18n();
  const id = useId();
  const targets = conditionTargets(siblings, item);
  const target = targets.find((f) => f.key === item.condition?.field);
  const valuesOf = (key: string) => {
    const field = targets.find((f) => f.key === key);
    if (!field) return [];
    if (field.kind === 'yesNo') return [{ value: 'true', label: t('eFormBuilder.yes') }, { value: 'false', label: t('eFormBuilder.no') }];
    return (field.choices ?? []).map((c) => ({ value: c.value, label: c.label || c.value }));
  };
  const parse = (key: string, raw: string): BuilderCondition['equals'] => (targets.find((f) => f.key === key)?.kind === 'yesNo' ? raw === 'true' : raw);
  if (targets.length === 0 && !item.condition) return null;
  return (
    <Row gutter={8}>
      <Col xs={24} md={12}>
        <div className="efb-control">
          <label htmlFor={`${id}-field`}>{t('eFormBuilder.condition')}</label>
          <Select
            id={`${id}-field`}
            value={item.condition?.field ?? ''}
            onChange={(key: string) => onChange(key ? { field: key, equals: parse(key, valuesOf(key)[0]?.value ?? '') } : undefined)}
            options={[{ value: '', label: t('eFormBuilder.conditionNone') }, ...targets.map((f) => ({ value: f.key, label: f.title || f.key }))]}
            style={{ width: '100%' }}
            data-testid={`${testId}-condition-field`}
          />
        </div>
      </Col>
      {item.condition ? (
        <Col xs={24} md={12}>
          <div className="efb-control">
            <label htmlFor={`${id}-value`}>{t('eFormBuilder.conditionEquals')}</label>
            <Select
              id={`${id}-value`}
              value={String(item.condition.equals)}
              onChange={(raw: string) => onChange({ field: item.condition!.field, equals: parse(item.condition!.field, raw) })}
              options={target ? valuesOf(target.key) : []}
              style={{ width: '100%' }}
              data-testid={`${testId}-condition-value`}
            />
          </div>
        </Col>
      ) : null}
    </Row>
  );
}
