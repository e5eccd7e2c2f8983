/** Public (no login) look-ups of the portal. */
export const publicLookupQueryKey = ['public-lookup'] as const;
