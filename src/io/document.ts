// Raw bytes of one input → the InputDocument the pipeline reads, or an error record. Pure (no I/O):
// the worker reads the bytes, this decides what they are.
import { createHash } from 'node:crypto';
import type { InputDocument } from '../pipeline.js';
import type { ErrorRecord } from '../records/schema.js';
import { decodeBytes } from './decode.js';
import { extractArticle } from './html.js';
import type { InputKind } from './list.js';
import { detectMojibake } from './mojibake.js';

/**
 * Documents above this size are rejected with `too-large` rather than processed: 25 MiB is far above
 * any press release (a long one is ~50 kB) and keeps a worker's memory bounded.
 */
export const MAX_DOCUMENT_BYTES = 25 * 1024 * 1024;

export type Prepared = { ok: true; doc: InputDocument } | { ok: false; error: ErrorRecord };

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function fail(source: string, code: string, message: string, line?: number): Prepared {
  return {
    ok: false,
    error: line === undefined ? { source, code, message } : { source, code, message, line },
  };
}

/** A .txt/.md/.html file. */
export function prepareFile(
  bytes: Uint8Array,
  meta: { source: string; docId: string; kind: Exclude<InputKind, 'jsonl'> },
  sha256 = sha256Hex(bytes),
): Prepared {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return fail(meta.source, decoded.code, decoded.message);
  const unmangled = detectMojibake(decoded.text);
  if (unmangled.kind === 'broken') return fail(meta.source, 'mojibake', unmangled.message);
  const text = unmangled.kind === 'repaired' ? unmangled.text : decoded.text;
  if (meta.kind === 'text') {
    return { ok: true, doc: { source: meta.source, docId: meta.docId, sha256, text } };
  }
  let article: ReturnType<typeof extractArticle>;
  try {
    article = extractArticle(text);
  } catch (err) {
    return fail(meta.source, 'bad-html', `the HTML could not be parsed: ${(err as Error).message}`);
  }
  if (!article.text.trim()) return fail(meta.source, 'empty', 'the page has no article text');
  return {
    ok: true,
    doc: {
      source: meta.source,
      docId: meta.docId,
      sha256,
      text: article.text,
      title: article.title,
      date: article.date,
    },
  };
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function optionalString(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return null;
}

/**
 * One line of a .jsonl feed: `{"text": …, "id"?, "url"?, "date"?, "title"?}`. The document's source is
 * `<file>#<id or line>`, its docId `<file without extension>#<id or line>`.
 */
export function prepareJsonlLine(
  bytes: Uint8Array,
  meta: { fileSource: string; fileDocId: string; line: number },
  sha256 = sha256Hex(bytes),
): Prepared {
  const lineSource = `${meta.fileSource}#${meta.line}`;
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    return fail(lineSource, 'bad-jsonl-line', 'the line is not valid UTF-8', meta.line);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return fail(lineSource, 'bad-jsonl-line', `invalid JSON: ${(err as Error).message}`, meta.line);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return fail(lineSource, 'bad-jsonl-line', 'the line is not a JSON object', meta.line);
  }
  const obj = value as Record<string, unknown>;
  if (typeof obj.text !== 'string') {
    return fail(lineSource, 'bad-jsonl-line', 'the object has no string field "text"', meta.line);
  }
  const id = optionalString(obj.id);
  const key = id !== null && id !== '' ? id : String(meta.line);
  const source = `${meta.fileSource}#${key}`;
  if (!obj.text.trim()) return fail(source, 'empty', 'the field "text" is empty', meta.line);
  const unmangled = detectMojibake(obj.text);
  if (unmangled.kind === 'broken') return fail(source, 'mojibake', unmangled.message, meta.line);
  const title = optionalString(obj.title);
  const titleFixed = title === null ? null : detectMojibake(title);
  return {
    ok: true,
    doc: {
      source,
      docId: `${meta.fileDocId}#${key}`,
      sha256,
      text: unmangled.kind === 'repaired' ? unmangled.text : obj.text,
      title: titleFixed?.kind === 'repaired' ? titleFixed.text : title,
      url: optionalString(obj.url),
      date: optionalString(obj.date),
    },
  };
}
