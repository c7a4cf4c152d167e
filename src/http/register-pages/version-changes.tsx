// What one public version changed: per field, the value before and after, folded away until asked for.
import type { FieldChange } from '../../register/index.js';

/** A list of changed fields with their old and new values; nothing when nothing changed. */
export function VersionChanges(props: { changes: FieldChange[]; label: (field: string) => string }) {
  if (props.changes.length === 0) return null;
  return (
    <details>
      <summary>{`Gewijzigd: ${props.changes.map((c) => props.label(c.field)).join(', ')}`}</summary>
      <dl class="fields">
        {props.changes.map((change) => (
          <>
            <dt>{props.label(change.field)}</dt>
            <dd>
              <span>Was: {show(change.before)}</span>
              <br />
              <span>Nu: {show(change.after)}</span>
            </dd>
          </>
        ))}
      </dl>
    </details>
  );
}

/** A field's value as readable text: plain text as is, structured values as indented JSON. */
function show(value: unknown): string {
  if (value === undefined || value === null || value === '') return '(leeg)';
  return typeof value === 'string' ? value : JSON.stringify(value, null, 1);
}
