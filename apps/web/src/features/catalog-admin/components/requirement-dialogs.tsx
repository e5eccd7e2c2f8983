import { Form, Input, Modal, Radio, Select } from 'antd';
import { useState } from 'react';
import { DocumentName } from '@/components/case-questions';
import { useI18n } from '@/i18n';
import type { ReviewCase, ReviewLine } from '../lib/requirement-review';

const CASE_KEY = /^[a-z0-9][a-z0-9-]{0,79}$/;

interface CaseDialogProps {
  index: number;
  line: ReviewLine;
  cases: ReviewCase[];
  suggestedKey: string;
  suggestedQuestion: string;
  onSave: (key: string, question: string) => void;
  onClose: () => void;
}

/** The case of a conditional line: one of the variant's cases, or a new one with its key and yes/no question. */
export function CaseDialog({ index, line, cases, suggestedKey, suggestedQuestion, onSave, onClose }: CaseDialogProps) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ mode: 'existing' | 'new'; existing?: string; key: string; question: string }>();
  const mode = Form.useWatch('mode', form);
  const initialExisting = cases.find((c) => c.key === line.caseKey)?.key ?? cases[0]?.key;
  const submit = (values: { mode: 'existing' | 'new'; existing?: string; key: string; question: string }) => {
    if (values.mode === 'existing') {
      const chosen = cases.find((c) => c.key === values.existing);
      if (chosen) onSave(chosen.key, values.question?.trim() || chosen.question);
    } else onSave(values.key.trim(), values.question.trim());
  };
  return (
    <Modal open title={t('requirements.review.editCaseTitle', { index: index + 1 })} onCancel={onClose} onOk={() => form.submit()} okButtonProps={{ 'data-testid': 'case-dialog-ok' } as never}>
      <div data-testid="case-dialog">
      <p><DocumentName name={line.name} lines={3} /></p>
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        onValuesChange={(changed: { existing?: string; mode?: string }) => {
          const key = changed.existing ?? (changed.mode === 'existing' ? form.getFieldValue('existing') : undefined);
          const chosen = cases.find((c) => c.key === key);
          if (chosen) form.setFieldValue('question', chosen.question);
        }}
        initialValues={{
          mode: line.caseKey && cases.some((c) => c.key === line.caseKey) ? 'existing' : 'new',
          existing: initialExisting,
          key: line.caseKey ?? suggestedKey,
          question: line.caseQuestion ?? suggestedQuestion,
        }}
      >
        <Form.Item name="mode">
          <Radio.Group
            options={[
              { value: 'existing', label: t('requirements.review.existingCase'), disabled: cases.length === 0 },
              { value: 'new', label: t('requirements.review.newCase') },
            ]}
            data-testid="case-dialog-mode"
          />
        </Form.Item>
        {mode === 'existing' ? (
          <Form.Item name="existing" label={t('requirements.review.existingCase')}>
            <Select options={cases.map((c) => ({ value: c.key, label: `${c.key} — ${c.question}` }))} data-testid="case-dialog-existing" />
          </Form.Item>
        ) : (
          <Form.Item
            name="key"
            label={t('requirements.review.caseKey')}
            extra={t('requirements.review.caseKeyHelp')}
            rules={[{ required: true, pattern: CASE_KEY, message: t('requirements.review.caseKeyInvalid') }]}
          >
            <Input maxLength={80} data-testid="case-dialog-key" />
          </Form.Item>
        )}
        <Form.Item name="question" label={t('requirements.review.caseQuestion')} rules={[{ required: true, whitespace: true, message: t('requirements.review.caseQuestionRequired') }]}>
          <Input.TextArea rows={2} maxLength={500} data-testid="case-dialog-question" />
        </Form.Item>
      </Form>
      </div>
    </Modal>
  );
}

/** Splits a line: the officer names the text where the second line starts. */
export function SplitDialog({ index, line, onSplit, onClose }: { index: number; line: ReviewLine; onSplit: (at: number) => void; onClose: () => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ from: string }>();
  const positionOf = (text: string) => (text.trim() ? line.name.indexOf(text.trim()) : -1);
  return (
    <Modal open title={t('requirements.review.splitTitle', { index: index + 1 })} onCancel={onClose} onOk={() => form.submit()} okButtonProps={{ 'data-testid': 'split-dialog-ok' } as never}>
      <div data-testid="split-dialog">
      <p className="requirement-note">{line.name}</p>
      <Form form={form} layout="vertical" onFinish={(values) => onSplit(positionOf(values.from))}>
        <Form.Item
          name="from"
          label={t('requirements.review.splitAt')}
          rules={[{ validator: (_, value: string | undefined) => (positionOf(value ?? '') > 0 ? Promise.resolve() : Promise.reject(new Error(t('requirements.review.splitInvalid')))) }]}
        >
          <Input data-testid="split-dialog-from" />
        </Form.Item>
      </Form>
      </div>
    </Modal>
  );
}
