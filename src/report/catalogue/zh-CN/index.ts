// The zh-CN catalogue: exactly the keys and parameters of the English one (each area is typed
// against its English file; the whole against the English catalogue).
import type { en } from '../en/index.ts';
import type { Translation } from '../types.ts';
import { cli } from './cli.ts';
import { feed } from './feed.ts';
import { fileSystem } from './file-system.ts';
import { importing } from './import.ts';
import { init } from './init.ts';
import { usage } from './usage.ts';
import { load } from './load.ts';
import { release } from './release.ts';
import { review } from './review.ts';
import { sources } from './sources.ts';

export const zhCN: Translation<typeof en> = { ...cli, ...load, ...sources, ...release, ...review, ...feed, ...fileSystem, ...importing, ...init, ...usage };
