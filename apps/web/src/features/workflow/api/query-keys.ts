/** Every workflow query lives under one key, so a change refreshes the list and the page together. */
export const workflowRootKey = ['workflows'] as const;
export const workflowKey = (id: string) => [...workflowRootKey, 'detail', id] as const;
