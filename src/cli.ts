#!/usr/bin/env node
// Entry point of the `loket` command.
import { processIo, runCli } from './cli/index.js';

process.exitCode = await runCli(process.argv.slice(2), processIo);
