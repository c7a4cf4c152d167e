// Front door of net: outgoing HTTP shared by the importers and sign-in.
export { retryingStaleConnections, isStaleConnectionError } from './stale-connection.js';
