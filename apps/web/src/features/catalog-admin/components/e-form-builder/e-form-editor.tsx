import { builderProblems, builderToSchema, schemaToBuilder, type BuilderForm } from '@motcua/shared';
import { Alert, Button, Flex, Input, Tabs } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { EFormPreviewForm } from '@/features/portal-dossiers';
import { useI18n } from '@/i18n';
import { emptyBuilderForm } from '../../lib/e-form-builder';
import { parseEFormText } from '../../lib/e-form';
import { BuilderPanel } from './builder-panel';

type Reading = { kind: 'none' } | { kind: 'invalid' } | { kind: 'unsupported'; problems: string[] } | { kind: 'form'; form: BuilderForm };

function read(text: string | undefined): Reading {
  const parsed = parseEFormText(text);
  if (!parsed.ok) return { kind: 'invalid' };
  if (!parsed.schema) return { kind: 'none' };
  const reading = schemaToBuilder(parsed.schema);
  return reading.ok ? { kind: 'form', form: reading.form } : { kind: 'unsupported', problems: reading.problems };
}

const textOf = (form: BuilderForm) => JSON.stringify(builderToSchema(form), null, 2);

interface EFormEditorProps {
  /** The e-form as JSON text (the variant form's `eFormText`); empty for none. */
  value?: string;
  onChange?: (text: string) => void;
  /** What keeps the designed form from being saved (duplicate keys, empty labels…), for the variant form's check. */
  onProblemsChange?: (problems: string[]) => void;
}

/**
 * The variant's e-form: designed field by field (sections, choices, limits, prefill, conditions), previewed with the
 * portal's own renderer, or written as JSON Schema by hand. All three edit the same text, the JSON Schema stored on
 * the variant.
 */
export function EFormEditor({ value, onChange, onProblemsChange }: EFormEditorProps) {
  const { t } = useI18n();
  const [reading, setReading] = useState<Reading>(() => read(value));
  const [tab, setTab] = useState('design');
  const emitted = useRef<string | undefined>(value);

  // Text changed elsewhere (the JSON tab, a reset of the form): read it again.
  useEffect(() => {
    if (value === emitted.current) return;
    emitted.current = value;
    setReading(read(value));
  }, [value]);

  const design = (form: BuilderForm) => {
    const text = textOf(form);
    emitted.current = text;
    setReading({ kind: 'form', form });
    onChange?.(text);
    onProblemsChange?.(builderProblems(form));
  };
  const clear = () => {
    emitted.current = '';
    setReading({ kind: 'none' });
    onChange?.('');
    onProblemsChange?.([]);
  };
  const onJson = (text: string) => {
    onChange?.(text);
    onProblemsChange?.([]);
  };
  const parsed = parseEFormText(value);
  const problems = reading.kind === 'form' ? builderProblems(reading.form) : [];

  const designTab = (() => {
    switch (reading.kind) {
      case 'none':
        return (
          <Flex vertical gap={8} align="start">
            <p className="muted-text">{t('eFormBuilder.none')}</p>
            <Button type="primary" onClick={() => design(emptyBuilderForm())} data-testid="efb-create">{t('eFormBuilder.create')}</Button>
          </Flex>
        );
      case 'invalid':
        return <Alert type="warning" showIcon title={t('eFormBuilder.invalidJson')} />;
      case 'unsupported':
        return (
          <Alert
            type="info"
            showIcon
            title={t('eFormBuilder.unsupported')}
            description={<ul>{reading.problems.map((p) => <li key={p}>{p}</li>)}</ul>}
            action={<Button size="small" danger onClick={() => design(emptyBuilderForm())}>{t('eFormBuilder.restart')}</Button>}
          />
        );
      case 'form':
        return (
          <>
            {problems.length > 0 ? (
              <Alert type="warning" showIcon title={t('eFormBuilder.problems')} description={<ul>{problems.map((p) => <li key={p}>{p}</li>)}</ul>} data-testid="efb-problems" style={{ marginBottom: 12 }} />
            ) : null}
            <BuilderPanel form={reading.form} onChange={design} />
            <Button danger type="link" onClick={clear} style={{ paddingLeft: 0, marginTop: 8 }}>{t('eFormBuilder.remove')}</Button>
          </>
        );
    }
  })();

  return (
    <Tabs
      activeKey={tab}
      onChange={setTab}
      className="efb-tabs"
      data-testid="variant-eform-editor"
      items={[
        { key: 'design', label: t('eFormBuilder.tab.design'), children: designTab },
        {
          key: 'preview',
          label: t('eFormBuilder.tab.preview'),
          children: !parsed.ok ? <Alert type="warning" showIcon title={t('eFormBuilder.invalidJson')} /> : <EFormPreviewForm schema={parsed.schema} />,
        },
        {
          key: 'json',
          label: t('eFormBuilder.tab.json'),
          children: (
            <>
              <p className="muted-text">{t('catalogAdmin.eForm.help')}</p>
              <Input.TextArea
                aria-label={t('catalogAdmin.eForm.label')}
                value={value ?? ''}
                onChange={(e) => onJson(e.target.value)}
                autoSize={{ minRows: 6, maxRows: 24 }}
                spellCheck={false}
                className="code-textarea"
                data-testid="variant-eform"
              />
            </>
          ),
        },
      ]}
    />
  );
}
