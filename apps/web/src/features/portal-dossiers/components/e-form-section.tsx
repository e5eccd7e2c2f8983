import { Form as EForm } from '@rjsf/antd';
import type CoreForm from '@rjsf/core';
import { ariaDescribedByIds, type ErrorSchema, type RJSFSchema, type TitleFieldProps, type UiSchema, type WidgetProps } from '@rjsf/utils';
import { Input } from 'antd';
import { eFormUiSchema } from '@motcua/shared';
import { useMemo, useState, type Ref } from 'react';
import { eFormValidator, formSchemaOf, translateEFormString } from '../lib/e-form';

const isoToVi = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** dd/MM/yyyy → YYYY-MM-DD when it is a real date; anything else is kept as typed (the schema's format check names it). */
function viToIso(text: string): string {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  if (!m) return text.trim();
  const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : text.trim();
}

/**
 * Dates typed as Vietnamese write them (dd/MM/yyyy), kept as the schema's `format: date` wants (YYYY-MM-DD). A text
 * field, like the profile's date of birth: quicker to type than a calendar, and readable by every screen reader.
 */
function VietnameseDateWidget({ id, value, disabled, readonly, required, onChange, onBlur, onFocus, placeholder }: WidgetProps) {
  const [text, setText] = useState(typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? isoToVi(value) : typeof value === 'string' ? value : '');
  return (
    <Input
      id={id}
      value={text}
      inputMode="numeric"
      autoComplete="off"
      placeholder={placeholder || 'dd/mm/yyyy'}
      disabled={disabled || readonly}
      onChange={(event) => {
        setText(event.target.value);
        onChange(event.target.value.trim() ? viToIso(event.target.value) : undefined);
      }}
      onBlur={() => onBlur(id, value)}
      onFocus={() => onFocus(id, value)}
      aria-describedby={ariaDescribedByIds(id)}
      aria-required={required || undefined}
    />
  );
}

/** Titles of the form and of its groups are headings under the section's h2, not labels pointing at nothing. */
function EFormTitle({ id, title, required }: TitleFieldProps) {
  if (!title) return null;
  return (
    <h3 id={id} className="apply-e-form-title">
      {title}
      {required ? <span className="apply-e-form-required" aria-hidden> *</span> : null}
    </h3>
  );
}

const widgets = { DateWidget: VietnameseDateWidget, date: VietnameseDateWidget };
const templates = { TitleFieldTemplate: EFormTitle };

interface EFormSectionProps {
  schema: Record<string, unknown>;
  formData: Record<string, unknown>;
  onChange: (data: Record<string, unknown>) => void;
  /** The server's errors for the e-form's fields. */
  extraErrors?: ErrorSchema | undefined;
  formRef?: Ref<CoreForm>;
  disabled?: boolean;
  /** Prefixes the fields' ids: two forms on one page need different ones. */
  idPrefix?: string;
}

/**
 * The variant's e-form, rendered from its JSON Schema with the Ant Design theme and checked with the same schema
 * and dialect as the server. It is not a form of its own: the page validates it with the rest before sending.
 */
export function EFormSection({ schema, formData, onChange, extraErrors, formRef, disabled, idPrefix = 'eform' }: EFormSectionProps) {
  const formSchema = useMemo(() => formSchemaOf(schema) as RJSFSchema, [schema]);
  // Order, text areas, radios and check boxes come from the schema's own annotations (x-order, x-widget).
  const uiSchema = useMemo(() => eFormUiSchema(schema) as UiSchema, [schema]);
  return (
    <EForm
      ref={formRef}
      tagName="div"
      className="apply-e-form"
      idPrefix={idPrefix}
      schema={formSchema}
      uiSchema={uiSchema}
      formData={formData}
      validator={eFormValidator}
      widgets={widgets}
      templates={templates}
      translateString={translateEFormString}
      showErrorList={false}
      noHtml5Validate
      focusOnFirstError={false}
      extraErrors={extraErrors}
      disabled={disabled}
      // A field hidden again by its condition takes its answer with it: only what is shown is sent and printed.
      omitExtraData
      liveOmit
      onChange={(event) => onChange((event.formData ?? {}) as Record<string, unknown>)}
    />
  );
}
