// Test helper: the HTTP app over a fresh database with the demo imported, served in process.
import { createKnowledgeCache } from '../../assistant/index.js';
import { createConversationFeed } from '../../cluster/index.js';
import { loadConfig } from '../../config/index.js';
import { importContent } from '../../knowledge/index.js';
import { createLogger } from '../../logging/index.js';
import type { Db } from '../../storage/index.js';
import { openTestDb } from '../../storage/test-support/open-test-db.js';
import { DEMO } from '../../knowledge/test-support/scratch-pack.js';
import { createApp, type LoketApp } from '../index.js';

/** A demo app and its database; close the database after the tests. */
export async function openTestApp(options: { demo?: boolean; env?: NodeJS.ProcessEnv } = {}): Promise<{ app: LoketApp; db: Db }> {
  const db = await openTestDb();
  if (options.demo !== false) await importContent(db, DEMO);
  const app = createApp({ db, config: loadConfig(options.env ?? {}), logger: createLogger('silent'), knowledge: createKnowledgeCache(db), conversationFeed: createConversationFeed(db) });
  return { app, db };
}
