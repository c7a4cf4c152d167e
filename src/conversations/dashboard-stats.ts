// The numbers of the staff dashboard, straight from the stored conversations: conversations per
// day (Europe/Brussels), how replies went (answer / fallback / handoff / clarify), satisfaction,
// and the products answered most.
import type { Queryable } from '../storage/index.js';

export interface DashboardStats {
  /** One entry per day of the period, oldest first, days without conversations included. */
  perDay: Array<{ date: string; conversations: number }>;
  replies: { answer: number; fallback: number; handoff: number; clarify: number; total: number };
  feedback: { up: number; down: number };
  topProducts: Array<{ id: string; answers: number }>;
}

/** Statistics of `tenantId` for the `days` days up to and including `today` ("YYYY-MM-DD"). */
export async function dashboardStats(db: Queryable, tenantId: string, today: string, days = 30): Promise<DashboardStats> {
  const [perDay, replies, feedback, top] = await Promise.all([
    db.query<{ date: string; conversations: number }>(
      `select d::date::text as date, count(c.id)::int as conversations
       from generate_series($2::date - ($3::int - 1), $2::date, interval '1 day') as d
       left join conversations c on c.tenant_id = $1 and (c.created_at at time zone 'Europe/Brussels')::date = d::date
       group by d order by d`,
      [tenantId, today, days],
    ),
    db.query<{ type: string; n: number }>(
      `select m.reply->>'type' as type, count(*)::int as n from conversation_messages m
       where m.tenant_id = $1 and m.role = 'bot' and m.reply ? 'type'
         and (m.at at time zone 'Europe/Brussels')::date between $2::date - ($3::int - 1) and $2::date
       group by 1`,
      [tenantId, today, days],
    ),
    db.query<{ rating: string; n: number }>(
      `select rating, count(*)::int as n from feedback
       where tenant_id = $1 and (at at time zone 'Europe/Brussels')::date between $2::date - ($3::int - 1) and $2::date group by 1`,
      [tenantId, today, days],
    ),
    db.query<{ id: string; answers: number }>(
      `select m.reply->'sources'->>0 as id, count(*)::int as answers from conversation_messages m
       where m.tenant_id = $1 and m.role = 'bot' and m.reply->>'type' = 'answer' and m.reply->'sources'->>0 is not null
         and m.reply->'sources'->>0 not like '%:%'
         and (m.at at time zone 'Europe/Brussels')::date between $2::date - ($3::int - 1) and $2::date
       group by 1 order by 2 desc, 1 limit 10`,
      [tenantId, today, days],
    ),
  ]);
  const count = (type: string) => replies.find((r) => r.type === type)?.n ?? 0;
  const counts = { answer: count('answer'), fallback: count('fallback'), handoff: count('handoff'), clarify: count('clarify') };
  return {
    perDay,
    replies: { ...counts, total: counts.answer + counts.fallback + counts.handoff + counts.clarify },
    feedback: { up: feedback.find((f) => f.rating === 'up')?.n ?? 0, down: feedback.find((f) => f.rating === 'down')?.n ?? 0 },
    topProducts: top,
  };
}
