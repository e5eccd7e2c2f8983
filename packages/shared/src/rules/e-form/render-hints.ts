/**
 * How a stored e-form is laid out when rendered with react-jsonschema-form: the rjsf `uiSchema` read from the
 * schema's own annotations, so the schema stays the only thing stored. `x-order` → `ui:order`, `x-widget: textarea`
 * → a text area, yes/no → two radio buttons, a multiple choice → check boxes. Plain data: no rjsf types here.
 */
type Schema = Record<string, unknown>;
const isObject = (value: unknown): value is Schema => value !== null && typeof value === 'object' && !Array.isArray(value);

function propertiesOf(schema: Schema): [string, Schema][] {
  const own = isObject(schema.properties) ? Object.entries(schema.properties) : [];
  const branches = (Array.isArray(schema.allOf) ? schema.allOf : []).flatMap((entry) =>
    isObject(entry) ? [entry.then, entry.else].filter(isObject).flatMap((b) => (isObject(b.properties) ? Object.entries(b.properties) : [])) : [],
  );
  return [...own, ...branches].filter((pair): pair is [string, Schema] => isObject(pair[1]));
}

function hintsOf(schema: Schema, depth: number): Schema {
  const ui: Schema = {};
  if (schema.type === 'boolean') ui['ui:widget'] = 'radio';
  if (schema['x-widget'] === 'textarea') Object.assign(ui, { 'ui:widget': 'textarea', 'ui:options': { rows: 3 } });
  if (schema.type === 'array' && isObject(schema.items) && Array.isArray(schema.items.oneOf)) ui['ui:widget'] = 'checkboxes';
  if (schema.type !== 'object' || depth > 8) return ui;
  if (Array.isArray(schema['x-order'])) ui['ui:order'] = [...(schema['x-order'] as unknown[]).filter((k) => typeof k === 'string'), '*'];
  for (const [key, sub] of propertiesOf(schema)) {
    const hints = hintsOf(sub, depth + 1);
    if (Object.keys(hints).length > 0) ui[key] = { ...(isObject(ui[key]) ? ui[key] : {}), ...hints };
  }
  return ui;
}

/** The rjsf uiSchema for an e-form (without the submit button, which the pages never show). */
export function eFormUiSchema(schema: Record<string, unknown>): Record<string, unknown> {
  return { ...hintsOf(schema, 0), 'ui:submitButtonOptions': { norender: true } };
}
