/** Invalidate `documentStoreKeys.all` after an upload or a submission: the store and its reuse counts change. */
export const documentStoreKeys = {
  all: ['document-store'] as const,
  list: () => [...documentStoreKeys.all, 'list'] as const,
};
