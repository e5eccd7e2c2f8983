import type {
  AgencyTexts,
  CatalogTimeLimit,
  ChannelOffer,
  DocumentRequirementInput,
  FeeInput,
  FormTemplate,
  LegalBasisItem,
  OnlineLevel,
  ProcedureDetail,
  ProcedureResult,
  ProcedureVariant,
  SaveVariantBody,
} from '@motcua/shared';

/** Empty text is "not stated": the API wants null, not "". */
export function textOrNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

/** The editable fields of a procedure as the form holds them; names follow the API body so server errors land on fields. */
export interface ProcedureFieldValues {
  name: string;
  kind?: string | null;
  sector: { code: string; name: string };
  levels: string[];
  subjects: string[];
  agencies: Partial<Record<keyof AgencyTexts, string | null>>;
  steps?: string | null;
  conditions?: string | null;
  results: Partial<ProcedureResult>[];
  legalBasis: Partial<LegalBasisItem>[];
  related: { code?: string | null; name?: string }[];
  interAgency: boolean;
  onlineLevel: OnlineLevel;
  postal: boolean;
  onTheSpot: boolean;
  ownerUnitId?: string | null;
  changeNote?: string | null;
}

export const emptyProcedureValues: ProcedureFieldValues = {
  name: '',
  kind: null,
  sector: { code: '', name: '' },
  levels: [],
  subjects: [],
  agencies: {},
  results: [],
  legalBasis: [],
  related: [],
  interAgency: false,
  onlineLevel: 'none',
  postal: false,
  onTheSpot: false,
  ownerUnitId: null,
};

export function procedureToValues(detail: ProcedureDetail): ProcedureFieldValues {
  return {
    name: detail.name,
    kind: detail.kind,
    sector: { ...detail.sector },
    levels: [...detail.levels],
    subjects: [...detail.subjects],
    agencies: { ...detail.agencies },
    steps: detail.steps,
    conditions: detail.conditions,
    results: detail.results.map((result) => ({ ...result })),
    legalBasis: detail.legalBasis.map((item) => ({ ...item })),
    related: detail.related.map((item) => ({ ...item })),
    interAgency: detail.interAgency,
    onlineLevel: detail.onlineLevel,
    postal: detail.postal,
    onTheSpot: detail.onTheSpot,
    ownerUnitId: detail.ownerUnitId,
    changeNote: null,
  };
}

/** Form values → the fields of a create or update body (every field sent: the whole record is re-versioned). */
export function valuesToFields(values: ProcedureFieldValues) {
  return {
    name: values.name.trim(),
    kind: textOrNull(values.kind),
    sector: { code: values.sector.code.trim(), name: values.sector.name.trim() },
    levels: values.levels ?? [],
    subjects: values.subjects ?? [],
    agencies: {
      competent: textOrNull(values.agencies?.competent),
      implementing: textOrNull(values.agencies?.implementing),
      authorised: textOrNull(values.agencies?.authorised),
      coordinating: textOrNull(values.agencies?.coordinating),
      receivingAddress: textOrNull(values.agencies?.receivingAddress),
    },
    steps: textOrNull(values.steps),
    conditions: textOrNull(values.conditions),
    results: (values.results ?? []).map((result) => ({ name: result.name?.trim() ?? '', code: textOrNull(result.code) })),
    legalBasis: (values.legalBasis ?? []).map((item) => ({
      number: textOrNull(item.number),
      title: item.title?.trim() ?? '',
      issuedOn: item.issuedOn ?? null,
      issuer: textOrNull(item.issuer),
      effectiveOn: item.effectiveOn ?? null,
    })),
    related: (values.related ?? []).map((item) => ({ code: textOrNull(item.code), name: item.name?.trim() ?? '' })),
    interAgency: Boolean(values.interAgency),
    onlineLevel: values.onlineLevel,
    postal: Boolean(values.postal),
    onTheSpot: Boolean(values.onTheSpot),
    ownerUnitId: values.ownerUnitId ?? null,
  };
}

/* ------------------------------------------------------------------ variants */

interface TimeLimitValues {
  value?: number | null;
  unit?: CatalogTimeLimit['unit'];
}

