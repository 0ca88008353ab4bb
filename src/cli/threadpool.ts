// Imported first by the `policy` command (./policy.ts), before anything uses libuv's thread pool,
// which reads its size once, when it starts: the size `policy build` runs with (src/publish/threadpool.ts).
import { buildThreadpoolSize } from '../publish/threadpool.ts';

process.env.UV_THREADPOOL_SIZE ??= String(buildThreadpoolSize());
