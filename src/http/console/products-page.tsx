// The municipality's products (local instances of the regional concepts) and the form that edits
// one's local fields.
import type { Instance } from '../../knowledge/index.js';
import type { ConsoleContext } from './console-context.js';
import { ConsoleLayout, CsrfField, FieldError } from './console-layout.js';
import { PRODUCT_LIMITS, type ProductFormErrors } from './product-form.js';

/** The list of products with their cost and whether they are offered. */
export function ProductsPage(props: { ctx: ConsoleContext; products: Array<Instance & { title: string }> }) {
  return (
    <ConsoleLayout ctx={props.ctx} title="Producten">
      <table>
        <caption class="visually-hidden">Producten van {props.ctx.tenant.name}</caption>
        <thead>
          <tr>
            <th scope="col">Product</th>
            <th scope="col">Aangeboden</th>
            <th scope="col">Kostprijs</th>
          </tr>
        </thead>
        <tbody>
          {props.products.map((product) => (
            <tr>
              <th scope="row">
                <a href={props.ctx.link(`/console/products/${product.conceptId}`)}>{product.title}</a>
              </th>
              <td>{product.offered ? 'Ja' : 'Nee'}</td>
              <td>{product.cost ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ConsoleLayout>
  );
}

function TextField(props: { name: 'cost' | 'localText' | 'note'; label: string; value: string | null; error: string | undefined; multiline?: boolean }) {
  const common = {
    id: `field-${props.name}`, name: props.name, maxlength: PRODUCT_LIMITS[props.name],
    'aria-invalid': props.error ? 'true' : undefined, 'aria-describedby': props.error ? `${props.name}-error` : undefined,
  };
  return (
    <div class="field">
      <label for={`field-${props.name}`}>{props.label}</label>
      {props.multiline ? <textarea {...common}>{props.value ?? ''}</textarea> : <input type="text" {...common} value={props.value ?? ''} />}
      <FieldError id={`${props.name}-error`} message={props.error} />
    </div>
  );
}

/** The edit form of one product; `values` are what was stored or posted, `version` set after a save. */
export function ProductPage(props: {
  ctx: ConsoleContext; title: string; conceptId: string; values: { cost: string | null; localText: string | null; note: string | null; offered: boolean | null };
  canEdit: boolean; errors?: ProductFormErrors; savedVersion?: string | undefined;
}) {
  const { ctx, values } = props;
  const errors = props.errors ?? {};
  return (
    <ConsoleLayout ctx={ctx} title={props.title}>
      {props.savedVersion ? (
        <p class="notice" role="status">
          Opgeslagen als inhoudsversie {props.savedVersion}. De assistent gebruikt het meteen.
        </p>
      ) : null}
      {Object.keys(errors).length > 0 ? (
        <p class="form-error" role="alert">
          Niet opgeslagen: verbeter de velden met een foutmelding.
        </p>
      ) : null}
      {props.canEdit ? (
        <form method="post" action={ctx.link(`/console/products/${props.conceptId}`)} novalidate>
          <CsrfField ctx={ctx} />
          <fieldset aria-describedby={errors.offered ? 'offered-error' : undefined}>
            <legend>Biedt de gemeente dit product aan?</legend>
            <input type="radio" id="offered-yes" name="offered" value="true" checked={values.offered === true} />
            <label for="offered-yes">Ja</label>
            <input type="radio" id="offered-no" name="offered" value="false" checked={values.offered === false} />
            <label for="offered-no">Nee</label>
            <FieldError id="offered-error" message={errors.offered} />
          </fieldset>
          <TextField name="cost" label="Kostprijs" value={values.cost} error={errors.cost} />
          <TextField name="localText" label="Lokale tekst" value={values.localText} error={errors.localText} multiline />
          <TextField name="note" label="Opmerking" value={values.note} error={errors.note} multiline />
          <button type="submit">Opslaan</button>
        </form>
      ) : (
        <dl>
          <dt>Aangeboden</dt>
          <dd>{values.offered ? 'Ja' : 'Nee'}</dd>
          <dt>Kostprijs</dt>
          <dd>{values.cost ?? '—'}</dd>
          <dt>Lokale tekst</dt>
          <dd class="message-text">{values.localText ?? '—'}</dd>
          <dt>Opmerking</dt>
          <dd class="message-text">{values.note ?? '—'}</dd>
        </dl>
      )}
      <p>
        <a href={ctx.link('/console/products')}>Terug naar de producten</a>
      </p>
    </ConsoleLayout>
  );
}
