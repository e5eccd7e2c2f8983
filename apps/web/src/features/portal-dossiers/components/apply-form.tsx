import { FileDoneOutlined, SaveOutlined } from '@ant-design/icons';
import { prefillEFormData, type ApplicantProfile, type PortalDossierSummary, type PortalDraft, type PortalDraftBody, type ProcedureDetail } from '@motcua/shared';
import type CoreForm from '@rjsf/core';
import { Alert, App, Button, Form, Input, Radio, Select } from 'antd';
import { useMemo, useRef, useState } from 'react';
import { CaseQuestions } from '@/components/case-questions';
import { useErrorMessage } from '@/hooks/use-error-message';
import { useI18n } from '@/i18n';
import { answersFor, missingFor, requirementView, shownPositions } from '@/lib/requirement-view';
import type { DraftDocument } from '../api/drafts';
import { useSaveDraft, useSubmitDraft } from '../api/drafts';
import { applicantBody, applicantFromDraft, applicantFromProfile, prefillSourceOf, type ApplicantValues } from '../lib/applicant';
import { hasEFormFields } from '../lib/e-form';
import { formatInstant } from '../lib/format';
import { sortServerErrors, type SortedErrors } from '../lib/server-errors';
import { ApplicantFields } from './applicant-fields';
import { EFormSection } from './e-form-section';
import { RequirementSlots } from './requirement-slots';
import type { SlotFile, StoredDocumentPickerSlot } from './upload-slot';

interface FormValues {
  variantKey?: string;
  agencyUnitId?: string;
  applicant: ApplicantValues;
  requestSummary?: string;
}

/** Variants the applicant can apply for online: those listing the online channel (or listing none). */
export const onlineVariants = (procedure: ProcedureDetail) =>
  procedure.variants.filter((v) => v.channels.length === 0 || v.channels.some((c) => c.channel === 'online'));

const applicantFieldNames = new Set(['fullName', 'citizenId', 'name', 'taxCode', 'representative', 'phone', 'email', 'address']);

interface ApplyFormProps {
  procedure: ProcedureDetail;
  profile: ApplicantProfile;
  draft: PortalDraft | null;
  onDraftSaved: (id: string) => void;
  onSubmitted: (dossier: PortalDossierSummary) => void;
  storedPicker?: StoredDocumentPickerSlot | undefined;
}

/**
 * The online application: the variant (and agency), the applicant prefilled from the profile, the e-form, one upload
 * slot per document requirement. "Lưu nháp" saves whatever is there; "Nộp hồ sơ" checks everything here first, saves,
 * submits, and puts each of the server's field errors back where it can be fixed.
 */
