// Front door of the HTTP edge.
export { createApp, type LoketApp } from './create-app.js';
export type { AppDeps } from './app-deps.js';
