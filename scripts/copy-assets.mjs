#!/usr/bin/env node
// After tsc: copies the data files that modules read at run time (src/**/data/*.gz) into dist/.
import { cpSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

function copyData(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) copyData(path);
    else if (entry.name.endsWith('.gz')) cpSync(path, join('dist', relative('src', path)));
  }
}
copyData('src');
