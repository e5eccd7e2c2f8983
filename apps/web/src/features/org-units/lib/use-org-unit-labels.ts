import { orgUnitKinds, type OrgUnitKind } from '@motcua/shared';
import { useCallback, useMemo } from 'react';
import { useI18n } from '@/i18n';
import { useOrgLevels } from '../api/get-org-levels';

export function useOrgUnitKindLabel(): (kind: OrgUnitKind) => string {
  const { t } = useI18n();
  return useCallback((kind: OrgUnitKind) => t(`orgUnits.kind.${kind}`), [t]);
}

export function useOrgUnitKindOptions() {
  const kindLabel = useOrgUnitKindLabel();
  return useMemo(() => orgUnitKinds.map((kind) => ({ value: kind, label: kindLabel(kind) })), [kindLabel]);
}

/** Level names come from data (levels are configurable), in the current language. */
export function useOrgLevelName(): (code: string) => string {
  const { locale } = useI18n();
  const { data: levels } = useOrgLevels();
  return useCallback(
    (code: string) => {
      const level = levels?.find((candidate) => candidate.code === code);
      if (!level) return code;
      return locale === 'vi' ? level.name : level.nameEn;
    },
    [levels, locale],
  );
}
