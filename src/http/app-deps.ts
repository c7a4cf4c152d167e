// What the HTTP app needs from the process: the database, the configuration, a logger.
import type { KnowledgeCache } from '../assistant/index.js';
import type { Config } from '../config/index.js';
import type { Logger } from '../logging/index.js';
import type { Db } from '../storage/index.js';

export interface AppDeps {
  db: Db;
  config: Config;
  logger: Logger;
  knowledge: KnowledgeCache;
}
