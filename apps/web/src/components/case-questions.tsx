import type { DocumentCase } from '@motcua/shared';
import { Switch } from 'antd';
import { useId } from 'react';
import { useI18n } from '@/i18n';
import './requirements.css';

interface CaseQuestionsProps {
  cases: readonly DocumentCase[];
  value?: Readonly<Record<string, boolean | undefined>> | undefined;
  onChange?: (value: Record<string, boolean>) => void;
  disabled?: boolean;
  testId?: string;
}

/**
 * The variant's cases as Có/Không switches ("Có ủy quyền không?"): the answers decide which conditional documents are
 * asked for. Usable inside a form item (value/onChange) or on its own.
 */
export function CaseQuestions({ cases, value = {}, onChange, disabled, testId = 'case-questions' }: CaseQuestionsProps) {
  const { t } = useI18n();
  const id = useId();
  if (cases.length === 0) return null;
  const set = (key: string, applies: boolean) => onChange?.({ ...Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Record<string, boolean>, [key]: applies });
  return (
    <fieldset className="case-questions" data-testid={testId}>
      <legend className="case-questions-legend">{t('requirements.cases.heading')}</legend>
      <p className="muted-text">{t('requirements.cases.lead')}</p>
      <ul className="case-questions-list">
        {cases.map((item, index) => (
          <li key={item.key} className="case-question" data-testid="case-question" data-case={item.key}>
            <span id={`${id}-${index}`} className="case-question-text" title={item.condition ?? undefined}>{item.question}</span>
            <Switch
              aria-labelledby={`${id}-${index}`}
              checked={value[item.key] === true}
              onChange={(checked) => set(item.key, checked)}
              checkedChildren={t('requirements.cases.yes')}
              unCheckedChildren={t('requirements.cases.no')}
              disabled={disabled}
              data-testid={`case-switch-${item.key}`}
            />
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/** A document name that may be very long (legal text): wraps, keeps to a few lines, and shows the whole text on hover and on focus. */
export function DocumentName({ name, lines = 4 }: { name: string; lines?: number }) {
  return (
    <span className="document-name" title={name} style={{ WebkitLineClamp: lines }}>
      {name}
    </span>
  );
}

/** "Trường hợp áp dụng": the cases answered yes when the dossier was received, by their question. */
export function AppliedCases({ cases, testId = 'applied-cases' }: { cases: readonly { key: string; question: string; applies: boolean }[]; testId?: string }) {
  const { t } = useI18n();
  const applied = cases.filter((c) => c.applies);
  if (applied.length === 0) return <span className="muted-text" data-testid={testId}>{t('requirements.appliedNone')}</span>;
  return (
    <ul className="plain-list" data-testid={testId}>
      {applied.map((c) => <li key={c.key} lang="vi">{c.question}</li>)}
    </ul>
  );
}
