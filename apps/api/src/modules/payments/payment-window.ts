import { addMinutes } from '../../platform/clock.ts';

/** How long the gateway may collect an order (vnp_ExpireDate). */
export const PAYMENT_WINDOW_MINUTES = 15;

/**
 * How long past its window an order still waits for the gateway's word before it is called expired: a gateway's
 * notification of a payment made at the last moment may arrive late (it retries until acknowledged).
 */
export const LATE_NOTIFICATION_GRACE_MINUTES = 15;

/** The instant after which the gateway refuses to collect the order. */
export const windowEndOf = (createdAt: string) => addMinutes(createdAt, PAYMENT_WINDOW_MINUTES);

/** The instant an order still pending is expired by its job. */
export const expiryDueAt = (createdAt: string) => addMinutes(createdAt, PAYMENT_WINDOW_MINUTES + LATE_NOTIFICATION_GRACE_MINUTES);
