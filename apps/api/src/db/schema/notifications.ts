/** Row types of the notifications module's tables (see its migration). */
import type { NotificationChannelKind, NotificationDeliveryStatus } from '@motcua/shared';

export interface NotificationTables {
  notification_deliveries: {
    id: string;
    dossier_id: string;
    /** The dossier action that caused it (dossier_actions.seq). */
    action_seq: number;
    channel: NotificationChannelKind;
    template: string;
    status: NotificationDeliveryStatus;
    attempts: number;
    provider_id: string | null;
    error: string | null;
    created_at: string;
    updated_at: string;
    sent_at: string | null;
  };
}
