// The compare island: redlines any two versions in the browser with the module the changes pages
// are built with (src/diff/prose/reader-redline.ts, src/diff/redline-html.ts). The pair is read
// from the address on load (`?from=…&to=…`) and written to it on every comparison.
import { readerRedline, type RedlineSource } from '../../src/diff/prose/reader-redline.ts';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { redlineTree } from '../../src/diff/redline-html.ts';
import { pageIds } from '../../src/resolve/page-ids.ts';
import { urls } from '../../src/model/urls.ts';

const documents = new Map<string, Promise<RedlineSource>>();

function load(id: string): Promise<RedlineSource> {
  let doc = documents.get(id);
  if (!doc) {
    doc = fetch(urls.document(encodeURIComponent(id))).then((response) => {
      if (!response.ok) throw new Error(`版本 ${id} 无法加载（${response.status}）`);
      return response.json() as Promise<RedlineSource>;
    });
    documents.set(id, doc);
  }
  return doc;
}

const tool = document.getElementById(pageIds.compareTool);
const form = document.getElementById(pageIds.compareForm) as HTMLFormElement | null;
const result = document.getElementById(pageIds.compareResult);
const from = document.getElementById(pageIds.compareFrom) as HTMLSelectElement | null;
const to = document.getElementById(pageIds.compareTo) as HTMLSelectElement | null;

async function compare(a: string, b: string): Promise<void> {
  if (!result) return;
  if (a === b) {
    result.textContent = '请选择两个不同的版本。';
    return;
  }
  result.textContent = '正在比较……';
  try {
    const [older, newer] = await Promise.all([load(a), load(b)]);
    const heading = h('h3', ['版本 ', h('a', { href: urls.version(a) }, a), ' → 版本 ', h('a', { href: urls.version(b) }, b)]);
    result.innerHTML = toHtml([heading, ...redlineTree(readerRedline(older, newer), { headingLevel: 4 })]);
  } catch (error) {
    result.textContent = (error as Error).message;
  }
}

const known = (select: HTMLSelectElement, id: string | null) => id !== null && [...select.options].some((o) => o.value === id);

if (tool && form && result && from && to) {
  tool.hidden = false;
  const query = new URLSearchParams(location.search);
  const a = query.get('from');
  const b = query.get('to');
  if (known(from, a) && known(to, b)) {
    from.value = a!;
    to.value = b!;
    void compare(a!, b!);
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    history.replaceState(null, '', urls.comparePair(from.value, to.value));
    void compare(from.value, to.value);
  });
}
