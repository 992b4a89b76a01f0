// khabar's matching key (src/text/key.ts) for the page's search box: the key folds each character
// on its own, so the page gets the fold as runs of code points and applies it exactly as key() does
// (رییس = رئیس، ي = ی، with or without half-space).
import { KEY } from '../../text/chars.js';
import { key } from '../../text/key.js';

/**
 * [first, last, fold]: every code unit c in first..last keys to `fold` when it is a string, or to
 * the one character c + fold when it is a number (A–Z → a–z, ۰–۹ → 0–9 are one run each).
 */
export type KeyRun = [number, number, string | number];

let cached: KeyRun[] | null = null;

export function keyRuns(): KeyRun[] {
  if (cached) return cached;
  const out: KeyRun[] = [];
  for (let c = 0; c < 65536; c++) {
    if (KEY[c] === 0 || (c >= 0xd800 && c <= 0xdfff)) continue;
    const r = key(String.fromCharCode(c));
    const delta = r.length === 1 ? r.charCodeAt(0) - c : null;
    const last = out[out.length - 1];
    if (last && last[1] === c - 1) {
      if (last[2] === r || last[2] === delta) {
        last[1] = c;
        continue;
      }
      // A run of one becomes a shift when the next character is shifted by the same amount.
      const first = last[0] === last[1] && typeof last[2] === 'string' && last[2].length === 1;
      if (first && delta !== null && (last[2] as string).charCodeAt(0) - last[0] === delta) {
        last[1] = c;
        last[2] = delta;
        continue;
      }
    }
    out.push([c, c, r]);
  }
  cached = out;
  return out;
}
