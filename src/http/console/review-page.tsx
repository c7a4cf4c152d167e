// Conversation review: bot replies that were fallbacks, handoffs or got a thumbs down; staff mark a
// reply wrong and name the product that would have been right.
import type { ConsoleContext } from './console-context.js';
import { ConsoleLayout, CsrfField, FieldError } from './console-layout.js';
import type { ReviewItem, ReviewType } from '../../conversations/index.js';
import { Timestamp } from './timestamp.js';

const TYPE_LABELS: Record<ReviewType, string> = { fallback: 'Niet geweten', handoff: 'Doorverwezen', negative: 'Negatieve feedback' };

/** Renders the review list of `type`; `error` belongs to the form of `errorFor` ("conversation#seq"). */
export function ReviewPage(props: {
  ctx: ConsoleContext; type: ReviewType; items: ReviewItem[]; products: Array<{ id: string; title: string }>; error?: { for: string; message: string };
}) {
  const { ctx, type } = props;
  const titles = new Map(props.products.map((p) => [p.id, p.title]));
  return (
    <ConsoleLayout ctx={ctx} title="Gesprekken nakijken">
      <nav aria-label="Soort antwoord">
        <ul class="tabs">
          {(Object.keys(TYPE_LABELS) as ReviewType[]).map((t) => (
            <li>
              <a href={ctx.link('/console/review', { type: t })} aria-current={t === type ? 'page' : undefined}>
                {TYPE_LABELS[t]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <h2>{TYPE_LABELS[type]}</h2>
      {props.items.length === 0 ? <p>Geen antwoorden om na te kijken.</p> : null}
      <ol class="review-list">
        {props.items.map((item, index) => {
          const key = `${item.conversationId}#${item.seq}`;
          const error = props.error?.for === key ? props.error.message : undefined;
          return (
            <li>
              <p class="meta">
                <Timestamp at={item.at} /> ·{' '}
                <a href={ctx.link(`/console/conversations/${item.conversationId}`)}>Gesprek {item.conversationId.slice(0, 8)}</a>
              </p>
              <p>
                <strong>Vraag:</strong> <span class="message-text">{item.question ?? '—'}</span>
              </p>
              <p>
                <strong>Antwoord:</strong> <span class="message-text">{item.reply}</span>
              </p>
              {item.comment ? (
                <p>
                  <strong>Opmerking van de inwoner:</strong> <span class="message-text">{item.comment}</span>
                </p>
              ) : null}
              {item.reviewed ? (
                <p class="notice">
                  Gemarkeerd als fout{item.rightProduct ? `; juist product: ${titles.get(item.rightProduct) ?? item.rightProduct}` : '; geen passend product'}.
                </p>
              ) : null}
              <form method="post" action={ctx.link('/console/review/mark', { type })} class="actions">
                <CsrfField ctx={ctx} />
                <input type="hidden" name="conversation" value={item.conversationId} />
                <input type="hidden" name="seq" value={String(item.seq)} />
                <div>
                  <label for={`product-${index}`}>Juist product</label>
                  <select
                    id={`product-${index}`} name="product"
                    aria-invalid={error ? 'true' : undefined} aria-describedby={error ? `product-${index}-error` : undefined}
                  >
                    <option value="">Geen passend product (kennislacune)</option>
                    {props.products.map((product) => (
                      <option value={product.id} selected={product.id === item.rightProduct}>
                        {product.title}
                      </option>
                    ))}
                  </select>
                  <FieldError id={`product-${index}-error`} message={error} />
                </div>
                <button type="submit">Markeer als fout</button>
              </form>
            </li>
          );
        })}
      </ol>
    </ConsoleLayout>
  );
}
