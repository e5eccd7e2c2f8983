

/** Row types of every table. Timestamps are ISO 8601 UTC strings on both engines; flags are 0/1. */
export interface DB {
  org_levels: { code: string; name: string; name_en: string; rank: number };
  org_units: {
    id: string;
    parent_id: string | null;
    path: string;
    depth: number;
    code: string;
    name: string;
    short_name: string | null;
    kind: string;
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
    failed_login_count: number;
    locked_until: string | null;
    is_active: number;
    created_at: string;
    updated_at: string;
  };
  officer_roles: { officer_id: string; role: string; org_unit_id: string; created_at: string };
  applicants: {
    id: string;
    kind: string;
    full_name: string;
    email: string | null;
    phone: string | null;
    password_hash: string | null;
    citizen_id: string | null;
    tax_code: string | null;
    date_of_birth: string | null;
    address: string | null;
    is_active: number;
    created_at: string;
    updated_at: string;
  };
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
  calendar_days: { date: string; kind: string; name: string; source: string; is_draft: number; updated_at: string; updated_by: string | null };
  calendar_settings: { id: number; working_periods: string; receipt_cutoff: string; revision: number; updated_at: string };
  tracked_deadlines: {
    id: string;
    subject_type: string;
    subject_id: string;
    start_at: string;
    time_limit_value: number;
    time_limit_unit: string;
    events: string;
    due_at: string | null;
    state: string;
    created_at: string;
    updated_at: string;
  };
  deadline_changes: { id: string; deadline_id: string; old_due_at: string | null; new_due_at: string | null; reason: string; changed_dates: string; changed_at: string };
}
