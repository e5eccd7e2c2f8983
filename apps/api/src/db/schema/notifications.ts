/** Row types of the notifications module's tables (see its migration). */
export interface NotificationTables {
  notification_deliveries: {
    id: string;
    dossier_id: string;
    /** The dossier action that caused it (dossier_actions.seq). */
    action_seq: number;
    channel: 'email' | 'sms' | 'zalo';
    template: string;
    status: 'sent' | 'logged' | 'failed' | 'skipped';
    attempts: number;
    provider_id: string | null;
    error: string | null;
    created_at: string;
    updated_at: string;
    sent_at: string | null;
  };
}
