// Front door of the error catalogue.
export * from './app-error.js';
