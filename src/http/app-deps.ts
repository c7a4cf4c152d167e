// What the HTTP app needs from the process: the database, the configuration, a logger, the
// knowledge cache and the node's conversation feed (the live inbox).
import type { KnowledgeCache } from '../assistant/index.js';
import type { ConversationFeed } from '../cluster/index.js';
import type { Config } from '../config/index.js';
import type { Logger } from '../logging/index.js';
import type { Db } from '../storage/index.js';

export interface AppDeps {
  db: Db;
  config: Config;
  logger: Logger;
  knowledge: KnowledgeCache;
  /** Conversation changes from every node, for the live inbox streams; the server closes it to stop. */
  conversationFeed: ConversationFeed;
}
