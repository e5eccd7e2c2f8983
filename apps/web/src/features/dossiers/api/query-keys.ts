/** Every dossier query lives under one key, so an action refreshes queues, registers and pages together. */
export const dossiersQueryKey = ['dossiers'] as const;

export const dossierKey = (id: string) => [...dossiersQueryKey, 'detail', id] as const;

/** The official papers of a dossier (kept forms, electronic results): under the dossier keys, so every action refreshes them. */
export const papersKey = (id: string) => [...dossiersQueryKey, 'papers', id] as const;

/** What the applicant was told about the dossier (one row per action and channel): under the dossier keys too. */
export const notificationsKey = (id: string) => [...dossiersQueryKey, 'notifications', id] as const;
