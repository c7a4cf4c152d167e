// The register entry's fields as an editable form (with the messages next to the fields) and as a read-only list.
import type { ConsoleContext } from './console-context.js';
import { CsrfField, FieldError } from './console-layout.js';
import {
  fieldId, fieldLabel, REGISTER_FORM_GROUPS, type RegisterFormErrors, type RegisterFormField, type RegisterFormValues,
} from './register-form.js';

const SCORES = ['1', '2', '3', '4', '5'].map((score) => [score, score] as const);

const text = (value: string | string[] | undefined) => (typeof value === 'string' ? value : '');

/** One field with its label, hint and error; the control points at both with aria-describedby. */
function Field(props: { field: RegisterFormField; value: string | string[] | undefined; error: string | undefined }) {
  const { field, error } = props;
  const id = fieldId(field.name);
  const described = [field.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const label = (
    <>
      {field.label}
      {field.required ? <span class="required"> (verplicht)</span> : null}
    </>
  );
  const hint = field.hint ? <p class="hint" id={`${id}-hint`}>{field.hint}</p> : null;
  if (field.kind === 'checkboxes') {
    const checked = new Set(Array.isArray(props.value) ? props.value : []);
    return (
      <fieldset class="field checkboxes" id={id} aria-describedby={described}>
        <legend>{label}</legend>
        {hint}
        <ul>
          {(field.options ?? []).map(([value, optionLabel]) => (
            <li>
              <input type="checkbox" id={`${id}-${value}`} name={field.name} value={value} checked={checked.has(value)} />
              <label for={`${id}-${value}`}>{optionLabel}</label>
            </li>
          ))}
        </ul>
        <FieldError id={`${id}-error`} message={error} />
      </fieldset>
    );
  }
  const common = {
    id, name: field.name,
    'aria-invalid': error ? 'true' : undefined,
    'aria-describedby': described,
    'aria-required': field.required ? 'true' : undefined,
  };
  const value = text(props.value);
  let control;
  if (field.kind === 'select' || field.kind === 'score') {
    const choices = field.kind === 'score' ? SCORES : (field.options ?? []);
    control = (
      <select {...common}>
        {field.blank !== undefined ? <option value="">{field.blank}</option> : null}
        {choices.map(([option, optionLabel]) => (
          <option value={option} selected={option === value}>
            {optionLabel}
          </option>
        ))}
      </select>
    );
  } else if (field.kind === 'text') {
    control = <input type="text" {...common} value={value} />;
  } else {
    control = <textarea {...common} rows={field.kind === 'lines' ? 4 : 5}>{value}</textarea>;
  }
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {hint}
      {control}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

/**
 * The entry form posting to `action`. `values` are what was stored or typed; `errors` come from the
 * register's validation. With errors, a summary at the top links to each field. `shownVersion` (an edit):
 * the entry's `updatedAt` (ISO) when the form was opened, posted back in the hidden field `updatedAt` so a
 * save is refused when someone else changed the entry since.
 */
export function RegisterEntryForm(props: {
  ctx: ConsoleContext; action: string; values: RegisterFormValues; errors?: RegisterFormErrors; submitLabel: string; shownVersion?: string | undefined;
}) {
  const errors = props.errors ?? { fields: {}, form: [] };
  const faults = Object.entries(errors.fields);
  const hasErrors = faults.length > 0 || errors.form.length > 0;
  return (
    <form method="post" action={props.action} class="entry-form" novalidate>
      <CsrfField ctx={props.ctx} />
      {props.shownVersion ? <input type="hidden" name="updatedAt" value={props.shownVersion} /> : null}
      {hasErrors ? (
        <div class="error-summary" role="alert">
          <h2>Niet opgeslagen: verbeter deze velden</h2>
          <ul>
            {faults.map(([name, message]) => (
              <li>
                <a href={`#${fieldId(name)}`}>{fieldLabel(name)}</a>: {message}
              </li>
            ))}
            {errors.form.map((message) => (
              <li>{message}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <p class="hint">
        Velden met (verplicht) moet u invullen. Een principe vult u volledig in (maatregelen, zelfscore en toelichting) of laat u leeg.
      </p>
      {REGISTER_FORM_GROUPS.map((group) => (
        <fieldset class="form-group" id={`group-${group.id}`}>
          <legend>{group.legend}</legend>
          {group.fields.map((field) => (
            <Field field={field} value={props.values[field.name]} error={errors.fields[field.name]} />
          ))}
        </fieldset>
      ))}
      <button type="submit">{props.submitLabel}</button>
    </form>
  );
}

function shown(field: RegisterFormField, value: string | string[] | undefined): string {
  const labelOf = (v: string) => field.options?.find(([option]) => option === v)?.[1] ?? v;
  if (Array.isArray(value)) return value.length === 0 ? '—' : value.map(labelOf).join(', ');
  if (value === undefined || value === '') return field.kind === 'score' ? 'Niet beoordeeld' : '—';
  return field.kind === 'select' ? labelOf(value) : value;
}

/** The entry's fields read-only, group by group (for who may not edit it, or while it cannot be edited). */
export function RegisterEntryDetails(props: { values: RegisterFormValues }) {
  return (
    <div class="entry-details">
      {REGISTER_FORM_GROUPS.map((group) => (
        <section aria-labelledby={`details-${group.id}`}>
          <h3 id={`details-${group.id}`}>{group.legend}</h3>
          <dl>
            {group.fields.map((field) => (
              <>
                <dt>{field.label}</dt>
                <dd>{shown(field, props.values[field.name])}</dd>
              </>
            ))}
          </dl>
        </section>
      ))}
    </div>
  );
}
