import { chmod, mkdir, realpath, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import path from 'node:path';
import { generateKeyPair } from '../../feed/keygen.ts';
import { parse, say } from '../args.ts';
import { isInside, realAncestor, repositoryOf } from '../../util/paths.ts';
import { serializeJson } from '../../util/json.ts';
import type { Io } from '../io.ts';
import { refusal } from '../../report/refusal.ts';

export const usage = say('en', 'cli-usage-keygen').message;

function defaultDir(env: NodeJS.ProcessEnv): string {
  return path.join(env.XDG_CONFIG_HOME || path.join(homedir(), '.config'), 'policy-press', 'keys');
}

export async function keygen(argv: string[], io: Io): Promise<number> {
  const { values } = parse(argv, { out: { type: 'string' }, force: { type: 'boolean', default: false } });
  const out = path.resolve(values.out ?? defaultDir(io.env));
  const repository = repositoryOf(io.cwd);
  if (repository && !values.force) {
    const [realOut, realRepo] = await Promise.all([realAncestor(out), realpath(repository)]);
    if (isInside(realOut, realRepo)) {
      throw refusal('key-inside-repository', { out, repository, defaultDir: defaultDir(io.env) });
    }
  }
  const { privatePem, published } = generateKeyPair();
  const privateFile = path.join(out, `policy-feed-${published.kid}.pem`);
  const publicFile = path.join(out, `policy-feed-${published.kid}.pub.json`);
  const entry = { kid: published.kid, alg: published.alg, publicKey: published.publicKey };
  await mkdir(out, { recursive: true, mode: 0o700 });
  await writeFile(privateFile, privatePem, { mode: 0o600, flag: 'wx' });
  await chmod(privateFile, 0o600);
  await writeFile(publicFile, serializeJson(entry), { flag: 'wx' });
  io.stdout.write(`${say(io.locale, 'cli-keygen-wrote', { privateFile, publicFile, kid: published.kid, publicKey: published.publicKey, entry: JSON.stringify(entry) }).message}\n`);
  return 0;
}