export interface VariantValues {
  name: string;
  timeLimit: TimeLimitValues;
  timeLimitNote?: string | null;
  channels: { channel?: ChannelOffer['channel']; timeLimit?: TimeLimitValues; description?: string | null }[];
  fees: Partial<FeeInput>[];
  documents: (Omit<Partial<DocumentRequirementInput>, 'formTemplate'> & { formTemplate?: Partial<FormTemplate> | null })[];
  /** The e-form as JSON Schema text; parsed on save. */
  eFormText?: string;
  changeNote?: string | null;
}

export const emptyVariantValues: VariantValues = {
  name: '',
  timeLimit: { value: null, unit: 'working_days' },
  channels: [{ channel: 'in_person', timeLimit: { value: null, unit: 'working_days' } }],
  fees: [],
  documents: [],
  eFormText: '',
};

export function variantToValues(variant: ProcedureVariant): VariantValues {
  return {
    name: variant.name,
    timeLimit: { value: variant.timeLimit?.value ?? null, unit: variant.timeLimit?.unit ?? 'working_days' },
    timeLimitNote: variant.timeLimitNote,
    channels: variant.channels.map((offer) => ({
      channel: offer.channel,
      timeLimit: { value: offer.timeLimit?.value ?? null, unit: offer.timeLimit?.unit ?? 'working_days' },
      description: offer.description,
    })),
    fees: variant.fees.map((fee) => ({ ...fee })),
    documents: variant.documents.map(({ position: _position, ...document }) => ({ ...document, formTemplate: document.formTemplate ? { ...document.formTemplate } : null })),
    eFormText: variant.eForm ? JSON.stringify(variant.eForm, null, 2) : '',
    changeNote: null,
  };
}

function toTimeLimit(values: TimeLimitValues | undefined): CatalogTimeLimit | null {
  if (values?.value === null || values?.value === undefined || !values.unit) return null;
  return { value: values.value, unit: values.unit };
}

/**
 * A line's classification (issue 12) kept through the variant editor, which edits only `required` and `condition`:
 * while `required` still says what the kind says, the kind, case, alternative group and channels go back as they
 * were; once the officer changed it, the server derives the kind again and the line counts as set by an officer.
 */
function classificationOf(document: VariantValues['documents'][number]): Partial<DocumentRequirementInput> {
  if (!document.kind) return {};
  if ((document.required ?? true) !== (document.kind === 'required')) return { classifiedBy: null };
  return {
    kind: document.kind, caseKey: document.caseKey ?? null, caseQuestion: document.caseQuestion ?? null,
    alternativeGroup: document.alternativeGroup ?? null, channels: document.channels ?? null, classifiedBy: document.classifiedBy ?? null,
  };
}

/** Form values → a variant body; `eForm` is the already parsed schema (or null). */
export function valuesToVariantBody(values: VariantValues, eForm: Record<string, unknown> | null, baseVersion: number, key?: string): SaveVariantBody {
  return {
    ...(key ? { key } : {}),
    baseVersion,
    name: values.name.trim(),
    timeLimit: toTimeLimit(values.timeLimit),
    timeLimitNote: textOrNull(values.timeLimitNote),
    channels: (values.channels ?? []).map((offer) => ({
      channel: offer.channel ?? 'in_person',
      timeLimit: toTimeLimit(offer.timeLimit),
      description: textOrNull(offer.description),
    })),
    fees: (values.fees ?? []).map((fee) => ({
      channel: fee.channel ?? 'in_person',
      kind: fee.kind ?? 'free',
      amount: fee.kind === 'amount' ? (fee.amount ?? null) : null,
      label: textOrNull(fee.label),
      note: textOrNull(fee.note),
      exemptions: textOrNull(fee.exemptions),
    })),
    documents: (values.documents ?? []).map((document) => {
      const templateName = textOrNull(document.formTemplate?.name);
      return {
        group: document.group ?? 'submit',
        name: document.name?.trim() ?? '',
        originals: document.originals ?? 0,
        copies: document.copies ?? 0,
        required: document.required ?? true,
        condition: textOrNull(document.condition),
        ...classificationOf(document),
        formTemplate: templateName
          ? { name: templateName, fileId: textOrNull(document.formTemplate?.fileId), url: textOrNull(document.formTemplate?.url) }
          : null,
      };
    }),
    eForm,
    changeNote: textOrNull(values.changeNote),
  };
}
