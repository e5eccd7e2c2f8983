// Temporary: modules/dossiers/dossiers.test-support.ts still imports the seed from its old place (issue 14).
// Delete this folder once it imports from src/seed/.
export * from '../../seed/default-workflow-seed.ts';
