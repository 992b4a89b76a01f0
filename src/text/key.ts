// The matching key for gazetteers and comparisons: two spellings a reader takes for the same words
// get the same key (رئیس/رییس، امیر کبیر/امیرکبیر، دانشگاه ها/دانشگاه‌ها، ي/ی، ك/ک، أ/ا، ۀ/ه، ۱۲/12).
// Spaces and ZWNJ vanish, so the key of a token sequence is the concatenation of its tokens' keys.
import { codesToString } from './buffer.js';
import { EXPAND, F_DELETE, F_EXPAND, KEY } from './chars.js';

let buf = new Uint16Array(256);

export function key(text: string): string {
  const len = text.length;
  if (buf.length < len * 4) buf = new Uint16Array(len * 4);
  let n = 0;
  let changed = false;
  for (let i = 0; i < len; i++) {
    const x = text.charCodeAt(i);
    const k = KEY[x]!;
    if (k === 0) {
      buf[n++] = x;
      continue;
    }
    changed = true;
    if (k === F_DELETE) continue;
    if (k === F_EXPAND) {
      // Ligatures expand to a few already-folded letters; grow the buffer if they outgrow it.
      const s = EXPAND.get(x)!;
      if (buf.length < n + s.length + (len - i) * 4) {
        const b = new Uint16Array((n + s.length + len) * 4);
        b.set(buf.subarray(0, n));
        buf = b;
      }
      for (let j = 0; j < s.length; j++) {
        const y = s.charCodeAt(j);
        const ky = KEY[y]!;
        if (ky === 0) buf[n++] = y;
        else if (ky !== F_DELETE && ky !== F_EXPAND) buf[n++] = ky;
      }
      continue;
    }
    buf[n++] = k;
  }
  return changed ? codesToString(buf, 0, n) : text;
}
