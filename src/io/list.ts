// Inputs (files, folders, globs) → the sorted list of files to read. fast-glob streams the entries so a
// huge folder is never held as documents; only the paths are kept, because a deterministic order
// (sorted by source) needs them all before the first document is written. Trade-off, on purpose: a
// million paths cost ~100 MB at worst, against re-walking the tree or sorting per directory (which
// would change the order from "sorted by source" to "depth-first by directory").
import { lstatSync, statSync } from 'node:fs';
import { dirname, extname, isAbsolute, relative, resolve, sep } from 'node:path';
import fg from 'fast-glob';

export const INPUT_EXTENSIONS = ['txt', 'md', 'html', 'htm', 'jsonl'] as const;
export type InputKind = 'text' | 'html' | 'jsonl';

export interface InputFile {
  /** Absolute path. */
  abs: string;
  /** Path relative to its input root, '/' separators. */
  source: string;
  /** `source` without its extension. */
  docId: string;
  kind: InputKind;
}

const EXT_GLOB = `**/*.{${INPUT_EXTENSIONS.join(',')}}`;

export function kindOf(path: string): InputKind | null {
  const ext = extname(path).slice(1).toLowerCase();
  if (ext === 'txt' || ext === 'md') return 'text';
  if (ext === 'html' || ext === 'htm') return 'html';
  if (ext === 'jsonl') return 'jsonl';
  return null;
}

function toPosix(p: string): string {
  return sep === '/' ? p : p.split(sep).join('/');
}

function makeFile(abs: string, root: string): InputFile | null {
  const kind = kindOf(abs);
  if (!kind) return null;
  // Under the root (always, for walked entries) source and docId are slices of abs, which V8 stores
  // as views into it: a million listed files cost little more than their absolute paths.
  const prefix = root.endsWith(sep) ? root : root + sep;
  const source = abs.startsWith(prefix) ? toPosix(abs.slice(prefix.length)) : toPosix(relative(root, abs));
  return { abs, source, docId: source.slice(0, source.length - extname(source).length), kind };
}

/** Code-unit order: the same on every machine and locale. */
export function compareSource(a: InputFile, b: InputFile): number {
  if (a.source !== b.source) return a.source < b.source ? -1 : 1;
  return a.abs < b.abs ? -1 : a.abs > b.abs ? 1 : 0;
}

function statKind(path: string): 'file' | 'dir' | 'other' | 'missing' {
  try {
    const st = statSync(path);
    return st.isDirectory() ? 'dir' : st.isFile() ? 'file' : 'other';
  } catch {
    // A dangling symlink is still an input the user named: keep it so it is reported, not skipped.
    try {
      lstatSync(path);
      return 'other';
    } catch {
      return 'missing';
    }
  }
}

function isInside(path: string, dirs: readonly string[]): boolean {
  return dirs.some((d) => path === d || path.startsWith(d.endsWith(sep) ? d : d + sep));
}

async function streamGlob(
  pattern: string,
  cwd: string,
  root: string,
  out: Map<string, InputFile>,
  exclude: readonly string[],
): Promise<void> {
  // onlyFiles: false so a directory or a dangling link named like a document is listed (and later
  // reported as unreadable) instead of silently vanishing.
  const stream = fg.stream(pattern, {
    cwd,
    absolute: true,
    onlyFiles: false,
    dot: false,
    followSymbolicLinks: true,
    suppressErrors: true,
    caseSensitiveMatch: false,
    // Do not even walk into excluded folders (the output folder and its cache can be inside the input).
    ignore: exclude
      .map((d) => relative(cwd, d))
      .filter((r) => r && !r.startsWith('..') && !isAbsolute(r))
      .map((r) => `${toPosix(r)}/**`),
  });
  for await (const entry of stream) {
    const file = makeFile(String(entry), root);
    if (file && !out.has(file.abs) && !isInside(file.abs, exclude)) out.set(file.abs, file);
  }
}

/**
 * Lists the documents named by `inputs`. Root of a folder is the folder; of a file, its directory; of
 * a glob, the glob's static base. Returns files sorted by source; `missing` lists inputs that matched
 * nothing.
 */
export async function listInputs(
  inputs: string[],
  cwd = process.cwd(),
  /** Absolute folders never read as input (the output folder, the cache). */
  exclude: readonly string[] = [],
): Promise<{ files: InputFile[]; missing: string[] }> {
  const found = new Map<string, InputFile>();
  const missing: string[] = [];
  for (const input of inputs) {
    const before = found.size;
    const abs = resolve(cwd, input);
    const kind = statKind(abs);
    if (kind === 'dir') {
      await streamGlob(EXT_GLOB, abs, abs, found, exclude);
      // A folder whose name looks like a document, given directly, is a folder: walk it.
    } else if (kind === 'file' || kind === 'other') {
      const file = makeFile(abs, dirname(abs));
      if (file && !found.has(file.abs)) found.set(file.abs, file);
    } else if (fg.isDynamicPattern(toPosix(input))) {
      const [task] = fg.generateTasks(toPosix(input), { cwd });
      const base = resolve(cwd, task?.base ?? '.');
      await streamGlob(toPosix(input), cwd, base, found, exclude);
    }
    if (found.size === before) missing.push(input);
  }
  return { files: [...found.values()].sort(compareSource), missing };
}
