/**
 * The check run on an internal workflow version before it is submitted and again when a leader approves it:
 * sensible step order, consistent send-backs and hand-offs, and the budget rule — the time budgets of the
 * steps must fit in the procedure's legal time limit (rules.md §2.4: a step that is late is visible as late
 * on the process-control sheet, so budgets that cannot all be met make every dossier late by design).
 * Pure: the caller passes the steps and the legal limit it found in the catalog.
 */
import type { TimeLimitUnit } from '../calendar/deadline-types.ts';
import { budgetHours, workflowStepKindLabels, WORKING_HOURS_PER_DAY, type WorkflowStep, type WorkflowStepKind } from './steps.ts';

/** Months count as 22 working days; calendar days as the same number of working days (never shorter, so conservative). */
export const WORKING_DAYS_PER_MONTH = 22;

export interface LegalLimit {
  value: number;
  unit: TimeLimitUnit;
}

export interface WorkflowProblem {
  /** Field path in the version's body: `steps.2.budget.value`, `steps.0.kind`, `legalLimit`. */
  path: string;
  message: string;
}

export interface WorkflowCheckResult {
  /** No errors (warnings do not block). */
  ok: boolean;
  errors: WorkflowProblem[];
  warnings: WorkflowProblem[];
  /** Working hours each step counts for, in order. */
  stepHours: number[];
  totalHours: number;
  /** The legal limit in working hours; null when the procedure has none recorded. */
  limitHours: number | null;
}

/**
 * A legal limit in working hours. Same-day procedures (limit 0) get the working day they are received on.
 * Calendar days are read as working days: a calendar-day limit is never shorter than the same number of
 * working days, so a workflow that fits in N working days always fits in N calendar days' worth of budget.
 */
export function legalLimitHours(limit: LegalLimit): number {
  const days = (n: number) => (n === 0 ? 1 : n) * WORKING_HOURS_PER_DAY;
  switch (limit.unit) {
    case 'working_hours':
      return limit.value === 0 ? WORKING_HOURS_PER_DAY : limit.value;
    case 'working_days':
    case 'days':
      return days(limit.value);
    case 'months':
      return days(limit.value * WORKING_DAYS_PER_MONTH);
  }
}

/** The shortest of several limits (variants, channels), compared in working hours; null when none is known. */
export function strictestLimit(limits: readonly (LegalLimit | null | undefined)[]): LegalLimit | null {
  let best: LegalLimit | null = null;
  for (const l of limits) if (l && (best === null || legalLimitHours(l) < legalLimitHours(best))) best = l;
  return best;
}

/**
 * Working hours a step counts for. An inter-agency step lasts at least as long as its hand-off: agencies
 * working in parallel take as long as the slowest, in sequence or up a level one after another.
 */
export function stepHours(step: Pick<WorkflowStep, 'budget' | 'handOff'>): number {
  const own = budgetHours(step.budget);
  if (!step.handOff || step.handOff.units.length === 0) return own;
  const unitHours = step.handOff.units.map((u) => budgetHours(u.budget));
  const handOff = step.handOff.mode === 'parallel' ? Math.max(...unitHours) : unitHours.reduce((a, b) => a + b, 0);
  return Math.max(own, handOff);
}

const round = (n: number) => Math.round(n * 100) / 100;

/** "2,5 ngày làm việc" / "4 giờ làm việc", as a Vietnamese officer reads budgets. */
export function formatWorkingHours(hours: number): string {
  const num = (n: number) => String(round(n)).replace('.', ',');
  if (hours >= WORKING_HOURS_PER_DAY && hours % (WORKING_HOURS_PER_DAY / 2) === 0) return `${num(hours / WORKING_HOURS_PER_DAY)} ngày làm việc`;
  return `${num(hours)} giờ làm việc`;
}

const limitUnitLabels: Record<TimeLimitUnit, string> = { working_days: 'ngày làm việc', working_hours: 'giờ làm việc', days: 'ngày', months: 'tháng' };
export const formatLegalLimit = (l: LegalLimit) => `${String(l.value).replace('.', ',')} ${limitUnitLabels[l.unit]}`;

/** Approve, sign and issue the result happen in this order. */
const decisionRank: Partial<Record<WorkflowStepKind, number>> = { approve: 1, sign: 2, issue_result: 3 };
const label = (kind: WorkflowStepKind) => workflowStepKindLabels[kind].toLowerCase();

