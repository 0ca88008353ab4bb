// The language the CLI shows its messages in: `--lang zh-CN|en` on any command, else the first
// set of LC_ALL, LC_MESSAGES, LANG (a value starting with `zh` is zh-CN; anything else, `C`,
// `POSIX` or nothing is English). Only the CLI chooses: the library keeps every message's rule id
// and parameters, and `reason` in English.
import { locales, type Locale } from '../report/catalogue/index.ts';


export type { Locale };

/** The locale the environment asks for. */
export function localeOfEnv(env: NodeJS.ProcessEnv): Locale {
  const value = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '');
  return value !== undefined && /^zh/i.test(value) ? 'zh-CN' : 'en';
}

/**
 * Takes `--lang X` / `--lang=X` out of the arguments: the locale and the rest. A value that is
 * not a locale is a usage error (`en` for it, so the error itself can be shown).
 */
export function takeLocale(argv: readonly string[], env: NodeJS.ProcessEnv): { locale: Locale; argv: string[]; error?: string } {
  const rest: string[] = [];
  let chosen: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    if (arg === '--lang') chosen = argv[++i] ?? '';
    else if (arg.startsWith('--lang=')) chosen = arg.slice('--lang='.length);
    else rest.push(arg);
  }
  if (chosen === undefined) return { locale: localeOfEnv(env), argv: rest };
  const locale = locales.find((l) => l.toLowerCase() === chosen!.toLowerCase());
  return locale ? { locale, argv: rest } : { locale: localeOfEnv(env), argv: rest, error: chosen };
}


