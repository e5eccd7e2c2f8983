import type { NotificationDeliveryStatus } from '@motcua/shared';
import { accessibleColors } from '@/config/theme';

/** The colour of a notice's delivery status, the same for officers and applicants: only `sent` reached anybody. */
export const deliveryStatusColors: Record<NotificationDeliveryStatus, string> = {
  sent: accessibleColors.success,
  logged: accessibleColors.warning,
  failed: accessibleColors.error,
  skipped: accessibleColors.neutral,
};
