import path from 'node:path';
import type { Plugin } from 'vite';
import type { SiteOptions } from './state.ts';

/**
 * The live preview (`astro dev`, npm run dev): saving a file of the policy recompiles it, prints
 * its problems in the terminal and reloads the open page, which shows the draft and its problems.
 * It also serves the site's data files (src/publish/data-files.ts: each archived document, the
 * lists as JSON and CSV), which `policy build` writes beside the pages rather than through Astro.
 * The compiler is loaded only when a file is saved or asked for, not with astro.config.mjs.
 */
export function policyPreview(options: SiteOptions): Plugin {
  const { policyDir } = options;
  return {
    name: 'policy-press:preview',
    apply: 'serve',
    configureServer(server) {
      server.watcher.add(policyDir);
      server.watcher.on('all', async (_event, file) => {
        if (!file.startsWith(policyDir + path.sep)) return;
        const [{ compilePolicy }, { formatReport }] = await Promise.all([import('../compile/compile.ts'), import('../report/format.ts')]);
        const { files } = await compilePolicy({ policyDir });
        server.config.logger.info(`policy: ${path.relative(policyDir, file)} changed\n${formatReport(files)}`);
        server.ws.send({ type: 'full-reload' });
      });
      server.middlewares.use((request, response, next) => {
        const wanted = (request.url ?? '').split('?')[0]!.slice(1);
        if (!/\.(json|csv)$/.test(wanted) || !/^(versions|lists)\//.test(wanted)) return next();
        Promise.all([import('./data.ts'), import('../publish/data-files.ts')])
          .then(async ([{ siteData }, { dataFiles }]) => {
            const releases = await Promise.all([...(await siteData()).versions].reverse().map(async (v) => {
              const { document, bytes } = await v.archived();
              return { id: v.id, record: v.record, document, documentBytes: bytes };
            }));
            return dataFiles(releases).find((file) => file.path === wanted);
          })
          .then((file) => {
            if (!file) return next();
            response.setHeader('Content-Type', file.type);
            response.end(file.body);
          }, next);
      });
    },
  };
}
