import type { z } from 'zod';
import type { TimeLimitUnit } from '../rules/calendar/deadline-types.ts';
import { TIME_LIMIT_MAX, TIME_LIMIT_MAX_ANY_UNIT } from './limits.ts';

const unitNames: Record<TimeLimitUnit, string> = { working_days: 'ngày làm việc', working_hours: 'giờ làm việc', days: 'ngày', months: 'tháng' };

/** A time limit's value within TIME_LIMIT_MAX for its unit; the issue points at `value`. */
export function refineTimeLimitMax(limit: { value: number; unit: TimeLimitUnit }, ctx: z.RefinementCtx): void {
  const max = TIME_LIMIT_MAX[limit.unit];
  // Above every unit's bound the schema's own maximum has said so already.
  if (max !== undefined && limit.value > max && limit.value <= TIME_LIMIT_MAX_ANY_UNIT) {
    ctx.addIssue({ code: 'custom', path: ['value'], message: `Thời hạn tối đa là ${max.toLocaleString('vi-VN')} ${unitNames[limit.unit]}` });
  }
}
