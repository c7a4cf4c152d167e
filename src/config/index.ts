// Front door of the configuration module.
export { loadConfig, CONFIG_VARIABLES, type Config } from './load-config.js';
export { publicBaseUrl } from './public-base-url.js';