export function ApplyForm({ procedure, profile, draft, onDraftSaved, onSubmitted, storedPicker }: ApplyFormProps) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const describe = useErrorMessage();
  const [form] = Form.useForm<FormValues>();
  const variants = onlineVariants(procedure);
  const agencies = procedure.assignedUnits.filter((u) => u.role === 'competent' || u.role === 'implementing');
  const initialValues = useMemo<FormValues>(() => {
    const fromProfile = applicantFromProfile(profile);
    return {
      variantKey: draft?.variantKey ?? (variants.length === 1 ? variants[0]!.key : undefined),
      agencyUnitId: draft?.agencyUnitId ?? (agencies.length === 1 ? agencies[0]!.unitId : undefined),
      applicant: draft?.applicant ? applicantFromDraft(draft.applicant, fromProfile) : fromProfile,
      requestSummary: draft?.requestSummary ?? '',
    };
    // Computed once: later profile or draft refetches must not overwrite what the applicant typed.
  }, []);
  const variantKey = Form.useWatch('variantKey', form) ?? initialValues.variantKey;
  const applicantKind = Form.useWatch(['applicant', 'kind'], form) ?? initialValues.applicant.kind;
  const variant = variants.find((v) => v.key === variantKey);
  const requirements = useMemo(() => [...(variant?.documents ?? [])].sort((a, b) => a.position - b.position), [variant]);

  // A new application starts with the e-form's `x-prefill` fields filled from the profile; a draft keeps what was saved.
  const prefilled = (key: string | undefined) => prefillEFormData(variants.find((v) => v.key === key)?.eForm ?? null, prefillSourceOf(profile));
  const [formData, setFormData] = useState<Record<string, unknown>>(() => draft?.formData ?? prefilled(initialValues.variantKey));
  const [cases, setCases] = useState<Record<string, boolean>>(draft?.cases ?? {});
  const view = useMemo(() => requirementView(requirements, 'online', cases), [requirements, cases]);
  const [files, setFiles] = useState<Record<number, SlotFile>>(() =>
    Object.fromEntries((draft?.documents ?? []).map((d: DraftDocument) => [d.requirement, { fileId: d.fileId, name: d.fileName ?? t('portalDossiers.upload.savedFile') }])),
  );
  const [draftId, setDraftId] = useState<string | null>(draft?.id ?? null);
  const [savedAt, setSavedAt] = useState<string | null>(draft?.updatedAt ?? null);
  const [server, setServer] = useState<{ sorted: SortedErrors; error: unknown } | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [missing, setMissing] = useState<Set<number>>(new Set());
  const eFormRef = useRef<CoreForm>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const save = useSaveDraft();
  const submit = useSubmitDraft();
  const busy = save.isPending || submit.isPending;

  const body = (): PortalDraftBody => {
    const values = form.getFieldsValue(true) as FormValues;
    return {
      procedureCode: procedure.code,
      variantKey: values.variantKey ?? '',
      agencyUnitId: values.agencyUnitId ?? null,
      applicant: applicantBody(values.applicant),
      requestSummary: values.requestSummary?.trim() || null,
      formData,
      cases: answersFor(view.cases, cases),
      // A file for a document the answers no longer ask for stays in the slot but is not sent.
      documents: Object.entries(files).filter(([position]) => shownPositions(view).has(Number(position))).map(([position, file]) => ({ requirement: Number(position), fileId: file.fileId })),
    };
  };

  const showServerErrors = (error: unknown, sent: PortalDraftBody['documents']) => {
    const sorted = sortServerErrors(error, sent);
    const unplaced = [...sorted.other];
    form.setFields(sorted.applicant.filter((a) => applicantFieldNames.has(String(a.name[0]))).map((a) => ({ name: ['applicant', ...a.name] as ['applicant', 'fullName'], errors: [a.message] })));
    unplaced.push(...sorted.applicant.filter((a) => !applicantFieldNames.has(String(a.name[0]))).map((a) => a.message));
    if (sorted.agency.length > 0) {
      if (agencies.length > 1) form.setFields([{ name: 'agencyUnitId', errors: sorted.agency }]);
      else unplaced.push(...sorted.agency);
    }
    if (sorted.variant.length > 0) {
      if (variants.length > 1) form.setFields([{ name: 'variantKey', errors: sorted.variant }]);
      else unplaced.push(...sorted.variant);
    }
    setServer({ sorted: { ...sorted, other: unplaced }, error });
    requestAnimationFrame(() => summaryRef.current?.focus());
  };

  const clearErrors = () => {
    setServer(null);
    setProblems([]);
    setMissing(new Set());
  };

  const saveDraft = async (): Promise<string | null> => {
    const sent = body();
    try {
      const saved = await save.mutateAsync({ id: draftId, body: sent });
      setDraftId(saved.id);
      setSavedAt(saved.updatedAt);
      onDraftSaved(saved.id);
      return saved.id;
    } catch (error) {
      showServerErrors(error, sent.documents);
      return null;
    }
  };

  const onSaveDraft = async () => {
    clearErrors();
    try {
      await form.validateFields(['variantKey']);
    } catch {
      return;
    }
    if (await saveDraft()) void message.success(t('portalDossiers.apply.draftSaved'));
  };

  const onSubmit = async () => {
    clearErrors();
    const found: string[] = [];
    try {
      await form.validateFields();
    } catch {
      found.push(t('portalDossiers.apply.problemApplicant'));
    }
    if (eFormRef.current && !eFormRef.current.validateForm()) found.push(t('portalDossiers.apply.problemEForm'));
    const uploaded = body().documents.map((d) => ({ requirement: d.requirement, originals: 0, copies: 0, hasFile: true }));
    const absent = missingFor(requirements, 'online', cases, uploaded, true);
    if (absent.length > 0) found.push(t('portalDossiers.apply.problemDocuments', { count: absent.length }));
    if (found.length > 0) {
      setProblems(found);
      setMissing(new Set(absent.map((r) => r.position)));
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    const id = await saveDraft();
    if (!id) return;
    try {
      onSubmitted(await submit.mutateAsync(id));
    } catch (error) {
      showServerErrors(error, body().documents);
    }
  };

  const setFile = (position: number, file: SlotFile | null) => {
    setFiles((current) => {
      const next = { ...current };
      if (file) next[position] = file;
      else delete next[position];
      return next;
    });
    setMissing((current) => (current.has(position) ? new Set([...current].filter((p) => p !== position)) : current));
    if (server?.sorted.requirements.has(position)) {
      const requirementsLeft = new Map(server.sorted.requirements);
      requirementsLeft.delete(position);
      setServer({ ...server, sorted: { ...server.sorted, requirements: requirementsLeft } });
    }
  };

  const onEFormChange = (data: Record<string, unknown>) => {
    setFormData(data);
    if (server && server.sorted.formDataCount > 0) setServer({ ...server, sorted: { ...server.sorted, formData: {}, formDataCount: 0 } });
  };

  const summary = problems.length > 0 || server !== null;
  return (
    <div className="apply-form" data-testid="apply-form">
      <div ref={summaryRef} tabIndex={-1} className="apply-summary" aria-live="polite">
        {problems.length > 0 ? (
          <Alert type="error" showIcon title={t('portalDossiers.apply.incomplete')} description={<ul>{problems.map((p) => <li key={p}>{p}</li>)}</ul>} data-testid="apply-problems" />
        ) : null}
        {server ? (
          <Alert
            type="error"
            showIcon
            title={describe(server.error)}
            description={server.sorted.other.length > 0 ? <ul>{server.sorted.other.map((m) => <li key={m}>{m}</li>)}</ul> : t('portalDossiers.apply.seeFields')}
            data-testid="apply-server-error"
          />
        ) : null}
        {!summary && savedAt ? <p className="muted-text" data-testid="apply-saved-at">{t('portalDossiers.apply.savedAt', { at: formatInstant(savedAt) })}</p> : null}
      </div>

      <Form<FormValues>
        form={form}
        layout="vertical"
        name="apply"
        initialValues={initialValues}
        requiredMark
        onValuesChange={(changed: Partial<FormValues>) => {
          if (changed.variantKey !== undefined) {
            setFiles({});
            setFormData(prefilled(changed.variantKey));
            setCases({});
            clearErrors();
          }
        }}
      >
        <section className="apply-section" aria-labelledby="apply-case-heading">
          <h2 id="apply-case-heading" className="section-heading">{t('portalDossiers.apply.caseHeading')}</h2>
          {variants.length > 1 ? (
            <Form.Item name="variantKey" label={t('portalDossiers.apply.variant')} rules={[{ required: true, message: t('portalDossiers.apply.variantRequired') }]}>
              <Radio.Group className="apply-variants" data-testid="apply-variant">
                {variants.map((v) => (
                  <Radio key={v.key} value={v.key}><span lang="vi">{v.name}</span></Radio>
                ))}
              </Radio.Group>
            </Form.Item>
          ) : (
            <p>
              {t('portalDossiers.apply.variant')}: <strong lang="vi">{variants[0]?.name}</strong>
              <Form.Item name="variantKey" hidden noStyle><Input /></Form.Item>
            </p>
          )}
          {agencies.length > 1 ? (
            <Form.Item name="agencyUnitId" label={t('portalDossiers.apply.agency')} rules={[{ required: true, message: t('portalDossiers.apply.agencyRequired') }]}>
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                placeholder={t('portalDossiers.apply.agencyPlaceholder')}
                options={agencies.map((a) => ({ value: a.unitId, label: a.unitName }))}
                data-testid="apply-agency"
              />
            </Form.Item>
          ) : agencies[0] ? (
            <p>
              {t('portalDossiers.apply.agency')}: <strong lang="vi">{agencies[0].unitName}</strong>
            </p>
          ) : null}
        </section>

        <section className="apply-section" aria-labelledby="apply-applicant-heading">
          <h2 id="apply-applicant-heading" className="section-heading">{t('portalDossiers.apply.applicantHeading')}</h2>
          <p className="muted-text">{t('portalDossiers.apply.applicantLead')}</p>
          <ApplicantFields kind={applicantKind} />
          <Form.Item name="requestSummary" label={t('portalDossiers.apply.requestSummary')} rules={[{ max: 1000, message: t('portalDossiers.apply.requestSummaryTooLong') }]}>
            <Input.TextArea rows={2} maxLength={1000} showCount data-testid="apply-request-summary" />
          </Form.Item>
        </section>
      </Form>

      {variant && hasEFormFields(variant.eForm) ? (
        <section className="apply-section" aria-labelledby="apply-eform-heading" data-testid="apply-e-form">
          <h2 id="apply-eform-heading" className="section-heading">{t('portalDossiers.apply.eFormHeading')}</h2>
          <EFormSection
            key={variant.key}
            schema={variant.eForm}
            formData={formData}
            onChange={onEFormChange}
            extraErrors={server && server.sorted.formDataCount > 0 ? server.sorted.formData : undefined}
            formRef={eFormRef}
            disabled={busy}
          />
        </section>
      ) : null}

      {variant && view.cases.length > 0 ? (
        <section className="apply-section" aria-label={t('requirements.cases.heading')}>
          <CaseQuestions cases={view.cases} value={cases} onChange={setCases} disabled={busy} testId="apply-cases" />
        </section>
      ) : null}

      {variant ? (
        <RequirementSlots
          variantKey={variant.key}
          requirements={requirements}
          cases={cases}
          files={files}
          onChange={setFile}
          errorsOf={(position) => [...(missing.has(position) ? [t('portalDossiers.upload.missing')] : []), ...(server?.sorted.requirements.get(position) ?? [])]}
          storedPicker={storedPicker}
          disabled={busy}
        />
      ) : null}

      <div className="apply-actions">
        <Button size="large" icon={<SaveOutlined aria-hidden />} onClick={() => void onSaveDraft()} loading={save.isPending && !submit.isPending} disabled={busy} data-testid="apply-save-draft">
          {t('portalDossiers.apply.saveDraft')}
        </Button>
        <Button type="primary" size="large" icon={<FileDoneOutlined aria-hidden />} onClick={() => void onSubmit()} loading={submit.isPending} disabled={busy} data-testid="apply-submit">
          {t('portalDossiers.apply.submit')}
        </Button>
      </div>
    </div>
  );
}
