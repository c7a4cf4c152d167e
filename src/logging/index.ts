// Front door of logging.
export { createLogger, type Logger } from './create-logger.js';
