// The English catalogue: the reference key set (src/report/catalogue/index.ts).
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

export const en = { ...cli, ...load, ...sources, ...release, ...review, ...feed, ...fileSystem, ...importing, ...init, ...usage };
