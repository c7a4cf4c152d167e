// Reviewing bot replies on both database adapters: which replies come up for review, which
// questions went unanswered, verdicts appended per reply, another municipality's never shown.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { importContent } from '../knowledge/index.js';
import { DEMO } from '../knowledge/test-support/scratch-pack.js';
import type { Db } from '../storage/index.js';
import { openTestDb, testBackends } from '../storage/test-support/open-test-db.js';
import { appendTurn, listFallbackQuestions, listReviewItems, markReplyWrong, newConversation, recordFeedback } from './index.js';

const at = (minute: number) => new Date(Date.UTC(2026, 11, 7, 9, minute));

for (const backend of testBackends()) {
  describe(`reviewing replies on ${backend}`, () => {
    let db: Db;
    let answered: string;
    let unanswered: string;
    before(async () => {
      db = await openTestDb(backend);
      await importContent(db, DEMO);
      answered = newConversation('leiebeke').id;
      // seq 1 question, 2 answer, 3 question, 4 answer
      await appendTurn(db, 'leiebeke', answered, { state: 'bot', context: {}, at: at(1) }, [
        { role: 'resident', text: 'wat kost een reispas' },
        { role: 'bot', text: 'Een reispas kost € 75.', reply: { type: 'answer' } },
      ]);
      await appendTurn(db, 'leiebeke', answered, { state: 'bot', context: {}, at: at(2) }, [
        { role: 'resident', text: 'en een identiteitskaart' },
        { role: 'bot', text: 'Een identiteitskaart kost € 24,50.', reply: { type: 'answer' } },
      ]);
      unanswered = newConversation('leiebeke').id;
      await appendTurn(db, 'leiebeke', unanswered, { state: 'bot', context: {}, at: at(3) }, [
        { role: 'resident', text: 'mag ik een kameel houden' },
        { role: 'bot', text: 'Dat weet ik niet.', reply: { type: 'fallback' } },
      ]);
      // Another municipality's fallback must never appear in Leiebeke's lists.
      await appendTurn(db, 'scheldegem', newConversation('scheldegem').id, { state: 'bot', context: {}, at: at(4) }, [
        { role: 'resident', text: 'mag ik een lama houden' },
        { role: 'bot', text: 'Dat weet ik niet.', reply: { type: 'fallback' } },
      ]);
    });
    after(async () => db.close());

    it('lists replies of a type with the question before each, only the tenant\'s own', async () => {
      const fallbacks = await listReviewItems(db, 'leiebeke', 'fallback');
      assert.deepEqual(fallbacks.map((item) => [item.question, item.reply, item.reviewed]), [['mag ik een kameel houden', 'Dat weet ik niet.', false]]);
      assert.deepEqual(await listFallbackQuestions(db, 'leiebeke'), [{ text: 'mag ik een kameel houden', at: '2026-12-07T09:03:00.000Z' }]);
      assert.deepEqual((await listFallbackQuestions(db, 'scheldegem')).map((q) => q.text), ['mag ik een lama houden']);
    });

    it('a thumbs down without a reply number counts against the last bot reply before it', async () => {
      await recordFeedback(db, 'leiebeke', answered, { messageSeq: null, rating: 'down', comment: null }, at(5));
      await recordFeedback(db, 'leiebeke', answered, { messageSeq: 2, rating: 'down', comment: 'te duur?' }, at(6));
      const negative = await listReviewItems(db, 'leiebeke', 'negative');
      assert.deepEqual(negative.map((item) => [item.seq, item.question, item.comment]), [
        [4, 'en een identiteitskaart', null],
        [2, 'wat kost een reispas', 'te duur?'],
      ]);
      assert.deepEqual(await listReviewItems(db, 'scheldegem', 'negative'), []);
    });

    it('a verdict is appended to its reply; the latest right product is shown', async () => {
      await markReplyWrong(db, 'leiebeke', { conversationId: answered, seq: 4, rightProduct: null, reviewer: 'account:a', at: at(7) });
      await markReplyWrong(db, 'leiebeke', { conversationId: answered, seq: 4, rightProduct: 'eid-aanvragen', reviewer: 'account:b', at: at(8) });
      const item = (await listReviewItems(db, 'leiebeke', 'negative')).find((i) => i.seq === 4);
      assert.equal(item?.reviewed, true);
      assert.equal(item?.rightProduct, 'eid-aanvragen');
      const [{ count }] = await db.query<{ count: number }>('select count(*)::int as count from reply_reviews where conversation_id = $1', [answered]) as [{ count: number }];
      assert.equal(count, 2, 'both verdicts kept');
    });

    it('refuses a verdict on a resident\'s message or on another municipality\'s reply', async () => {
      await assert.rejects(markReplyWrong(db, 'leiebeke', { conversationId: answered, seq: 3, rightProduct: null, reviewer: 'account:a', at: at(9) }), {
        code: 'unknown_conversation',
      });
      await assert.rejects(markReplyWrong(db, 'scheldegem', { conversationId: answered, seq: 4, rightProduct: null, reviewer: 'account:a', at: at(9) }), {
        code: 'unknown_conversation',
      });
    });
  });
}
