/**
 * Why a channel was skipped, as stored in `notification_deliveries.error` (officers read it as is) and recognised
 * again for the applicant's portal list. The stored texts must not change: rows already written carry them.
 */
import type { PortalNoticeSkipReason } from '@motcua/shared';

export const skipReasonTexts: Record<PortalNoticeSkipReason, string> = {
  no_email: 'Người nộp không có địa chỉ thư điện tử',
  no_phone: 'Người nộp không có số điện thoại',
  email_unverified: 'Địa chỉ thư điện tử của tài khoản chưa được xác minh',
  phone_unverified: 'Số điện thoại của tài khoản chưa được xác minh',
};

const byText = new Map(Object.entries(skipReasonTexts).map(([reason, text]) => [text, reason as PortalNoticeSkipReason]));

export const skipReasonOf = (error: string | null): PortalNoticeSkipReason | null => (error === null ? null : (byText.get(error) ?? null));
