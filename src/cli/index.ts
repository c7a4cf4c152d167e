// Front door of the CLI.
export { runCli, MAIN_HELP } from './run-cli.js';
export { processIo, type CliIo } from './cli-io.js';
export { startServer, type RunningServer } from './start-server.js';
export { DEMO_PACK_PATH } from './demo-pack.js';
