// Front door of the IPDC importer: the Flemish product catalogue (IPDC concepts, LPDC instances) as plain data.
export type { IpdcProduct, IpdcReadResult, LangText } from './ipdc-product.js';
export { MAX_IPDC_FILE_BYTES, readIpdcFile } from './read-ipdc-file.js';
export { readLdesFeed, type LdesPage, type LdesState } from './ldes-reader.js';
