// Front door of cluster: what lets several application nodes share one database — notifications
// between nodes (content versions, conversation changes), a per-node conversation feed, jobs that
// run on one node at a time, and rate-limit counters every node shares.
export { clusterChannel, listenCluster, notifyCluster, type ClusterTopic } from './cluster-channel.js';
export { listenContentChanges, notifyContentChange, type ContentChange } from './content-changes.js';
export {
  listenConversationChanges, notifyConversationChange, type ConversationChange, type ConversationChangeState,
} from './conversation-changes.js';
export { createConversationFeed, type ConversationFeed } from './conversation-feed.js';
export { runExclusively, type ExclusiveRun } from './run-exclusively.js';
export { countRateLimitHit, pruneRateLimitHits } from './rate-limit-store.js';
