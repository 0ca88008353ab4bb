import type { Plugin } from 'vite';
import { compilePolicy } from '../compile/compile.ts';
import { formatReport } from '../report/format.ts';
import { siteConfig } from './config.ts';

/**
 * Live preview for editors (`npm run dev`): saving a file in policy/ recompiles it, prints the
 * problems in the terminal and reloads the open page, which shows the draft and its problems.
 */
export function policyWatch(): Plugin {
  return {
    name: 'policy-press:watch',
    apply: 'serve',
    configureServer(server) {
      const { policyDir } = siteConfig();
      server.watcher.add(policyDir);
      server.watcher.on('all', async (_event, file) => {
        if (!file.startsWith(policyDir)) return;
        const { files } = await compilePolicy({ policyDir });
        server.config.logger.info(`policy: ${file.slice(policyDir.length + 1)} changed\n${formatReport(files)}`);
        server.ws.send({ type: 'full-reload' });
      });
    },
  };
}
