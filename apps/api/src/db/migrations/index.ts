import type { Migration } from 'kysely/migration';
import * as m20261123090000 from './20261123090000_create-platform-tables.ts';
import * as m20261123090100 from './20261123090100_create-identity-tables.ts';
import * as m20261123095000 from './20261123095000_create-calendar-tables.ts';
import * as m20261123100000 from './20261123100000_create-catalog-tables.ts';
import * as m20261123100100 from './20261123100100_create-catalog-revision.ts';
import * as m20261129090000 from './20261129090000_create-workflow-tables.ts';
import * as m20261129090100 from './20261129090100_create-dossier-tables.ts';
import * as m20261129091000 from './20261129091000_add-workflow-revision.ts';
import * as m20261129150050 from './20261129150050_add-dossier-online-columns.ts';
import * as m20261129150000 from './20261129150000_create-document-tables.ts';
import * as m20261129150100 from './20261129150100_create-applicant-tables.ts';
import * as m20261129150200 from './20261129150200_create-payment-tables.ts';
import * as m20261129150300 from './20261129150300_create-notification-tables.ts';
import * as m20261129150400 from './20261129150400_create-online-drafts.ts';
import * as m20261129150500 from './20261129150500_create-evaluation-tables.ts';
import * as m20261129150600 from './20261129150600_create-document-store-tables.ts';
import * as m20261204090000 from './20261204090000_drop-unused-applicants-table.ts';
import * as m20261204090100 from './20261204090100_add-payment-expired-status.ts';
import * as m20261204090200 from './20261204090200_add-notification-logged-status.ts';
import * as m20261204090300 from './20261204090300_add-dossier-source-content-hash.ts';
import * as m20261204090400 from './20261204090400_allow-reuse-without-requirement.ts';
import * as m20261204100000 from './20261204100000_create-contact-verification.ts';
import * as m20261204110000 from './20261204110000_add-dossier-desk-queue-index.ts';
import * as m20261207090000 from './20261207090000_make-default-working-day-eight-hours.ts';
import * as m20261207150000 from './20261207150000_add-document-requirement-kinds.ts';
import * as m20261207150100 from './20261207150100_create-national-updates.ts';
import * as m20261207150200 from './20261207150200_add-default-workflow-templates.ts';
import * as m20261207170000 from './20261207170000_create-login-throttles.ts';
import * as m20261207171000 from './20261207171000_add-stored-files-uploader-index.ts';
import * as m20261207172000 from './20261207172000_bind-idempotency-keys-to-transactions.ts';
import * as m20261207173000 from './20261207173000_add-audit-entry-key-id.ts';
import * as m20261207174000 from './20261207174000_add-applicant-confirmed-at.ts';
import * as m20261207190000 from './20261207190000_document-every-table-and-column.ts';

/** Listed explicitly so the same set runs from source (tsx), tests and any bundle. */
export const migrations: Record<string, Migration> = {
  '20261123090000_create-platform-tables': m20261123090000,
  '20261123090100_create-identity-tables': m20261123090100,
  '20261123095000_create-calendar-tables': m20261123095000,
  '20261123100000_create-catalog-tables': m20261123100000,
  '20261123100100_create-catalog-revision': m20261123100100,
  '20261129090000_create-workflow-tables': m20261129090000,
  '20261129090100_create-dossier-tables': m20261129090100,
  '20261129091000_add-workflow-revision': m20261129091000,
  '20261129150050_add-dossier-online-columns': m20261129150050,
  '20261129150000_create-document-tables': m20261129150000,
  '20261129150100_create-applicant-tables': m20261129150100,
  '20261129150200_create-payment-tables': m20261129150200,
  '20261129150300_create-notification-tables': m20261129150300,
  '20261129150400_create-online-drafts': m20261129150400,
  '20261129150500_create-evaluation-tables': m20261129150500,
  '20261129150600_create-document-store-tables': m20261129150600,
  '20261204090000_drop-unused-applicants-table': m20261204090000,
  '20261204090100_add-payment-expired-status': m20261204090100,
  '20261204090200_add-notification-logged-status': m20261204090200,
  '20261204090300_add-dossier-source-content-hash': m20261204090300,
  '20261204090400_allow-reuse-without-requirement': m20261204090400,
  '20261204100000_create-contact-verification': m20261204100000,
  '20261204110000_add-dossier-desk-queue-index': m20261204110000,
  '20261207090000_make-default-working-day-eight-hours': m20261207090000,
  '20261207150000_add-document-requirement-kinds': m20261207150000,
  '20261207150100_create-national-updates': m20261207150100,
  '20261207150200_add-default-workflow-templates': m20261207150200,
  '20261207170000_create-login-throttles': m20261207170000,
  '20261207171000_add-stored-files-uploader-index': m20261207171000,
  '20261207172000_bind-idempotency-keys-to-transactions': m20261207172000,
  '20261207173000_add-audit-entry-key-id': m20261207173000,
  '20261207174000_add-applicant-confirmed-at': m20261207174000,
  '20261207190000_document-every-table-and-column': m20261207190000,
};
