import { accessibleColors } from '@/config/theme';
import type { Timeliness } from './types';

/** Late and overdue are red, early and on time green; an open dossier close to its due date is orange. */
export function timelinessColor(value: Timeliness): string {
  if (value === 'late' || value === 'overdue') return accessibleColors.error;
  if (value === 'early' || value === 'on_time') return accessibleColors.success;
  return accessibleColors.info;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Open, not yet overdue, and due within a day: the officer should act today. */
export function isDueSoon(dueAt: string | null, standing: Timeliness, now = Date.now()): boolean {
  if (!dueAt || standing !== 'within_limit') return false;
  const left = Date.parse(dueAt) - now;
  return left >= 0 && left <= DAY_MS;
}

export function dueColor(dueAt: string | null, standing: Timeliness, now = Date.now()): string | undefined {
  if (standing === 'overdue' || standing === 'late') return accessibleColors.error;
  if (isDueSoon(dueAt, standing, now)) return accessibleColors.warning;
  return undefined;
}
