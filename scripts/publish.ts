/**
 * What makes dist/ publishable as a whole, made from the documents' records after every build
 * (and by `hexapla merge`): `index.html` (every document × language with its symbol, title, date,
 * pages, sizes and links; opens from disk, fits a phone), `manifest.json` (every published file
 * with its sha256, size, pages, symbol, language and job number; schema in the README) and
 * `SHA256SUMS` (which `sha256sum -c SHA256SUMS` verifies from inside dist/).
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { readRecord, sha256, type DocumentRecord, type TranslationSummary } from './cache.ts';
import { UN_LANGUAGES } from './languages/codes.ts';
import { FILES_AT_ONCE, mapWithConcurrency } from './concurrency.ts';
import { writeFileAtomic } from './write/output.ts';

export const MANIFEST_VERSION = 1;

export interface ManifestFile {
  /** Relative to dist/, with forward slashes. */
  path: string;
  sha256: string;
  bytes: number;
  /** The document, edition and format a file belongs to (assets and media have no language). */
  document?: string;
  symbol?: string;
  jobNumber?: string;
  language?: string;
  format?: 'html' | 'pdf';
  pages?: number;
}

export interface Manifest {
  manifestVersion: number;
  documents: {
    id: string;
    symbol: string;
    jobNumber: string;
    type: string;
    date: string;
    /** The parallel edition (every edition side by side), when the document has two or more. */
    parallel?: string;
    editions: { language: string; title: string; html?: string; pdf?: string; pages?: number; translation?: TranslationSummary }[];
  }[];
  files: ManifestFile[];
}

/** The records of every document in `outDir` (one folder each). */
export async function collectRecords(outDir: string): Promise<{ id: string; record: DocumentRecord }[]> {
  const found: { id: string; record: DocumentRecord }[] = [];
  for (const entry of (await readdir(outDir, { withFileTypes: true }).catch(() => [])).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
    const record = await readRecord(path.join(outDir, entry.name));
    if (record) found.push({ id: entry.name, record });
  }
  return found;
}

/** Every file under `dir` but hidden ones and the publication's own, relative, sorted. */
async function publishedFiles(dir: string, exclude: Set<string>): Promise<string[]> {
  const files: string[] = [];
  const walk = async (at: string) => {
    for (const entry of await readdir(at, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(at, entry.name);
      const relative = path.relative(dir, full).split(path.sep).join('/');
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile() && !exclude.has(relative)) files.push(relative);
    }
  };
  await walk(dir);
  return files.sort();
}

