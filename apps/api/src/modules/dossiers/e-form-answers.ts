/** The applicant's e-form answers of a dossier, labelled from the form it was registered under, for its pages. */
import { describeEFormAnswers, type EFormAnswer } from '@motcua/shared';
import type { Executor } from './dossiers.queries.ts';
import { findEFormAnswers } from './action-log.queries.ts';

/** Null when the dossier has none (received at a desk, or an online variant without an e-form). */
export async function eFormAnswersOf(ex: Executor, dossierId: string): Promise<EFormAnswer[] | null> {
  const found = await findEFormAnswers(ex, dossierId);
  if (!found) return null;
  const { formData } = JSON.parse(found.data) as { formData?: unknown };
  const entries = describeEFormAnswers(found.e_form ? JSON.parse(found.e_form) : null, formData);
  return entries.length > 0 ? entries : null;
}

/**
 * What the applicant declared on the e-form of an online dossier, for its printed declaration: the form's title and
 * the labelled answers. Null when the dossier was not registered online with an e-form.
 */
export async function dossierDeclaration(ex: Executor, dossierId: string): Promise<{ formTitle: string | null; answers: EFormAnswer[] } | null> {
  const found = await findEFormAnswers(ex, dossierId);
  if (!found) return null;
  const schema = found.e_form ? (JSON.parse(found.e_form) as Record<string, unknown>) : null;
  const { formData } = JSON.parse(found.data) as { formData?: unknown };
  if (!schema && (formData === undefined || formData === null)) return null;
  return { formTitle: typeof schema?.title === 'string' && schema.title.trim() ? schema.title : null, answers: describeEFormAnswers(schema, formData) };
}

/**
 * The answers as seen by an officer who does not act on the dossier: every run of nine or more digits (citizen ID,
 * tax code, phone, account numbers) keeps only its ends, as the applicant's identifier does.
 */
export function maskEFormAnswers(entries: EFormAnswer[], mask: (digits: string) => string): EFormAnswer[] {
  return entries.map((e) => ({
    ...e,
    value: e.value === null ? null : e.value.replace(/\d{9,}/g, mask),
    ...(e.children ? { children: maskEFormAnswers(e.children, mask) } : {}),
  }));
}
