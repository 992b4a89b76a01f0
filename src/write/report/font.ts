// The Persian font, inlined: the page must render Persian well from disk with no network. Regular and
// Bold (~100 kB of woff2) are enough for text and headings; the variable font would add ~10 kB more.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const FACES = [
  { file: 'Vazirmatn-Regular.woff2', weight: 400 },
  { file: 'Vazirmatn-Bold.woff2', weight: 700 },
] as const;

let cached: string | null = null;

/** `@font-face` rules with the font as data: URLs; '' when the package is missing (system fonts then). */
export function fontFaceCss(): string {
  if (cached !== null) return cached;
  try {
    const root = dirname(createRequire(import.meta.url).resolve('vazirmatn/package.json'));
    cached = FACES.map((f) => {
      const data = readFileSync(join(root, 'fonts', 'webfonts', f.file)).toString('base64');
      return (
        `@font-face{font-family:Vazirmatn;src:url(data:font/woff2;base64,${data}) format('woff2');` +
        `font-weight:${f.weight};font-style:normal;font-display:swap}`
      );
    }).join('\n');
  } catch {
    cached = '';
  }
  return cached;
}
