/** Everything of this feature is cached under one root, so a new identity drops it all (see portal-account). */
export const portalDossiersKey = ['portal-dossiers'] as const;
export const draftsKey = [...portalDossiersKey, 'drafts'] as const;
export const draftKey = (id: string) => [...draftsKey, id] as const;
export const myDossiersKey = [...portalDossiersKey, 'dossiers'] as const;
export const myDossierKey = (id: string) => [...myDossiersKey, 'detail', id] as const;
export const papersKey = (id: string) => [...myDossiersKey, 'papers', id] as const;
export const noticesKey = (id: string) => [...myDossiersKey, 'notices', id] as const;
