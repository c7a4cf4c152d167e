// `npm run bench`: builds, then prints every benchmark as ratios against a peer measured in the same run.
import { execSync } from 'node:child_process';
import { measureAssistantVsMiniSearch } from './assistant-vs-minisearch.js';
import { measureColdStart } from './cold-start.js';
import { measureHttpChat } from './http-chat.js';
import { measureImportSpeed } from './import-speed.js';
import { printFigures } from './measure.js';
import { measureWidgetSize } from './widget-size.js';

execSync('npm run build --silent', { stdio: 'inherit' });
console.log(`Loket benchmarks on Node ${process.version}, ${new Date().toISOString()}`);
printFigures('Assistant in process (dev questions, demo municipalities)', measureAssistantVsMiniSearch());
printFigures('Assistant over HTTP (loopback, autocannon)', await measureHttpChat());
printFigures('Import (demo pack: 51 concepts, 3 municipalities × 51 products, waste calendars)', await measureImportSpeed());
printFigures('Start', await measureColdStart());
printFigures('Widget (budget: 30 KB gzipped)', await measureWidgetSize());
