/** How long the gateway may collect an order (vnp_ExpireDate). */
export const PAYMENT_WINDOW_MS = 15 * 60_000;

/**
 * How long past its window an order still waits for the gateway's word before it is called expired: a gateway's
 * notification of a payment made at the last moment may arrive late (it retries until acknowledged).
 */
export const LATE_NOTIFICATION_GRACE_MS = 15 * 60_000;

const plus = (iso: string, ms: number) => new Date(Date.parse(iso) + ms).toISOString();

/** The instant after which the gateway refuses to collect the order. */
export const windowEndOf = (createdAt: string) => plus(createdAt, PAYMENT_WINDOW_MS);

/** The instant an order still pending is expired by its job. */
export const expiryDueAt = (createdAt: string) => plus(createdAt, PAYMENT_WINDOW_MS + LATE_NOTIFICATION_GRACE_MS);
