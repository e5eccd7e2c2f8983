import { Form as EForm } from '@rjsf/antd';
import type CoreForm from '@rjsf/core';
import { ariaDescribedByIds, type ErrorSchema, type RJSFSchema, type UiSchema, type WidgetProps } from '@rjsf/utils';
import { DatePicker } from 'antd';
import dayjs from 'dayjs';
import type { Ref } from 'react';
import { eFormValidator, formSchemaOf, translateEFormString } from '../lib/e-form';

/** Dates as Vietnamese write them (dd/MM/yyyy), stored as the schema's `format: date` wants (YYYY-MM-DD). */
function VietnameseDateWidget({ id, value, disabled, readonly, required, onChange, onBlur, onFocus, placeholder }: WidgetProps) {
  return (
    <DatePicker
      id={id}
      format="DD/MM/YYYY"
      placeholder={placeholder || 'dd/mm/yyyy'}
      value={typeof value === 'string' && value ? dayjs(value, 'YYYY-MM-DD') : null}
      disabled={disabled || readonly}
      onChange={(next) => onChange(next ? next.format('YYYY-MM-DD') : undefined)}
      onBlur={() => onBlur(id, value)}
      onFocus={() => onFocus(id, value)}
      getPopupContainer={(node) => node.parentElement ?? document.body}
      aria-describedby={ariaDescribedByIds(id)}
      aria-required={required || undefined}
      style={{ width: '100%' }}
    />
  );
}

const widgets = { DateWidget: VietnameseDateWidget, date: VietnameseDateWidget };
const uiSchema: UiSchema = { 'ui:submitButtonOptions': { norender: true } };

interface EFormSectionProps {
  schema: Record<string, unknown>;
  formData: Record<string, unknown>;
  onChange: (data: Record<string, unknown>) => void;
  /** The server's errors for the e-form's fields. */
  extraErrors?: ErrorSchema | undefined;
  formRef: Ref<CoreForm>;
  disabled?: boolean;
}

/**
 * The variant's e-form, rendered from its JSON Schema with the Ant Design theme and checked with the same schema
 * and dialect as the server. It is not a form of its own: the page validates it with the rest before sending.
 */
export function EFormSection({ schema, formData, onChange, extraErrors, formRef, disabled }: EFormSectionProps) {
  return (
    <EForm
      ref={formRef}
      tagName="div"
      className="apply-e-form"
      idPrefix="eform"
      schema={formSchemaOf(schema) as RJSFSchema}
      uiSchema={uiSchema}
      formData={formData}
      validator={eFormValidator}
      widgets={widgets}
      translateString={translateEFormString}
      showErrorList={false}
      noHtml5Validate
      focusOnFirstError
      extraErrors={extraErrors}
      disabled={disabled}
      onChange={(event) => onChange((event.formData ?? {}) as Record<string, unknown>)}
    />
  );
}