export async function writePublication(outDir: string, title = 'Hexapla'): Promise<Manifest> {
  const records = await collectRecords(outDir);
  const documents: Manifest['documents'] = records.map(({ id, record }) => ({
    id,
    symbol: record.symbol,
    jobNumber: record.jobNumber,
    type: record.type,
    date: record.date,
    parallel: existsSync(path.join(outDir, id, 'parallel.html')) ? `${id}/parallel.html` : undefined,
    editions: [...record.editions]
      .sort((a, b) => UN_LANGUAGES.indexOf(a.lang) - UN_LANGUAGES.indexOf(b.lang))
      .map((edition) => ({
        language: edition.lang,
        title: edition.title,
        html: edition.outputs.html ? `${id}/${edition.outputs.html.path}` : undefined,
        pdf: edition.outputs.pdf ? `${id}/${edition.outputs.pdf.path}` : undefined,
        pages: edition.outputs.pdf?.pages,
        translation: edition.translation,
      })),
  }));
  // Each edition file, with what the record knows of it.
  const known = new Map<string, Omit<ManifestFile, 'path' | 'sha256' | 'bytes'>>();
  for (const { id, record } of records) {
    for (const edition of record.editions) {
      for (const format of ['html', 'pdf'] as const) {
        const output = edition.outputs[format];
        if (output) known.set(`${id}/${output.path}`, { document: id, symbol: record.symbol, jobNumber: record.jobNumber, language: edition.lang, format, pages: output.pages });
      }
    }
    known.set(`${id}/`, { document: id, symbol: record.symbol, jobNumber: record.jobNumber });
  }

  await writeFileAtomic(path.join(outDir, 'index.html'), indexPage(documents, title));
  const paths = await publishedFiles(outDir, new Set(['manifest.json', 'SHA256SUMS']));
  // A few files at a time: a document's assets alone are 250 files.
  const files = await mapWithConcurrency(paths, FILES_AT_ONCE, async (file): Promise<ManifestFile> => {
    const data = await readFile(path.join(outDir, file));
    const about = known.get(file) ?? known.get(`${file.split('/')[0]}/`) ?? {};
    return { path: file, sha256: sha256(data), bytes: data.length, ...about };
  });
  const manifest: Manifest = { manifestVersion: MANIFEST_VERSION, documents, files };
  const manifestText = `${JSON.stringify(manifest, null, 2)}\n`;
  await writeFileAtomic(path.join(outDir, 'manifest.json'), manifestText);
  const sums = [...files, { path: 'manifest.json', sha256: sha256(manifestText) }]
    .sort((a, b) => (a.path < b.path ? -1 : 1))
    .map((file) => `${file.sha256}  ${file.path}`);
  await writeFileAtomic(path.join(outDir, 'SHA256SUMS'), `${sums.join('\n')}\n`);
  return manifest;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const LANGUAGE_NAMES: Record<string, string> = { ar: 'العربية', zh: '中文', en: 'English', fr: 'Français', ru: 'Русский', es: 'Español' };

/** An edition's standing against the original, in words (a stale edition stands out). */
function translationCell(summary: TranslationSummary | undefined): string {
  if (summary === undefined || summary === 'untracked') return summary ? 'not tracked' : '';
  if (summary === 'original') return 'original';
  const behind = [summary.stale ? `${summary.stale} stale` : '', summary.missing ? `${summary.missing} missing` : ''].filter(Boolean).join(', ');
  return behind ? `<strong class="behind">${behind}</strong>` : 'up to date';
}

/** The index: a card per document, a row per edition; plain HTML and CSS, readable on a phone. */
function indexPage(documents: Manifest['documents'], title: string): string {
  const cards = documents
    .map((document) => {
      const rows = document.editions
        .map((edition) => {
          const dir = edition.language === 'ar' ? 'rtl' : 'ltr';
          const links = [edition.html ? `<a href="${escapeHtml(edition.html)}" hreflang="${edition.language}">HTML</a>` : '', edition.pdf ? `<a href="${escapeHtml(edition.pdf)}" hreflang="${edition.language}">PDF</a>` : '']
            .filter(Boolean)
            .join(' ');
          const pages = edition.pages ? `${edition.pages} p.` : '';
          return `<tr><th scope="row" lang="${edition.language}">${LANGUAGE_NAMES[edition.language] ?? edition.language}</th><td lang="${edition.language}" dir="${dir}">${escapeHtml(edition.title)}</td><td class="pages">${pages}</td><td class="status">${translationCell(edition.translation)}</td><td class="links">${links}</td></tr>`;
        })
        .join('\n        ');
      return `<section class="document" aria-labelledby="${escapeHtml(document.id)}-symbol">
      <h2 id="${escapeHtml(document.id)}-symbol">${escapeHtml(document.symbol)}</h2>
      <p class="meta">${escapeHtml(document.type)} · ${escapeHtml(document.date)} · ${escapeHtml(document.jobNumber)}${document.parallel ? ` · <a href="${escapeHtml(document.parallel)}">all editions side by side</a>` : ''}</p>
      <table>
        <thead><tr><th scope="col">Language</th><th scope="col">Title</th><th scope="col">Pages</th><th scope="col">Translation</th><th scope="col">Files</th></tr></thead>
        <tbody>
        ${rows}
        </tbody>
      </table>
    </section>`;
    })
    .join('\n    ');
  return `<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escapeHtml(title)}: documents</title>
  <style>
    body { margin: 0; font: 16px/1.4 system-ui, sans-serif; color: #111; background: #f4f4f4; }
    header, main { max-width: 60rem; margin: 0 auto; padding: 1rem; }
    h1 { font-size: 1.4rem; margin: 0.5rem 0; }
    .document { background: #fff; border: 1px solid #ddd; border-radius: 4px; padding: 0.75rem 1rem; margin: 0 0 1rem; }
    .document h2 { font-size: 1.15rem; margin: 0; }
    .meta { color: #555; margin: 0.25rem 0 0.5rem; font-size: 0.9rem; }
    table { width: 100%; border-collapse: collapse; }
    th, td { text-align: start; padding: 0.35rem 0.5rem 0.35rem 0; border-top: 1px solid #eee; vertical-align: top; overflow-wrap: anywhere; }
    thead th { font-size: 0.85rem; color: #555; border-top: 0; }
    .links a { display: inline-block; margin-inline-end: 0.6rem; }
    .behind { color: #8a4b00; }
    @media (max-width: 36rem) {
      thead { display: none; }
      tr { display: grid; grid-template-columns: 1fr auto; border-top: 1px solid #eee; padding: 0.35rem 0; }
      th, td { border: 0; padding: 0.1rem 0; }
      td:nth-child(2) { grid-column: 1 / -1; }
    }
  </style>
</head>
<body>
  <header><h1>${escapeHtml(title)}: documents</h1></header>
  <main>
    ${cards}
  </main>
</body>
</html>
`;
}
