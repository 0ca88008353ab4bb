import type { Root, RootContent } from 'mdast';
import type { Node, Position } from 'unist';
import type { VFile } from 'vfile';
import { walk } from '../util/walk.ts';
import { error } from '../report/messages.ts';
import type { ParamsOf } from '../report/catalogue/index.ts';
import { resolvedOf } from '../resolve/usage.ts';

export interface SafetyOptions {
  /** Maps a node's position in the text checked to a place in the file (a definition's text inside its YAML). */
  place?: (node: Node) => Position | undefined;
}

/**
 * The one Markdown safety check, as a remark plugin run on every Markdown of the policy, whether
 * or not its YAML is valid: raw HTML (reported and dropped), images, and links that go anywhere
 * but `https:`, `mailto:` or a heading of the policy. Allowed link schemes are written in lower
 * case; fragment links are kept on the file (`resolved.fragmentLinks`) for the check once every
 * heading is known (validate/presentation.ts).
 */
export function remarkSafety(options: SafetyOptions = {}) {
  const place = options.place ?? ((node: Node) => node.position);
  return (tree: Root, file: VFile): void => {
    walk<Root | RootContent>(tree, (node, index, parent) => {
      if (node.type === 'html') {
        const reason = rawHtmlReason(node.value);
        if (reason) error(file, place(node), 'raw-html', reason);
        if (parent && index !== undefined) {
          parent.children.splice(index, 1);
          return index;
        }
      } else if (node.type === 'image' || node.type === 'imageReference') {
        error(file, place(node), 'image', { url: node.type === 'image' ? node.url : undefined });
      } else if (node.type === 'link' || node.type === 'definition') {
        if (node.url.startsWith('#')) {
          (resolvedOf(file).fragmentLinks ??= []).push({ file, id: node.url.slice(1), place: place(node) });
          return;
        }
        const problem = urlProblem(node.url);
        if (problem) error(file, place(node), 'unsafe-link', problem);
        else node.url = normalizeUrl(node.url);
      }
      return undefined;
    });
  };
}


const scheme = /^([a-z][a-z0-9+.-]*):/i;

/** The URL as it is published: its scheme in lower case (`HTTPS://a` → `https://a`), the rest as written. */
export function normalizeUrl(url: string): string {
  const match = scheme.exec(url);
  return match ? match[1]!.toLowerCase() + url.slice(match[1]!.length) : url;
}

/**
 * Why a link may not go to `url`, or undefined: links go to `https://host…`, `mailto:address` or a
 * fragment of the policy (checked once every heading is known). Schemes match in any case.
 */
export function urlProblem(url: string): ParamsOf<'unsafe-link'> | undefined {
  if (url.startsWith('#')) return undefined;
  const name = scheme.exec(url)?.[1]?.toLowerCase();
  if (name === 'https') {
    if (/^https:\/\/[^/?#\\\s@]/i.test(url) && hostOf(url)) return undefined;
    return { url, problem: 'https-without-host' };
  }
  if (name === 'mailto') {
    if (/^mailto:[^@\s/]+@[^@\s/]+$/i.test(url.split('?')[0]!)) return undefined;
    return { url, problem: 'mailto-without-address' };
  }
  if (name === 'http') return { url, problem: 'http' };
  return { url, problem: name ? { scheme: name } : 'relative' };
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname || undefined;
  } catch {
    return undefined;
  }
}

/**
 * What to say about a raw HTML node, naming its tag and any event handler; undefined for a closing
 * tag alone, whose opening tag was already reported.
 */
export function rawHtmlReason(html: string): ParamsOf<'raw-html'> | undefined {
  const value = html.trim();
  if (/^<\/[a-z][^>]*>$/i.test(value)) return undefined;
  const tag = /^<([a-z][a-z0-9-]*)/i.exec(value)?.[1]?.toLowerCase();
  const handler = /\s(on[a-z]+)\s*=/i.exec(value)?.[1]?.toLowerCase();
  return { tag, comment: value.startsWith('<!--'), handler };
}
