#!/usr/bin/env node
// The `policy` command: ./run.ts for this process.
import { run } from './run.ts';

process.exitCode = await run(process.argv.slice(2));
