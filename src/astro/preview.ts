import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from 'vite';
import { compilePolicy } from '../compile/compile.ts';
import { formatReport } from '../report/format.ts';
import { parseReleaseId } from '../release/release-id.ts';
import type { SiteOptions } from './data.ts';

const documentPath = /^\/versions\/([^/]+)\/policy\.json$/;

/**
 * The live preview (`astro dev`, npm run dev): saving a file of the policy recompiles it, prints
 * its problems in the terminal and reloads the open page, which shows the draft and its problems.
 * It also serves each archived `versions/<id>/policy.json`, which `policy build` copies byte for
 * byte rather than rendering (the compare page fetches them).
 */
export function policyPreview(options: SiteOptions): Plugin {
  const { policyDir, versionsDir } = options;
  return {
    name: 'policy-press:preview',
    apply: 'serve',
    configureServer(server) {
      server.watcher.add(policyDir);
      server.watcher.on('all', async (_event, file) => {
        if (!file.startsWith(policyDir + path.sep)) return;
        const { files } = await compilePolicy({ policyDir });
        server.config.logger.info(`policy: ${path.relative(policyDir, file)} changed\n${formatReport(files)}`);
        server.ws.send({ type: 'full-reload' });
      });
      server.middlewares.use((request, response, next) => {
        const id = documentPath.exec(request.url?.split('?')[0] ?? '')?.[1];
        if (id === undefined || !parseReleaseId(id)) return next();
        readFile(path.join(versionsDir, id, 'policy.json')).then(
          (bytes) => {
            response.setHeader('Content-Type', 'application/json; charset=utf-8');
            response.end(bytes);
          },
          () => next(),
        );
      });
    },
  };
}
