#!/usr/bin/env node
// The installed `policy` command (package.json `bin`, compiled to lib/cli.js): Node's compile cache
// first, so a second run reuses the compiled code of the first, then the command itself.
import module from 'node:module';

module.enableCompileCache?.();
await import('./policy.ts');
