/** Row types of the payments module's tables (see its migration). */
import type { PaymentProviderCode, PaymentStatus } from '@motcua/shared';

export interface PaymentTables {
  payments: {
    id: string;
    dossier_id: string;
    amount: number;
    status: PaymentStatus;
    provider: PaymentProviderCode;
    txn_ref: string;
    order_info: string;
    provider_txn_id: string | null;
    provider_response_code: string | null;
    created_by: string;
    created_at: string;
    paid_at: string | null;
    finished_at: string | null;
    failure_reason: string | null;
    recorded_on_dossier_at: string | null;
    record_problem: string | null;
  };
  payment_notifications: {
    id: string;
    provider: PaymentProviderCode;
    payment_id: string | null;
    txn_ref: string | null;
    params_hash: string;
    signature_valid: number;
    outcome: string;
    response_code: string;
    received_at: string;
  };
}
