/**
 * The accepted Markdown: the first transform, and the only place that decides which constructs
 * Hexapla renders. The README's syntax table is the whole language; anything else the parser
 * yields is an error at its line with what to do instead, so no text an author wrote can vanish
 * or slip into print unseen. It also applies the URL policy (links.ts) to every author link and
 * image, resolves reference-style links, and records the local files an edition uses.
 */
import type { Definition, Image, ImageReference, Link, LinkReference, Nodes, Parent, Root, Text } from 'mdast';
import { visit, CONTINUE } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { report } from '../diagnostics.ts';
import { checkUrl } from '../links.ts';
import { Replacements } from './nodes.ts';

/** Directives Hexapla knows, by kind. */
export const TEXT_DIRECTIVES = ['term', 'ref', 'symbol', 'nolink'] as const;
export const LEAF_DIRECTIVES = ['annex'] as const;
export const CONTAINER_DIRECTIVES = ['table', 'preamble', 'signature'] as const;

/** Attributes each directive takes (`id` is written `{#label}`). */
const DIRECTIVE_ATTRIBUTES: Record<string, string[]> = {
  term: [],
  ref: [],
  symbol: ['s'],
  nolink: [],
  annex: ['original', 'id'],
  table: ['id'],
  preamble: [],
  signature: [],
};

const IMAGE_EXTENSIONS = /\.(?:png|jpe?g|gif|svg|webp)$/i;

/** Where an edition's local files (images, linked files) are published, relative to its HTML. */
export const MEDIA_FOLDER = 'media';

export interface AcceptOptions {
  /** Files inside the document's folder (relative, forward slashes): what images and file links may use. */
  documentFiles: ReadonlySet<string>;
}

export interface AcceptData {
  /** Local files the edition uses, relative to the document folder. */
  media: Set<string>;
  /** Fragment links (#para-3 …) to check once ids exist. */
  fragments: { fragment: string; node: Link }[];
}

declare module 'vfile' {
  interface DataMap {
    accept: AcceptData;
  }
}

const HINTS = {
  html: 'raw HTML is not part of a UN document: write the text in Markdown (*emphasis*, **bold**), or remove the tag',
  code: 'code is not part of a UN document; to keep text from being linked, write :nolink[…]',
  thematicBreak: 'a horizontal rule is not part of a UN document; start an annex with ::annex, or remove the line',
  delete: 'struck-through text is not part of a published document: remove it or keep it as plain text',
  bullets: 'UN documents list sub-items as (a), (b) …: write an ordered list (1. 2. …) after the paragraph',
  task: 'task lists are not part of a UN document: write the items as an ordered list',
  math: 'formulas are not supported',
};

