// The page, as the chunks it is written in: a fixed head (policy, styles, font), one pair of data
// blocks per document (record and text, parsed by the page only when the document is opened or
// searched), then the overview's index and the script. No document data is ever written as HTML:
// every value travels inside `<script type="application/json">` with `<` escaped, and the script
// builds the DOM with textContent, so a hostile text cannot become markup.

import { createHash } from 'node:crypto';
import type { NetworkView } from '../../network/view.js';
import type { DocumentRecord, ErrorRecord } from '../../records/schema.js';
import { CLIENT_SCRIPT } from './client.js';
import { fontFaceCss } from './font.js';
import { keyRuns } from './keytable.js';
import type { DocSummary } from './model.js';
import type { OrgName } from './names.js';
import { STYLES } from './styles.js';

// Bidi controls too: they cannot break out, but they would disguise the page's source in an editor.
const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * JSON that can sit inside a `<script>` element: `</script>`, `<!--` and `<script` cannot occur in the
 * output, because every `<` (and `>`, `&`, the JS line separators, bidi controls) becomes a \u escape.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(
    UNSAFE_IN_SCRIPT,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** The script is allowed by its hash: nothing else inline can run, even if it reached the page. */
export function scriptHash(script = CLIENT_SCRIPT): string {
  return `sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}`;
}

export function contentSecurityPolicy(): string {
  return [
    "default-src 'none'",
    `script-src '${scriptHash()}'`,
    "style-src 'unsafe-inline'",
    'font-src data:',
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

export function pageHead(): string {
  return (
    '<!doctype html>\n<html lang="fa" dir="rtl">\n<head>\n<meta charset="utf-8">\n' +
    `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}">\n` +
    '<meta name="referrer" content="no-referrer">\n' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
    '<title>گزارش بازبینی خبر</title>\n' +
    `<style>\n${fontFaceCss()}\n${STYLES}</style>\n</head>\n<body>\n` +
    '<header class="top" id="top"><h1>گزارش بازبینی خبر</h1></header>\n' +
    '<main id="app"><noscript>این گزارش برای نمایش اسناد به جاوااسکریپت نیاز دارد. This report needs JavaScript.</noscript></main>\n'
  );
}

/** The data blocks of document number `i` (input order). */
export function documentBlocks(i: number, record: DocumentRecord, text: string | null): string {
  return (
    `<script type="application/json" id="r${i}">${scriptJson(record)}</script>\n` +
    `<script type="application/json" id="t${i}">${scriptJson(text)}</script>\n`
  );
}

export interface PageTail {
  docs: DocSummary[];
  errors: ErrorRecord[];
  run: unknown;
  /** Canonical ids recognised as universities anywhere in the run: the nodes of the network. */
  universities: string[];
  /** Names of the organisation ids the documents use. */
  names: Record<string, OrgName>;
  /** The run's cooperation graph (src/network), which the network picture draws. */
  network?: NetworkView;
}

export function pageTail(tail: PageTail): string {
  const index = {
    docs: tail.docs,
    universities: tail.universities,
    names: tail.names,
    network: tail.network,
  };
  return (
    `<script type="application/json" id="k-index">${scriptJson(index)}</script>\n` +
    `<script type="application/json" id="k-errors">${scriptJson(tail.errors)}</script>\n` +
    `<script type="application/json" id="k-run">${scriptJson(tail.run ?? null)}</script>\n` +
    `<script type="application/json" id="k-key">${scriptJson(keyRuns())}</script>\n` +
    `<script>${CLIENT_SCRIPT}</script>\n</body>\n</html>\n`
  );
}
