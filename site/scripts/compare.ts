// The compare island: fetches two archived documents and renders a word-level redline per chapter.
import { diffArrays } from 'diff';

interface Chapter { id: string; title: string; text: string }
interface Doc { chapters: Chapter[] }

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const words = (text: string) => Array.from(segmenter.segment(text.replace(/\s+/g, ' ')), (s) => s.segment);

async function load(id: string): Promise<Doc> {
  const response = await fetch(`/versions/${encodeURIComponent(id)}/policy.json`);
  if (!response.ok) throw new Error(`版本 ${id} 无法加载（${response.status}）`);
  return response.json() as Promise<Doc>;
}

function render(from: Doc, to: Doc, result: HTMLElement): void {
  result.replaceChildren();
  const before = new Map(from.chapters.map((c) => [c.id, c]));
  const ids = [...new Set([...from.chapters.map((c) => c.id), ...to.chapters.map((c) => c.id)])];
  let changed = 0;
  for (const id of ids) {
    const a = before.get(id)?.text ?? '';
    const b = to.chapters.find((c) => c.id === id)?.text ?? '';
    if (a.replace(/\s+/g, ' ') === b.replace(/\s+/g, ' ')) continue;
    changed++;
    const section = document.createElement('section');
    const heading = document.createElement('h3');
    heading.textContent = to.chapters.find((c) => c.id === id)?.title ?? before.get(id)?.title ?? id;
    const body = document.createElement('div');
    body.className = 'redline';
    for (const part of diffArrays(words(a), words(b))) {
      const text = part.value.join('');
      const node = part.added ? document.createElement('ins') : part.removed ? document.createElement('del') : document.createTextNode(text);
      if (node instanceof HTMLElement) node.textContent = text;
      body.append(node);
    }
    section.append(heading, body);
    result.append(section);
  }
  if (changed === 0) result.textContent = '两个版本的正文相同。';
}

const tool = document.getElementById('compare-tool');
const form = document.getElementById('compare-form') as HTMLFormElement | null;
const result = document.getElementById('compare-result');
if (tool && form && result) {
  tool.hidden = false;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    result.textContent = '正在比较……';
    try {
      const [from, to] = await Promise.all([load(String(data.get('from'))), load(String(data.get('to')))]);
      render(from, to, result);
    } catch (error) {
      result.textContent = (error as Error).message;
    }
  });
}
