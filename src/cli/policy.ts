#!/usr/bin/env node
// The `policy` command: ./run.ts for this process, with the thread pool `policy build` runs with (first).
import './threadpool.ts';
import { run } from './run.ts';

process.exitCode = await run(process.argv.slice(2));
