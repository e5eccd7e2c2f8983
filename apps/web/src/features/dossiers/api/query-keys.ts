/** Every dossier query lives under one key, so an action refreshes queues, registers and pages together. */
export const dossiersQueryKey = ['dossiers'] as const;

export const dossierKey = (id: string) => [...dossiersQueryKey, 'detail', id] as const;
