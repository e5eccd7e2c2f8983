/** Online payments: the portal's return page and the back office's reconciliation. */
export const paymentsQueryKey = ['payments'] as const;