export function remarkAccept(options: AcceptOptions) {
  return (tree: Root, file: VFile) => {
    const data: AcceptData = { media: new Set(), fragments: [] };
    file.data.accept = data;
    const definitions = new Map<string, Definition>();
    const usedDefinitions = new Set<string>();
    visit(tree, 'definition', (node) => {
      if (definitions.has(node.identifier)) report(file, node, 'markdown/duplicate-definition', `link definition [${node.label}] is given twice`, 'give each link definition its own label');
      definitions.set(node.identifier, node);
    });
    const calledNotes = new Set<string>();
    const definedNotes = new Map<string, Nodes>();
    const callsInNotes = new Set<Nodes>();
    visit(tree, 'footnoteDefinition', (node) => {
      if (definedNotes.has(node.identifier)) report(file, node, 'footnote/duplicate', `note [^${node.label}] is defined twice`, 'give each note its own key');
      definedNotes.set(node.identifier, node);
      visit(node, 'footnoteReference', (call) => {
        callsInNotes.add(call);
      });
    });

    const replacements = new Replacements();
    const refuse = (node: Nodes, parent: Parent | undefined, _index: number | undefined, rule: string, message: string, hint: string) => {
      report(file, node, rule, message, hint);
      // Keep the text in the tree so later stages still see it (and report what else is wrong).
      if (parent) {
        const text = 'value' in node && typeof node.value === 'string' ? node.value : undefined;
        replacements.replace(parent, node, text !== undefined ? [{ type: 'text', value: text } as Text] : () => ('children' in node ? (node.children as Nodes[]) : []));
      }
      return CONTINUE;
    };

    visit(tree, ((visited: Nodes, index: number | undefined, parent: Parent | undefined) => {
      const node = visited;
      switch (node.type) {
        case 'html':
          return refuse(node, parent, index, 'markdown/raw-html', `raw HTML ${JSON.stringify(node.value.slice(0, 40))}`, HINTS.html);
        case 'code':
          return refuse(node, parent, index, 'markdown/code', 'a code block', HINTS.code);
        case 'inlineCode':
          return refuse(node, parent, index, 'markdown/code', `code \`${node.value.slice(0, 40)}\``, HINTS.code);
        case 'thematicBreak':
          return refuse(node, parent, index, 'markdown/thematic-break', 'a horizontal rule (---, ***)', HINTS.thematicBreak);
        case 'delete':
          return refuse(node, parent, index, 'markdown/strikethrough', 'struck-through text (~~…~~)', HINTS.delete);
        case 'yaml':
          return refuse(node, parent, index, 'markdown/front-matter', 'a second front matter block', 'an edition has one front matter, at the top of the file');
        case 'heading':
          if (node.depth > 4) report(file, node, 'markdown/heading-depth', `heading level ${node.depth} (${'#'.repeat(node.depth)})`, 'UN documents have four heading levels: #, ##, ###, ####');
          return CONTINUE;
        case 'list':
          if (!node.ordered) report(file, node, 'markdown/bullet-list', 'a bulleted list', HINTS.bullets);
          return CONTINUE;
        case 'listItem':
          if (typeof node.checked === 'boolean') report(file, node, 'markdown/task-list', 'a task list item ([ ] or [x])', HINTS.task);
          return CONTINUE;
        case 'textDirective':
        case 'leafDirective':
        case 'containerDirective':
          checkDirective(node as never, file);
          return CONTINUE;
        case 'footnoteReference':
          if (callsInNotes.has(node)) {
            report(file, node, 'footnote/nested', `note [^${node.label}] is called from inside a note`, 'a note cannot call a note: put the reference in the text, or write it out in the note');
            return CONTINUE;
          }
          calledNotes.add(node.identifier);
          if (!definedNotes.has(node.identifier)) report(file, node, 'footnote/missing', `note [^${node.label}] is called but never written`, `add a line "[^${node.label}]: the note's text" to this edition`);
          return CONTINUE;
        case 'linkReference':
        case 'imageReference': {
          const resolved = resolveReference(node, definitions, usedDefinitions);
          if (!resolved || !parent) return CONTINUE;
          if (resolved.type === 'link') checkLink(resolved, file, options, data);
          else checkImage(resolved, file, options, data);
          replacements.replace(parent, node, [resolved]);
          return CONTINUE;
        }
        case 'link':
          checkLink(node, file, options, data);
          return CONTINUE;
        case 'image':
          checkImage(node, file, options, data);
          return CONTINUE;
        case 'text':
          checkStrayCall(node, file, definedNotes);
          return CONTINUE;
        default:
          if ((node as { type: string }).type === 'math' || (node as { type: string }).type === 'inlineMath') {
            return refuse(node, parent, index, 'markdown/math', 'a formula', HINTS.math);
          }
          return CONTINUE;
      }
    }) as never);
    replacements.apply();

    for (const [identifier, definition] of definitions) {
      if (!usedDefinitions.has(identifier)) {
        report(file, definition, 'markdown/unused-definition', `link definition [${definition.label}] is never used, so its text would not appear`, `link to it with [text][${definition.label}], or remove the line`);
      }
    }
    for (const [identifier, note] of definedNotes) {
      // [^title] is called by the title itself (transform/footnotes.ts).
      if (!calledNotes.has(identifier) && identifier !== 'title') {
        const label = (note as { label?: string }).label ?? identifier;
        report(file, note, 'footnote/unused', `note [^${label}] is never called, so its text would not appear`, `call it with [^${label}] where it belongs in the text, or remove it`);
      }
    }
    // Definitions have served: only links remain.
    tree.children = tree.children.filter((child) => child.type !== 'definition');
  };
}

