import { eFormProblemMessage } from '@motcua/shared';
import {
  TranslatableString, englishStringTranslator, replaceStringParameters,
  type CustomValidator, type ErrorTransformer, type RJSFSchema, type UiSchema, type ValidationData, type ValidatorType,
} from '@rjsf/utils';
import processRawValidationErrors from '@rjsf/validator-ajv8/lib/processRawValidationErrors.js';
import type { ErrorObject } from 'ajv';
import { checkJsonSchema } from './json-schema-check';

/** ajv's error messages in Vietnamese, worded as the server words them (types and formats named in words). */
function localise(errors?: null | ErrorObject[]): void {
  for (const error of errors ?? []) error.message = eFormProblemMessage(error, { wordsForNames: true });
}

type FormData = Record<string, unknown>;

/** As on the server: a failed condition's `if` and each choice's `const` only repeat the error of the field itself. */
const echoes = (e: ErrorObject) => e.keyword === 'if' || (e.keyword === 'const' && /\/oneOf\/\d+\/const$/.test(e.schemaPath));

/**
 * rjsf's validator, checking the e-form's answers with the e-form's own JSON Schema (the server checks the same
 * schema again with ajv 2020-12). ajv itself cannot run here: it compiles schemas to code, which the application's
 * Content-Security-Policy forbids; `checkJsonSchema` interprets the schema and reports errors in ajv's shape, so
 * rjsf's own error processing (paths, titles) applies unchanged. Messages are Vietnamese.
 */
class EFormValidator implements ValidatorType<FormData, RJSFSchema> {
  rawValidation<Result = ErrorObject>(schema: RJSFSchema, formData?: FormData): { errors?: Result[]; validationError?: Error } {
    try {
      const errors = checkJsonSchema(schema as Record<string, unknown>, formData).filter((e) => !echoes(e));
      localise(errors);
      return { errors: errors.length > 0 ? (errors as Result[]) : undefined };
    } catch (error) {
      return { validationError: error instanceof Error ? error : new Error(String(error)) };
    }
  }

  validateFormData(formData: FormData | undefined, schema: RJSFSchema, customValidate?: CustomValidator<FormData, RJSFSchema>, transformErrors?: ErrorTransformer<FormData, RJSFSchema>, uiSchema?: UiSchema<FormData, RJSFSchema>): ValidationData<FormData> {
    return processRawValidationErrors(this, this.rawValidation<ErrorObject>(schema, formData), formData, schema, customValidate, transformErrors, uiSchema);
  }

  isValid(schema: RJSFSchema, formData: FormData | undefined, rootSchema: RJSFSchema): boolean {
    try {
      return checkJsonSchema(schema as Record<string, unknown>, formData, rootSchema as Record<string, unknown>).length === 0;
    } catch {
      return false;
    }
  }
}

export const eFormValidator = new EFormValidator();

const vietnameseStrings: Partial<Record<TranslatableString, string>> = {
  [TranslatableString.ArrayItemTitle]: 'Mục',
  [TranslatableString.MissingItems]: 'Thiếu định nghĩa các mục',
  [TranslatableString.EmptyArray]: 'Chưa có mục nào. Dùng nút bên dưới để thêm.',
  [TranslatableString.YesLabel]: 'Có',
  [TranslatableString.NoLabel]: 'Không',
  [TranslatableString.CloseLabel]: 'Đóng',
  [TranslatableString.ErrorsLabel]: 'Lỗi',
  [TranslatableString.AddButton]: 'Thêm',
  [TranslatableString.AddItemButton]: 'Thêm mục',
  [TranslatableString.CopyButton]: 'Sao chép',
  [TranslatableString.MoveDownButton]: 'Chuyển xuống',
  [TranslatableString.MoveUpButton]: 'Chuyển lên',
  [TranslatableString.RemoveButton]: 'Xóa',
  [TranslatableString.NowLabel]: 'Bây giờ',
  [TranslatableString.ClearLabel]: 'Xóa',
  [TranslatableString.AriaDateLabel]: 'Chọn ngày',
  [TranslatableString.DecrementAriaLabel]: 'Giảm 1',
  [TranslatableString.IncrementAriaLabel]: 'Tăng 1',
  [TranslatableString.OptionalObjectAdd]: 'Thêm thông tin cho trường không bắt buộc',
  [TranslatableString.OptionalObjectRemove]: 'Bỏ thông tin của trường không bắt buộc',
  [TranslatableString.OptionalObjectEmptyMsg]: 'Không có thông tin',
  [TranslatableString.ClearButton]: 'xóa nội dung',
  [TranslatableString.OptionPrefix]: 'Phương án %1',
};

/** rjsf's own words (buttons, array titles) in Vietnamese; anything not listed stays in English. */
export function translateEFormString(key: TranslatableString, params?: string[]): string {
  const text = vietnameseStrings[key];
  return text ? replaceStringParameters(text, params) : englishStringTranslator(key, params);
}

const asRecord = (value: unknown): Record<string, unknown> | null => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null);

/** A copy without `$id` (it would register the schema globally in ajv) and `$schema` (the dialect is fixed above). */
export function formSchemaOf(eForm: Record<string, unknown>): Record<string, unknown> {
  const copy = { ...eForm };
  delete copy.$id;
  delete copy.$schema;
  return copy;
}

/** Whether the e-form asks anything at all (an object schema with properties). */
export function hasEFormFields(eForm: Record<string, unknown> | null): eForm is Record<string, unknown> {
  return eForm !== null && Object.keys(asRecord(eForm.properties) ?? {}).length > 0;
}
