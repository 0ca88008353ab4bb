import type { PhrasingContent, Root } from 'mdast';
import type { Node, Position } from 'unist';
import type { VFile } from 'vfile';
import { unified } from 'unified';
import type { CompiledPolicy, PolicyData } from '../model/index.ts';
import { sensitivityOf } from '../model/facts.ts';
import { loadPolicy, type LoadOptions } from '../load/load-policy.ts';
import { parseMarkdown } from '../load/markdown.ts';
import { rangeToPosition, verbatimScalar } from '../load/yaml.ts';
import { errorSaid, hasErrors } from '../report/messages.ts';
import { markdownLimitProblem, reportForbiddenReferences } from '../load/markdown-limits.ts';
import { buildIndexes } from '../resolve/records.ts';
import { emptyUsage, mergeUsage, resolvedOf } from '../resolve/usage.ts';
import type { PolicyView } from '../render/context.ts';
import { remarkDirectives } from '../render/directives-plugin.ts';
import { validateSchemas } from '../validate/schema.ts';
import { checkDuplicateIds, checkUnused, checkYamlReferences } from '../validate/references.ts';
import { checkDates } from '../validate/dates.ts';
import { checkPlacement } from '../validate/placement.ts';
import { checkChapterHeading, checkDuplicateHeadings, checkFragmentLinks, checkPresentation } from '../validate/presentation.ts';
import { remarkSafety } from '../validate/markdown-safety.ts';
import { checkInline } from '../validate/inline.ts';
import { lintProse } from '../validate/prose-lint.ts';
import { checkLiteralEmphasis } from '../validate/emphasis.ts';
import { checkStorage } from '../validate/storage.ts';
import { checkPlaceholders } from '../validate/placeholders.ts';

export interface CompileResult {
  /** Every source file, carrying its messages. */
  files: VFile[];
  /** The canonical document; absent when any file has an error, or when it was not asked for (`document: false`). */
  document?: CompiledPolicy;
}

export interface CompileOptions extends LoadOptions {
  /**
   * Assemble the canonical document (default: true). `policy check` only validates: without the
   * document, the rendering to HTML and text (./assemble.ts) is never loaded.
   */
  document?: boolean;
}

type Place = (node: Node) => Position | undefined;

/** Safety, then directives: the Markdown pipeline of one text, positioned by `place`. */
function resolveMarkdown(tree: Root, file: VFile, view: PolicyView, chapterId: string, place?: Place, openSections?: string[]): void {
  unified().use(remarkSafety, { place }).use(remarkDirectives, { view, chapterId, place, openSections }).runSync(tree, file);
}

/**
 * The whole compiler, stage by stage: load (read and parse), validate the schemas, resolve and
 * check every id, render each Markdown text, check what the rendering used, assemble. Problems
 * are messages on `files`, never exceptions.
 */
export async function compilePolicy(options: CompileOptions): Promise<CompileResult> {
  const loaded = await loadPolicy(options);
  const { files, yaml } = loaded;
  checkPlaceholders(files);
  const valid = loaded.data && validateSchemas(yaml);
  const data = valid && withDefaults(loaded.data!);
  if (!data) {
    // Syntax or schema errors: references cannot be checked yet, but unsafe Markdown can, with the same check.
    const safety = unified().use(remarkSafety);
    for (const chapter of loaded.chapters) if (chapter.text !== undefined) safety.runSync(parseMarkdown(chapter.text), chapter.file);
    return { files };
  }
  const sources = yaml as Required<typeof yaml>;
  const index = buildIndexes(data);
  const usage = emptyUsage();
  checkDuplicateIds(data, sources);
  checkDates(data, sources);
  checkYamlReferences(data, sources, index, usage);

  // Definitions: inline Markdown inside YAML; problems point into definitions.yaml.
  const definitionsFile = sources.definitions.file;
  const definitionBodies = new Map<string, PhrasingContent[]>();
  const definitionMentions = new Map<string, ReadonlySet<string>>();
  const definitionsView: PolicyView = { data, index, definitionBodies: new Map(), definitionMentions: new Map() };
  data.definitions.definitions.forEach((definition, i) => {
    const path = ['definitions', i, 'text'];
    const verbatim = verbatimScalar(sources.definitions, path);
    const fallback = sources.definitions.doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
    const at = (start: number | undefined, end: number | undefined) => {
      if (verbatim && start !== undefined && end !== undefined) return rangeToPosition(sources.definitions, verbatim.at(start), verbatim.at(end));
      return fallback?.range ? rangeToPosition(sources.definitions, fallback.range[0], fallback.range[1]) : undefined;
    };
    const place: Place = (node) => at(node.position?.start.offset, node.position?.end.offset);
    const problem = markdownLimitProblem(definition.text, loaded.markdown);
    if (problem) return void errorSaid(definitionsFile, at(problem.offset, problem.offset + 1), problem.said);
    reportForbiddenReferences(definitionsFile, definition.text, at);
    const tree = parseMarkdown(definition.text);
    checkLiteralEmphasis(tree, definition.text, definitionsFile, place);
    checkInline(tree, definitionsFile, place);
    // What the definition refers to is recorded under `def-<id>`, for the section that places it.
    const section = `def-${definition.id}`;
    resolveMarkdown(tree, definitionsFile, definitionsView, section, place, [section]);
    definitionBodies.set(definition.id, inlineChildren(tree));
  });
  const definitionsUsage = resolvedOf(definitionsFile).usage;
  for (const [section, keys] of definitionsUsage?.own ?? []) definitionMentions.set(section, keys);

  const view: PolicyView = { data, index, definitionBodies, definitionMentions };
  const trees: Array<{ id: string; tree: Root }> = [];
  for (const chapter of loaded.chapters) {
    if (chapter.text === undefined) continue;
    const tree = parseMarkdown(chapter.text);
    lintProse(data, [{ tree, file: chapter.file, source: chapter.text }]);
    checkLiteralEmphasis(tree, chapter.text, chapter.file);
    checkChapterHeading(tree, chapter);
    resolveMarkdown(tree, chapter.file, view, chapter.id);
    trees.push({ id: chapter.id, tree });
  }

  // The checks of the whole policy, over what each file's Markdown used and headed.
  const markdownFiles = [definitionsFile, ...loaded.chapters.map((chapter) => chapter.file)];
  for (const file of markdownFiles) if (file.data.resolved?.usage) mergeUsage(usage, file.data.resolved.usage);
  const headings = checkDuplicateHeadings(markdownFiles);
  checkUnused(data, sources, usage);
  checkPlacement(data, sources, usage);
  checkPresentation(data, sources, usage, headings);
  checkFragmentLinks(markdownFiles, headings, new Set(data.definitions.definitions.map((d) => d.id)));
  checkStorage(data, sources);
  if (hasErrors(files) || options.document === false) return { files };
  const { assemble } = await import('./assemble.ts');
  return { files, document: assemble(data, index, usage, definitionBodies, trees) };
}

/** The inline content of a one-paragraph Markdown snippet (a definition's text). */
function inlineChildren(tree: Root): PhrasingContent[] {
  const first = tree.children[0];
  return first?.type === 'paragraph' ? first.children : [];
}

/** The data with what the schemas leave to a default filled in: an item's sensitivity from its category (GB/T 35273-2020 Appendix B). */
function withDefaults(data: PolicyData): PolicyData {
  return { ...data, dataItems: { ...data.dataItems, items: data.dataItems.items.map((item) => ({ ...item, ...sensitivityOf(item) })) } };
}
