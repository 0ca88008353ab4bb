// Preloaded into every Node process the tests start (test/setup.ts sets NODE_OPTIONS); it acts only
// in the Astro build child (src/publish/astro-build.ts). A build whose output lies outside the
// project keeps Astro's prerender chunks in the project's own `.astro/.prerender/`, so two builds
// at once (two test workers) delete each other's chunks. The child holds a lock while it runs: one
// Astro build of this project at a time; a lock whose holder died is taken over.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

if (process.argv[1]?.endsWith(path.join('src', 'publish', 'astro-build.ts'))) {
  const lock = path.join(path.dirname(path.dirname(path.dirname(process.argv[1]))), '.astro', 'test-build.lock');
  mkdirSync(path.dirname(lock), { recursive: true });
  const alive = (pid: number) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch (cause) {
      return (cause as NodeJS.ErrnoException).code === 'EPERM';
    }
  };
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(path.join(lock, 'pid'), String(process.pid));
      break;
    } catch (cause) {
      if ((cause as NodeJS.ErrnoException).code !== 'EEXIST') throw cause;
      // No pid yet: its holder is between the two steps above.
      let holder = 0;
      try {
        holder = Number(readFileSync(path.join(lock, 'pid'), 'utf8'));
      } catch {}
      if (holder > 0 && !alive(holder)) rmSync(lock, { recursive: true, force: true });
      else Atomics.wait(pause, 0, 0, 100);
    }
  }
  process.on('exit', () => rmSync(lock, { recursive: true, force: true }));
}