function checkOrder(steps: readonly WorkflowStep[], error: (p: string, m: string) => void, warn: (p: string, m: string) => void): void {
  const firstIndexOfKey = new Map<string, number>();
  steps.forEach((s, i) => {
    const at = `steps.${i}`;
    const seen = firstIndexOfKey.get(s.key);
    if (seen !== undefined) error(`${at}.key`, `Mã bước "${s.key}" trùng với bước ${seen + 1}`);
    else firstIndexOfKey.set(s.key, i);

    if (s.kind === 'receive' && i !== 0) error(`${at}.kind`, 'Bước tiếp nhận hồ sơ phải là bước đầu tiên');
    if (s.kind === 'return' && i !== steps.length - 1) error(`${at}.kind`, 'Bước trả kết quả phải là bước cuối cùng');

    const rank = decisionRank[s.kind];
    if (rank !== undefined) {
      const later = steps.slice(0, i).find((p) => (decisionRank[p.kind] ?? 0) > rank);
      if (later) error(`${at}.kind`, `Bước ${label(s.kind)} phải đứng trước bước ${label(later.kind)}`);
    }
    if ((s.kind === 'approve' || s.kind === 'sign') && s.actorRole !== 'leader') {
      warn(`${at}.actorRole`, `Bước ${label(s.kind)} thường do lãnh đạo thực hiện`);
    }
    if ((s.kind === 'receive' || s.kind === 'return') && s.actorRole !== 'desk_officer') {
      warn(`${at}.actorRole`, `Bước ${label(s.kind)} thường do cán bộ Bộ phận Một cửa thực hiện`);
    }

    if (s.sendBackTo !== null) {
      const target = steps.findIndex((p) => p.key === s.sendBackTo);
      if (target === -1) error(`${at}.sendBackTo`, `Không có bước "${s.sendBackTo}" để trả lại`);
      else if (target >= i) error(`${at}.sendBackTo`, 'Chỉ được trả hồ sơ về một bước đứng trước');
    }
  });
  if (steps.some((s) => s.kind === 'sign') && !steps.some((s) => s.kind === 'approve')) {
    warn('steps', 'Quy trình có bước ký nhưng chưa có bước phê duyệt');
  }
}

function checkHandOffs(steps: readonly WorkflowStep[], error: (p: string, m: string) => void): void {
  steps.forEach((s, i) => {
    if (!s.handOff) return;
    const at = `steps.${i}.handOff`;
    if (s.kind !== 'transfer' && s.kind !== 'consult') {
      error(at, 'Chỉ bước chuyển hồ sơ hoặc lấy ý kiến mới được chuyển cho cơ quan khác');
      return;
    }
    const seen = new Set<string>();
    s.handOff.units.forEach((u, j) => {
      if (u.unitId && seen.has(u.unitId)) error(`${at}.units.${j}.unitId`, 'Cơ quan này đã có trong danh sách');
      seen.add(u.unitId);
    });
    const leads = s.handOff.units.filter((u) => u.role === 'lead').length;
    if (s.handOff.mode === 'parallel' && leads !== 1) {
      error(`${at}.units`, leads === 0 ? 'Phối hợp song song cần một cơ quan chủ trì' : 'Phối hợp song song chỉ có một cơ quan chủ trì');
    }
    if (s.handOff.mode === 'escalation' && s.handOff.units.some((u) => u.role !== 'higher_level')) {
      error(`${at}.units`, 'Chuyển lên cấp trên: mọi cơ quan nhận phải là cơ quan cấp trên');
    }
  });
}

/** The first step at which the running total passes the limit carries the error: that is where an editor cuts. */
/** Where an over-long step's time comes from: its own budget, or the agency of its hand-off that makes it long. */
function budgetPath(step: WorkflowStep, i: number): string {
  const h = step.handOff;
  if (!h || h.units.length === 0 || stepHours(step) <= budgetHours(step.budget)) return `steps.${i}.budget.value`;
  const hours = h.units.map((u) => budgetHours(u.budget));
  const j = h.mode === 'parallel' ? hours.indexOf(Math.max(...hours)) : hours.length - 1;
  return `steps.${i}.handOff.units.${j}.budget.value`;
}

function checkBudget(steps: readonly WorkflowStep[], hours: number[], limit: LegalLimit | null, error: (p: string, m: string) => void, warn: (p: string, m: string) => void): number | null {
  if (!limit) {
    warn('legalLimit', 'Thủ tục chưa có thời hạn giải quyết: không kiểm tra được tổng thời gian các bước');
    return null;
  }
  const limitHours = legalLimitHours(limit);
  const total = hours.reduce((a, b) => a + b, 0);
  if (round(total) <= round(limitHours)) return limitHours;
  let running = 0;
  const at = hours.findIndex((h) => (running += h) > limitHours + 1e-9);
  error(
    budgetPath(steps[at]!, at),
    `Tổng thời gian các bước (${formatWorkingHours(total)}) vượt thời hạn giải quyết theo quy định (${formatLegalLimit(limit)}); đến bước ${at + 1} đã vượt`,
  );
  return limitHours;
}

export function checkWorkflow(steps: readonly WorkflowStep[], legalLimit: LegalLimit | null): WorkflowCheckResult {
  const errors: WorkflowProblem[] = [];
  const warnings: WorkflowProblem[] = [];
  const error = (path: string, message: string) => void errors.push({ path, message });
  const warn = (path: string, message: string) => void warnings.push({ path, message });
  if (steps.length === 0) error('steps', 'Quy trình phải có ít nhất một bước');
  checkOrder(steps, error, warn);
  checkHandOffs(steps, error);
  const hours = steps.map(stepHours);
  const limitHours = checkBudget(steps, hours, legalLimit, error, warn);
  return { ok: errors.length === 0, errors, warnings, stepHours: hours, totalHours: round(hours.reduce((a, b) => a + b, 0)), limitHours };
}
