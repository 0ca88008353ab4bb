// The files of the site that are data, not pages: every version's document as archived, byte for
// byte (its sha256 is in the feed), and the two lists of every version and of the current one as
// JSON and CSV. `policy build` writes them beside Astro (src/publish/build.ts), so no page of
// Astro's is spent on them; the live preview serves them (src/astro/preview.ts).
import { listFile, listKinds, type ListSource } from './lists.ts';
import { listUrls, urls } from '../model/urls.ts';

export interface DataFile {
  /** Its path in the site, from its root, without the leading `/`. */
  path: string;
  body: string | Buffer;
  type: string;
}

/** A release as the data files need it: the list source and the archived bytes of its document. */
export interface DataSource extends ListSource {
  documentBytes?: Buffer | undefined;
}

/** Every data file of a site whose releases are `releases`, oldest first. */
export function dataFiles(releases: readonly DataSource[]): DataFile[] {
  const files: DataFile[] = [];
  const lists = (version: DataSource | undefined, at: ReturnType<typeof listUrls>) => {
    for (const kind of listKinds) {
      for (const format of ['json', 'csv'] as const) {
        const { body, type } = listFile(kind, format, version);
        files.push({ path: at[`${kind}${format === 'json' ? 'Json' : 'Csv'}`].slice(1), body, type });
      }
    }
  };
  for (const release of releases) {
    files.push({ path: urls.document(release.id).slice(1), body: release.documentBytes ?? JSON.stringify(release.document), type: 'application/json; charset=utf-8' });
    lists(release, listUrls(release.id));
  }
  lists(releases.at(-1), listUrls());
  return files;
}
