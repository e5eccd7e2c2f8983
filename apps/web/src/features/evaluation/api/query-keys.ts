/** Every evaluation query lives under one key. */
export const evaluationQueryKey = ['evaluation'] as const;

export const portalRatingKey = (dossierId: string) => [...evaluationQueryKey, 'portal-rating', dossierId] as const;
