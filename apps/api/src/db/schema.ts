import type {
  AgencyRole, CalendarDayKind, Channel, DecisionAction, DecisionIssuerLevel, DecisionStatus, DefaultWorkflowLevel, DossierChannel,
  DossierStatus, FeeKind, OnlineLevel, ProcedureStatus, ServiceListKind, ServiceListStatus, TimeLimitUnit, Timeliness, VersionSource,
  OrgUnitKind, WorkflowVersionStatus,
} from '@motcua/shared';
import type { ApplicantTables } from './schema/applicants.ts';
import type { DocumentTables } from './schema/documents.ts';
import type { DocumentStoreTables } from './schema/document-store.ts';
import type { EvaluationTables } from './schema/evaluation.ts';
import type { NotificationTables } from './schema/notifications.ts';
import type { PaymentTables } from './schema/payments.ts';
import type { PortalTables } from './schema/portal.ts';

/** Row types of every table. Timestamps are ISO 8601 UTC strings on both engines; flags are 0/1; enumerated columns carry the unions of @motcua/shared (the CHECK constraints hold the same values). Later modules keep theirs in schema/<module>.ts. */
export interface DB extends DocumentTables, ApplicantTables, PaymentTables, NotificationTables, PortalTables, EvaluationTables, DocumentStoreTables {
  org_levels: { code: string; name: string; name_en: string; rank: number };
  org_units: {
    id: string;
    parent_id: string | null;
    path: string;
    depth: number;
    code: string;
    name: string;
    short_name: string | null;
    kind: OrgUnitKind;
    level_code: string;
    is_active: number;
    created_at: string;
    updated_at: string;
  };
  officers: {
    id: string;
    username: string;
    full_name: string;
    email: string | null;
    password_hash: string;
    totp_secret: string | null;
    totp_enabled: number;
    /** The last TOTP time step accepted (30-second steps since the epoch): a code of that step or earlier is refused. */
    totp_last_step: number | null;
    failed_login_count: number;
    locked_until: string | null;
    is_active: number;
    created_at: string;
    updated_at: string;
  };
  /** Failed sign-ins per account name and per account name + client address (platform/auth/login-throttle.ts). */
  login_throttles: { key: string; failures: number; next_attempt_at: string | null; last_attempt_at: string };
  officer_roles: { officer_id: string; role: string; org_unit_id: string; created_at: string };
  sessions: {
    id: string;
    principal_kind: string;
    principal_id: string;
    csrf_token: string;
    created_at: string;
    last_seen_at: string;
    idle_expires_at: string;
    absolute_expires_at: string;
    user_agent: string | null;
  };
  audit_entries: {
    seq: number;
    occurred_at: string;
    actor_kind: string;
    actor_id: string | null;
    action: string;
    entity_type: string;
    entity_id: string | null;
    org_unit_id: string | null;
    data: string;
    request_id: string | null;
    prev_hash: string;
    hash: string;
    /** HMAC key id (AUDIT_KEYS_DIR); null: a legacy plain-sha256 entry from before keyed hashes. */
    key_id: string | null;
  };
  audit_chain_head: { id: number; last_seq: number; last_hash: string };
  jobs: {
    id: string;
    kind: string;
    payload: string;
    status: string;
    attempts: number;
    max_attempts: number;
    run_at: string;
    locked_by: string | null;
    locked_until: string | null;
    last_error: string | null;
    created_at: string;
    finished_at: string | null;
  };
  idempotency_keys: {
    scope: string;
    key: string;
    method: string;
    path: string;
    request_hash: string;
    state: string;
    response_status: number | null;
    response_body: string | null;
    /** JSON: what the transaction recorded (audit entries), for a retry whose response was lost. */
    outcome: string | null;
    created_at: string;
  };
  stored_files: {
    id: string;
    sha256: string;
    size: number;
    media_type: string;
    original_name: string;
    uploaded_by_kind: string;
    uploaded_by_id: string;
    created_at: string;
  };
  bench_items: { id: string; note: string; created_at: string };
  calendar_days: { date: string; kind: CalendarDayKind; name: string; source: string; is_draft: number; updated_at: string; updated_by: string | null };
  calendar_settings: { id: number; working_periods: string; receipt_cutoff: string; revision: number; updated_at: string };
  tracked_deadlines: {
    id: string;
    subject_type: string;
    subject_id: string;
    start_at: string;
    time_limit_value: number;
    time_limit_unit: TimeLimitUnit;
    events: string;
    due_at: string | null;
    state: string;
    created_at: string;
    updated_at: string;
  };
  deadline_changes: { id: string; deadline_id: string; old_due_at: string | null; new_due_at: string | null; reason: string; changed_dates: string; changed_at: string };
  sectors: { code: string; name: string; created_at: string };
  procedures: {
    id: string;
    code: string;
    status: ProcedureStatus;
    owner_unit_id: string | null;
    latest_version_id: string | null;
    latest_version_number: number;
    current_version_id: string | null;
    current_version_number: number | null;
    replaced_by_procedure_id: string | null;
    first_published_at: string | null;
    published_at: string | null;
    name: string;
    name_folded: string;
    code_folded: string;
    sector_code: string;
    levels_key: string;
    subjects_key: string;
    online_level: OnlineLevel;
    competent_agency: string | null;
    time_limit_value: number | null;
    time_limit_unit: TimeLimitUnit | null;
    created_at: string;
    updated_at: string;
  };
  procedure_versions: {
    id: string;
    procedure_id: string;
    number: number;
    source: VersionSource;
    change_note: string | null;
    content_hash: string;
    created_at: string;
    created_by: string | null;
    name: string;
    name_folded: string;
    kind: string | null;
    sector_code: string;
    sector_name: string;
    levels: string;
    subjects: string;
    competent_agency: string | null;
    implementing_agency: string | null;
    authorised_agency: string | null;
    coordinating_agency: string | null;
    receiving_address: string | null;
    steps: string | null;
    conditions: string | null;
    results: string;
    related: string;
    inter_agency: number;
    online_level: OnlineLevel;
    postal: number;
    on_the_spot: number;
    owner_unit_id: string | null;
    import_issues: string | null;
  };
  procedure_legal_bases: {
    version_id: string;
    position: number;
    number: string | null;
    title: string;
    issued_on: string | null;
    issuer: string | null;
    effective_on: string | null;
  };
  procedure_variants: {
    id: string;
    version_id: string;
    key: string;
    position: number;
    name: string;
    time_limit_value: number | null;
    time_limit_unit: TimeLimitUnit | null;
    time_limit_note: string | null;
    e_form: string | null;
  };
  variant_channels: { variant_id: string; channel: Channel; time_limit_value: number | null; time_limit_unit: TimeLimitUnit | null; description: string | null };
  variant_fees: {
    variant_id: string;
    position: number;
    channel: Channel;
    kind: FeeKind;
    amount: number | null;
    label: string | null;
    note: string | null;
    exemptions: string | null;
  };
  variant_documents: {
    variant_id: string;
    position: number;
    /** DocumentGroup and DocumentKind, once the dossiers tests insert typed lines (issue 14). */
    group_kind: string;
    name: string;
    originals: number;
    copies: number;
    required: number;
    condition: string | null;
    form_name: string | null;
    form_file_id: string | null;
    form_url: string | null;
    kind: string;
    case_key: string | null;
    case_question: string | null;
    alternative_group: number | null;
    /** Comma-separated channels; null = every channel. */
    channels: string | null;
    classified_by: string | null;
  };
  procedure_search_terms: { term: string; procedure_id: string; in_name: number };
  procedure_units: { procedure_id: string; unit_id: string; role: AgencyRole; created_at: string };
  publication_decisions: {
    id: string;
    number: string;
    title: string;
    signed_on: string | null;
    signer: string | null;
    issuer: string | null;
    issuer_level: DecisionIssuerLevel;
    effective_on: string | null;
    legal_basis: string;
    legal_basis_effective_on: string | null;
    status: DecisionStatus;
    issued_at: string | null;
    created_at: string;
    created_by: string | null;
    updated_at: string;
  };
  publication_decision_items: {
    decision_id: string;
    procedure_id: string;
    position: number;
    action: DecisionAction;
    replaced_by_procedure_id: string | null;
    version_id: string | null;
    published_at: string | null;
    incomplete: number;
    missing: string;
  };
  service_lists: {
    id: string;
    unit_id: string;
    kind: ServiceListKind;
    status: ServiceListStatus;
    decision_id: string | null;
    published_at: string | null;
    created_at: string;
    created_by: string | null;
    updated_at: string;
  };
  service_list_items: { list_id: string; procedure_id: string; position: number; agency_unit_id: string | null; note: string | null };
  national_updates: {
    id: string;
    procedure_id: string;
    status: string;
    base_version_id: string | null;
    previous_version_id: string;
    national_version_id: string;
    merged_version_id: string;
    decision_number: string | null;
    conflicts: string;
    kept: string;
    created_at: string;
    decided_at: string | null;
    decided_by: string | null;
  };
  catalog_revision: { id: number; revision: number; updated_at: string };
  workflows: {
    id: string;
    /** Null on a default template (then `level` is set). */
    procedure_id: string | null;
    variant_key: string;
    agency_unit_id: string;
    name: string;
    approved_version_id: string | null;
    approved_version_number: number | null;
    latest_version_number: number;
    revision: number;
    level: DefaultWorkflowLevel | null;
    created_at: string;
    updated_at: string;
  };
  workflow_versions: {
    id: string;
    workflow_id: string;
    number: number;
    status: WorkflowVersionStatus;
    steps: string;
    total_budget_hours: number;
    legal_limit_value: number | null;
    legal_limit_unit: TimeLimitUnit | null;
    change_note: string | null;
    created_by: string | null;
    created_at: string;
    submitted_by: string | null;
    submitted_at: string | null;
    decided_by: string | null;
    decided_at: string | null;
    decision_note: string | null;
  };
  dossier_code_sequences: { agency_code: string; receipt_date: string; last_value: number };
  dossiers: {
    id: string;
    code: string;
    procedure_id: string;
    procedure_version_id: string;
    procedure_code: string;
    procedure_name: string;
    variant_key: string;
    variant_name: string;
    workflow_version_id: string | null;
    receiving_unit_id: string;
    competent_unit_id: string;
    current_unit_id: string;
    assignee_id: string | null;
    channel: DossierChannel;
    /** DossierStatus, once modules/dossiers passes typed statuses to its queries (issue 14). */
    status: string;
    national_status: number;
    is_open: number;
    on_the_spot: number;
    applicant_kind: string;
    applicant_name: string;
    applicant_identifier: string;
    applicant_phone: string | null;
    applicant_email: string | null;
    applicant_address: string | null;
    request_summary: string | null;
    sets: number;
    time_limit_value: number | null;
    time_limit_unit: TimeLimitUnit | null;
    registered_at: string | null;
    received_at: string | null;
    due_at: string | null;
    ended_at: string | null;
    returned_at: string | null;
    return_method: string | null;
    current_step_index: number | null;
    step_due_at: string | null;
    supplement_requests: number;
    apologies: number;
    flags: string;
    state: string;
    row_version: number;
    created_at: string;
    updated_at: string;
    /** The portal account an online dossier belongs to. */
    applicant_account_id: string | null;
    /** A dossier pushed by another system (the national portal): the sender and its own dossier id. */
    source_system: string | null;
    source_reference: string | null;
    /** A pushed dossier: sha256 of the push's canonical content, to tell a retry from a different push under the same reference. */
    source_content_sha256: string | null;
    /** JSON object: the answers to the procedure's cases (case key → applies) the dossier was received with. */
    applied_cases: string | null;
  };
  dossier_actions: {
    id: string;
    dossier_id: string;
    seq: number;
    action: string;
    /** DossierStatus | null, once dossiers.status is typed (issue 14). */
    from_status: string | null;
    to_status: DossierStatus;
    actor_kind: string;
    actor_id: string | null;
    actor_name: string | null;
    actor_role: string | null;
    unit_id: string | null;
    at: string;
    reason: string | null;
    data: string;
    flags: string;
    due_at_after: string | null;
  };
  dossier_documents: {
    id: string;
    dossier_id: string;
    position: number;
    name: string;
    source: string;
    required: number;
    originals: number;
    copies: number;
    file_id: string | null;
    action_seq: number;
    created_at: string;
  };
  dossier_handovers: {
    id: string;
    dossier_id: string;
    seq: number;
    step_index: number | null;
    step_name: string;
    step_kind: string;
    from_unit_id: string | null;
    from_officer_id: string | null;
    to_unit_id: string;
    to_officer_id: string | null;
    started_at: string;
    budget_value: number | null;
    budget_unit: string | null;
    due_at: string | null;
    ended_at: string | null;
    outcome: string | null;
    timeliness: Timeliness | null;
    note: string | null;
  };
  dossier_agencies: {
    dossier_id: string;
    unit_id: string;
    role: string;
    mode: string;
    position: number;
    task: string | null;
    budget_value: number | null;
    budget_unit: string | null;
    started_at: string | null;
    due_at: string | null;
    completed_at: string | null;
    result_note: string | null;
    timeliness: Timeliness | null;
  };
  dossier_consultations: {
    id: string;
    dossier_id: string;
    unit_id: string;
    question: string;
    requested_by: string | null;
    requested_at: string;
    due_at: string;
    answered_at: string | null;
    answer: string | null;
    answered_by: string | null;
    timeliness: Timeliness | null;
  };
  dossier_obligations: {
    id: string;
    dossier_id: string;
    description: string;
    amount: number;
    requested_at: string;
    requested_by: string | null;
    paid_at: string | null;
    receipt_number: string | null;
    payment_method: string | null;
    recorded_by: string | null;
  };
  dossier_results: {
    id: string;
    dossier_id: string;
    number: number;
    code: string;
    title: string;
    file_id: string | null;
    issued_at: string;
    issued_by: string | null;
    returned_at: string | null;
    return_method: string | null;
  };
}
