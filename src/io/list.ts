// Inputs (files, folders, globs) → the sorted list of files to read. fast-glob streams the entries so a
// huge folder is never held as documents; only the paths are kept, because a deterministic order
// (sorted by source) needs them all before the first document is written. Trade-off, on purpose: a
// million paths cost ~100 MB at worst, against re-walking the tree or sorting per directory (which
// would change the order from "sorted by source" to "depth-first by directory").
import { lstatSync, readdir, statSync } from 'node:fs';
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

/**
 * A folder the walk could not open. fast-glob (suppressErrors, so one bad folder does not end the
 * walk) would drop it and everything under it silently; the readdir wrapper below records it instead.
 */
export interface ListProblem {
  /** Relative to its input root ('/' separators); the input as given for an input root itself. */
  source: string;
  /** `permission` for EACCES/EPERM, else `unreadable`. */
  code: 'permission' | 'unreadable';
  message: string;
}

/** The fs functions the walk uses (fast-glob's adapter); tests inject failures through it. */
export type ListFs = Partial<fg.FileSystemAdapter>;

/** errors.jsonl code for a failed read: permission problems are told apart from the rest. */
export function readErrorCode(err: NodeJS.ErrnoException): 'permission' | 'unreadable' {
  return err.code === 'EACCES' || err.code === 'EPERM' ? 'permission' : 'unreadable';
}

/** One-line reason without the path (the source names it): "permission denied" rather than Node's message. */
export function describeReadError(err: NodeJS.ErrnoException): string {
  if (err.code === 'EACCES' || err.code === 'EPERM') return 'permission denied';
  return err.code ? `${err.code} (${err.syscall ?? 'read'})` : err.message;
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

interface Walk {
  out: Map<string, InputFile>;
  exclude: readonly string[];
  problems: Map<string, ListProblem>;
  fs: ListFs;
}

/** fast-glob's readdir, recording each folder it cannot open (the walk then goes on without it). */
function recordingReaddir(walk: Walk, root: string, input: string): fg.FileSystemAdapter['readdir'] {
  const inner = (walk.fs.readdir ?? readdir) as (...args: unknown[]) => void;
  return ((path: string, ...rest: unknown[]) => {
    const callback = rest.pop() as (err: NodeJS.ErrnoException | null, entries?: unknown) => void;
    inner(path, ...rest, (err: NodeJS.ErrnoException | null, entries?: unknown) => {
      // ENOENT: removed while listing; fast-glob ignores it too.
      if (err && err.code !== 'ENOENT') {
        const abs = resolve(path);
        const rel = toPosix(relative(root, abs));
        const source = rel === '' ? input : rel;
        if (!walk.problems.has(abs))
          walk.problems.set(abs, { source, code: readErrorCode(err), message: describeReadError(err) });
      }
      callback(err, entries);
    });
  }) as fg.FileSystemAdapter['readdir'];
}

async function streamGlob(
  pattern: string,
  cwd: string,
  root: string,
  input: string,
  walk: Walk,
): Promise<void> {
  const { out, exclude } = walk;
  // onlyFiles: false so a directory or a dangling link named like a document is listed (and later
  // reported as unreadable) instead of silently vanishing.
  const stream = fg.stream(pattern, {
    cwd,
    absolute: true,
    onlyFiles: false,
    dot: false,
    followSymbolicLinks: true,
    suppressErrors: true,
    fs: { ...walk.fs, readdir: recordingReaddir(walk, root, input) },
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

export interface Listing {
  /** Sorted by source. */
  files: InputFile[];
  /** Inputs that matched nothing (an input whose folder could not be read is a problem instead). */
  missing: string[];
  /** Folders that could not be opened, sorted by source. */
  problems: ListProblem[];
}

/**
 * Lists the documents named by `inputs`. Root of a folder is the folder; of a file, its directory; of
 * a glob, the glob's static base. Returns files sorted by source; `missing` lists inputs that matched
 * nothing; `problems` the folders that could not be read.
 */
export async function listInputs(
  inputs: string[],
  cwd = process.cwd(),
  /** Absolute folders never read as input (the output folder, the cache). */
  exclude: readonly string[] = [],
  fs: ListFs = {},
): Promise<Listing> {
  const found = new Map<string, InputFile>();
  const missing: string[] = [];
  const walk: Walk = { out: found, exclude, problems: new Map(), fs };
  for (const input of inputs) {
    const before = found.size;
    const problemsBefore = walk.problems.size;
    const abs = resolve(cwd, input);
    const kind = statKind(abs);
    if (kind === 'dir') {
      await streamGlob(EXT_GLOB, abs, abs, input, walk);
      // A folder whose name looks like a document, given directly, is a folder: walk it.
    } else if (kind === 'file' || kind === 'other') {
      const file = makeFile(abs, dirname(abs));
      if (file && !found.has(file.abs)) found.set(file.abs, file);
    } else if (fg.isDynamicPattern(toPosix(input))) {
      const [task] = fg.generateTasks(toPosix(input), { cwd });
      const base = resolve(cwd, task?.base ?? '.');
      await streamGlob(toPosix(input), cwd, base, input, walk);
    }
    if (found.size === before && walk.problems.size === problemsBefore) missing.push(input);
  }
  const problems = [...walk.problems.values()].sort((a, b) =>
    a.source < b.source ? -1 : a.source > b.source ? 1 : 0,
  );
  return { files: [...found.values()].sort(compareSource), missing, problems };
}
