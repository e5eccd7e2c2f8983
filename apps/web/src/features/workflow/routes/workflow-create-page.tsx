import { ALL_VARIANTS, legalLimitHours, strictestLimit, type WorkflowStepKind } from '@motcua/shared';
import { Alert, App, Button, Card, Flex, Select } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { generatePath, Link, useNavigate } from 'react-router';
import { ErrorAlert } from '@/components/error-alert';
import { PageHeader } from '@/components/page-header';
import { paths } from '@/config/paths';
import { usePageTitle } from '@/hooks/use-page-title';
import { useI18n } from '@/i18n';
import { useProcedureContext } from '../api/get-procedure-context';
import { useCreateWorkflow } from '../api/mutations';
import { useProcedureSearch } from '../api/search-procedures';
import { WorkflowAccessGate } from '../lib/access';
import { useWorkflowLabels } from '../lib/labels';
import { templateSteps } from '../lib/steps';

export function WorkflowCreatePage() {
  return (
    <WorkflowAccessGate>
      <CreateWorkflow />
    </WorkflowAccessGate>
  );
}

function CreateWorkflow() {
  const { t } = useI18n();
  usePageTitle(t('workflow.create.pageTitle'), 'admin');
  const labels = useWorkflowLabels();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [search, setSearch] = useState('');
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [procedureId, setProcedureId] = useState<string>();
  const [variantKey, setVariantKey] = useState<string>(ALL_VARIANTS);
  const [agencyUnitId, setAgencyUnitId] = useState<string>();
  useEffect(() => {
    const timer = window.setTimeout(() => setQuery(search.trim()), 300);
    return () => window.clearTimeout(timer);
  }, [search]);
  const results = useProcedureSearch(query, open);
  const context = useProcedureContext(procedureId);
  const create = useCreateWorkflow();
  useEffect(() => {
    setVariantKey(ALL_VARIANTS);
    setAgencyUnitId(context.data?.agencies.length === 1 ? context.data.agencies[0]!.id : undefined);
  }, [context.data]);

  const variants = context.data?.variants ?? [];
  const limit = variantKey === ALL_VARIANTS ? strictestLimit(variants.map((v) => v.legalLimit)) : (variants.find((v) => v.key === variantKey)?.legalLimit ?? null);
  const existing = context.data?.workflows.find((w) => w.variantKey === variantKey && w.agencyUnitId === agencyUnitId);
  const names = useMemo(() => Object.fromEntries((['receive', 'transfer', 'appraise', 'verify', 'consult', 'approve', 'sign', 'issue_result', 'return'] as WorkflowStepKind[]).map((k) => [k, labels.kind(k)])) as Record<WorkflowStepKind, string>, [labels]);

  const onCreate = async () => {
    if (!procedureId || !agencyUnitId) return;
    try {
      const detail = await create.mutateAsync({ procedureId, variantKey, agencyUnitId, steps: templateSteps(limit ? legalLimitHours(limit) : null, names) });
      message.success(t('workflow.create.created'));
      void navigate(`${generatePath(paths.admin.workflow, { id: detail.id })}?edit=1`);
    } catch {
      // Shown below.
    }
  };

  return (
    <>
      <PageHeader title={t('workflow.create.pageTitle')} description={t('workflow.create.lead')} />
      <Card>
        <Flex vertical gap={16} style={{ maxWidth: 720 }}>
          <div className="wf-field">
            <label htmlFor="workflow-create-procedure">{t('workflow.create.procedure')}</label>
            <Select<string>
              id="workflow-create-procedure"
              placeholder={t('workflow.create.procedurePlaceholder')}
              value={procedureId}
              onChange={setProcedureId}
              onOpenChange={setOpen}
              showSearch={{ filterOption: false, onSearch: setSearch }}
              loading={results.isFetching}
              notFoundContent={results.isFetching ? t('app.loading') : null}
              options={(results.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.code} – ${p.name}` }))}
              style={{ width: '100%' }}
              data-testid="workflow-create-procedure"
            />
          </div>
          {context.data ? (
            <>
              <div className="wf-field">
                <label htmlFor="workflow-create-variant">{t('workflow.create.variant')}</label>
                <Select<string>
                  id="workflow-create-variant"
                  value={variantKey}
                  onChange={setVariantKey}
                  options={[
                    { value: ALL_VARIANTS, label: t('workflow.allVariants') },
                    ...variants.map((v) => ({ value: v.key, label: `${v.name} (${labels.limit(v.legalLimit)})` })),
                  ]}
                  style={{ width: '100%' }}
                />
              </div>
              {context.data.agencies.length === 0 ? (
                <Alert type="warning" showIcon title={t('workflow.create.noAgency')} />
              ) : (
                <div className="wf-field">
                  <label htmlFor="workflow-create-agency">{t('workflow.create.agency')}</label>
                  <Select<string>
                    id="workflow-create-agency"
                    value={agencyUnitId}
                    onChange={setAgencyUnitId}
                    options={context.data.agencies.map((a) => ({ value: a.id, label: a.name }))}
                    style={{ width: '100%' }}
                  />
                </div>
              )}
              <div>{`${t('workflow.page.legalLimit')}: ${labels.limit(limit)}`}</div>
            </>
          ) : null}
          {create.error ? <ErrorAlert error={create.error} /> : null}
          {existing ? (
            <Link to={generatePath(paths.admin.workflow, { id: existing.id })}>{t('workflow.create.exists')}</Link>
          ) : (
            <Button type="primary" disabled={!procedureId || !agencyUnitId} loading={create.isPending} onClick={() => void onCreate()} style={{ alignSelf: 'flex-start' }} data-testid="workflow-create-submit">
              {t('workflow.create.submit')}
            </Button>
          )}
        </Flex>
      </Card>
    </>
  );
}
