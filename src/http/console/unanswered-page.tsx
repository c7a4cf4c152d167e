// The unanswered-questions report: residents' questions that got a fallback, grouped by
// similarity, largest groups first — the knowledge gaps to fill.
import type { ConsoleContext } from './console-context.js';
import { ConsoleLayout } from './console-layout.js';
import { Timestamp } from './timestamp.js';
import type { QuestionGroup } from './group-questions.js';

const SHOWN_PER_GROUP = 5;

/** Renders `groups` with their counts. */
export function UnansweredPage(props: { ctx: ConsoleContext; groups: QuestionGroup[] }) {
  const total = props.groups.reduce((sum, g) => sum + g.questions.length, 0);
  return (
    <ConsoleLayout ctx={props.ctx} title="Onbeantwoorde vragen">
      <p class="hint">
        Vragen waarop de assistent geen antwoord wist, gegroepeerd volgens gelijkaardige woorden: {total} vragen in {props.groups.length} groepen.
      </p>
      <ol class="gap-list">
        {props.groups.map((group) => (
          <li>
            <h2>
              {group.questions[0]?.text ?? ''} <span class="count">({group.questions.length}×)</span>
            </h2>
            <p class="meta">
              Laatst gesteld: <Timestamp at={group.questions[0]?.at ?? ''} />
              {group.stems.length > 0 ? ` · kernwoorden: ${group.stems.join(', ')}` : ''}
            </p>
            {group.questions.length > 1 ? (
              <ul>
                {group.questions.slice(1, SHOWN_PER_GROUP + 1).map((q) => (
                  <li class="message-text">{q.text}</li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ol>
    </ConsoleLayout>
  );
}