function checkDirective(node: Nodes & { type: 'textDirective' | 'leafDirective' | 'containerDirective'; name: string; attributes?: Record<string, string | null | undefined> | null }, file: VFile): void {
  const [kind, known, colons] =
    node.type === 'textDirective' ? ['text', TEXT_DIRECTIVES, ':'] : node.type === 'leafDirective' ? ['line', LEAF_DIRECTIVES, '::'] : ['block', CONTAINER_DIRECTIVES, ':::'];
  if (!(known as readonly string[]).includes(node.name)) {
    report(
      file,
      node,
      'markdown/unknown-directive',
      `unknown ${kind} directive "${colons}${node.name}"`,
      `known ${kind} directives: ${known.map((name) => colons + name).join(', ')}. To write a colon before a word as text, escape it: \\:${node.name}`,
    );
    return;
  }
  const allowed = DIRECTIVE_ATTRIBUTES[node.name] ?? [];
  for (const attribute of Object.keys(node.attributes ?? {})) {
    if (!allowed.includes(attribute)) {
      report(file, node, 'markdown/directive-attribute', `"${colons}${node.name}" has no attribute "${attribute}"`, allowed.length ? `its attributes: ${allowed.join(', ')}` : 'it takes no attributes');
    }
  }
}

/** A reference-style link or image, as the link or image its definition makes; undefined if none. */
function resolveReference(node: LinkReference | ImageReference, definitions: Map<string, Definition>, used: Set<string>): Link | Image | undefined {
  const definition = definitions.get(node.identifier);
  if (!definition) return undefined;
  used.add(node.identifier);
  return node.type === 'linkReference'
    ? { type: 'link', url: definition.url, title: definition.title, children: node.children, position: node.position }
    : { type: 'image', url: definition.url, title: definition.title, alt: node.alt, position: node.position };
}

function checkLink(node: Link, file: VFile, options: AcceptOptions, data: AcceptData): void {
  const verdict = checkUrl(node.url);
  if (!verdict.ok) {
    report(file, node, 'link/refused', `link to ${JSON.stringify(node.url.slice(0, 80))} refused: ${verdict.reason}`, 'link only to https://, http:// or mailto: addresses, to #para-N inside the document, or to a file in the document\'s folder');
    node.url = '#';
    return;
  }
  if (verdict.kind === 'fragment') {
    data.fragments.push({ fragment: verdict.fragment, node });
  } else if (verdict.kind === 'relative') {
    if (!options.documentFiles.has(verdict.path)) {
      report(file, node, 'link/missing-file', `link to "${verdict.path}", which is not a file in the document's folder`, 'put the file beside the edition (in the document\'s folder), or link to its published https:// address');
      return;
    }
    data.media.add(verdict.path);
    node.url = `${MEDIA_FOLDER}/${verdict.path.split('/').map(encodeURIComponent).join('/')}`;
  } else {
    node.url = verdict.url;
  }
}

function checkImage(node: Image, file: VFile, options: AcceptOptions, data: AcceptData): void {
  const verdict = checkUrl(node.url);
  const hint = 'put the image in the document\'s folder and write its path relative to it, e.g. ![Map of the region](figures/map.png)';
  if (!verdict.ok) {
    report(file, node, 'image/refused', `image ${JSON.stringify(node.url.slice(0, 80))} refused: ${verdict.reason}`, hint);
  } else if (verdict.kind !== 'relative') {
    report(file, node, 'image/remote', `image ${JSON.stringify(node.url.slice(0, 80))} is not a file of the document`, `rendering is offline and a published PDF must not change: ${hint}`);
  } else if (!IMAGE_EXTENSIONS.test(verdict.path)) {
    report(file, node, 'image/format', `"${verdict.path}" is not an image Hexapla publishes`, 'use a PNG, JPEG, GIF, SVG or WebP file');
  } else if (!options.documentFiles.has(verdict.path)) {
    report(file, node, 'image/missing', `image "${verdict.path}" is not in the document's folder`, hint);
  } else {
    data.media.add(verdict.path);
    node.url = `${MEDIA_FOLDER}/${verdict.path.split('/').map(encodeURIComponent).join('/')}`;
    return;
  }
  node.url = '';
}

/**
 * `[^x]` left as text: GFM makes a call only where its note can be seen, so this one has no
 * note — or its note stands inside a :::table block, which only that table can call.
 */
function checkStrayCall(node: Text, file: VFile, definedNotes: Map<string, Nodes>): void {
  const stray = /\[\^([^\]\s]+)\]/.exec(node.value);
  if (!stray) return;
  if (definedNotes.has(stray[1]!.toLowerCase())) {
    report(file, node, 'footnote/table-note-outside', `note [^${stray[1]}] belongs to a table, but is called outside it`, 'call a table note from its own table, or move its definition out of the :::table block to make it a footnote');
  } else {
    report(file, node, 'footnote/missing', `note [^${stray[1]}] is called but never written`, `add a line "[^${stray[1]}]: the note's text" to this edition, at the start of a line with a blank line before it`);
  }
}
