import type { LegalLimitView, StepBudget, WorkflowActorRole, WorkflowStepKind, WorkflowVersionStatus } from '@motcua/shared';
import { useMemo } from 'react';
import { useI18n } from '@/i18n';

const number = (value: number, locale: string) => new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 2 }).format(value);

/** Labels of step kinds, roles, statuses and durations in the current language. */
export function useWorkflowLabels() {
  const { t, locale } = useI18n();
  return useMemo(() => {
    const budget = (b: StepBudget) => t(`workflow.budget.${b.unit}`, { value: number(b.value, locale) });
    const hours = (h: number) => (h >= 8 && h % 4 === 0 ? budget({ value: h / 8, unit: 'working_days' }) : budget({ value: h, unit: 'working_hours' }));
    const limit = (l: LegalLimitView | null) => {
      if (!l) return t('workflow.limit.unknown');
      if (l.unit === 'working_days' || l.unit === 'working_hours') return budget({ value: l.value, unit: l.unit });
      return t(`workflow.limit.${l.unit}`, { value: number(l.value, locale) });
    };
    return {
      kind: (k: WorkflowStepKind) => t(`workflow.kind.${k}`),
      role: (r: WorkflowActorRole) => t(`workflow.role.${r}`),
      status: (s: WorkflowVersionStatus) => t(`workflow.status.${s}`),
      budget,
      hours,
      limit,
    };
  }, [t, locale]);
}
