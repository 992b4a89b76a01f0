// Builds, in a temporary folder, one file for every kind of bad input of issue 7 next to good files in
// every supported encoding. Returns what each file should turn into.
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeCp1256, encodeUtf16, utf8 } from '../io/helpers/encode.js';

export const PRESS =
  'به گزارش روابط عمومی دانشگاه علم و صنعت ایران، نشست «هم‌افزایی حوزه‌های بین‌الملل» با حضور دکتر ذاکری ' +
  'رئیس دانشگاه و معاونان بین‌الملل دانشگاه‌های صنعتی شریف و امیرکبیر روز چهارشنبه ۳ بهمن ۱۳۹۷ برگزار شد. ' +
  'در پایان مقرر شد نشست بعدی در نیمه اول اسفند ماه در دانشگاه خواجه نصیرالدین طوسی برگزار شود.';

export interface BadFolder {
  dir: string;
  /** source → expected error code (always an error). */
  mustFail: Record<string, string>;
  /** sources that must come out as records. */
  mustSucceed: string[];
  /** sources that may be a record or an error (heavy or adversarial), but must be accounted for. */
  either: string[];
}

/** Runs as root in CI, where chmod 000 does not stop reads: the unreadable cases that hold for root too. */
export function makeBadFolder(dir: string, opts: { huge: boolean }): BadFolder {
  mkdirSync(dir, { recursive: true });
  const w = (name: string, data: string | Uint8Array) => writeFileSync(join(dir, name), data);
  const mustFail: Record<string, string> = {};
  const either: string[] = [];

  // Good files, one per encoding and line-end style.
  mkdirSync(join(dir, 'good'), { recursive: true });
  w('good/utf8.txt', utf8(PRESS));
  w('good/utf8-bom.txt', utf8(PRESS, true));
  w('good/utf16le.txt', encodeUtf16(PRESS, 'le'));
  w('good/utf16be.txt', encodeUtf16(PRESS, 'be'));
  w(
    'good/cp1256.txt',
    encodeCp1256(
      'نشست مشترك دانشگاه علم و صنعت ايران و دانشگاه شريف برگزار شد.\r\nمقرر شد همكاري ادامه يابد.',
    ),
  );
  w('good/crlf.md', utf8(PRESS.replace(/\. /g, '.\r\n')));
  w('good/cr.txt', utf8(PRESS.replace(/\. /g, '.\r')));
  w(
    'good/page.html',
    `<html><head><title>خبر</title></head><body><nav class="menu">خانه</nav><article><h1>نشست</h1><p>${PRESS}</p></article><footer>پانویس</footer></body></html>`,
  );
  w(
    'good/feed.jsonl',
    [
      JSON.stringify({ id: 'n1', text: PRESS, url: 'https://iust.ac.ir/n1', date: '1397/11/03' }),
      '{"text": "unterminated',
      JSON.stringify({ id: 'n2', title: 'no text field' }),
      '',
      JSON.stringify({ text: `=HYPERLINK("http://x") ${PRESS}` }),
      '[1,2,3]',
    ].join('\n'),
  );
  const mustSucceed = [
    'good/cp1256.txt',
    'good/cr.txt',
    'good/crlf.md',
    'good/feed.jsonl#5',
    'good/feed.jsonl#n1',
    'good/page.html',
    'good/utf16be.txt',
    'good/utf16le.txt',
    'good/utf8-bom.txt',
    'good/utf8.txt',
  ];
  mustFail['good/feed.jsonl#2'] = 'bad-jsonl-line';
  mustFail['good/feed.jsonl#3'] = 'bad-jsonl-line';
  mustFail['good/feed.jsonl#6'] = 'bad-jsonl-line';

  // Bad files.
  w('empty.txt', '');
  mustFail['empty.txt'] = 'empty';
  w('blank.md', ' \r\n \n');
  mustFail['blank.md'] = 'empty';
  w(
    'binary.txt',
    Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
  );
  mustFail['binary.txt'] = 'binary';
  const soup = new Uint8Array(8192);
  for (let i = 0; i < soup.length; i++) soup[i] = 0x80 | ((i * 37) % 0x3f);
  w('garbage.txt', soup);
  mustFail['garbage.txt'] = 'binary';
  w('empty-feed.jsonl', '\n\n');
  mustFail['empty-feed.jsonl'] = 'empty';
  w('nav-only.html', '<html><body><nav>منو</nav><script>x()</script></body></html>');
  mustFail['nav-only.html'] = 'empty';
  w('unbalanced.html', `<html><body><div><p>${PRESS}<b><i></div></span><p>ادامه خبر</td></table><div>`);
  mustSucceed.push('unbalanced.html');

  // Unreadable, in ways that hold even for root: a folder and a dangling link named like documents.
  mkdirSync(join(dir, 'folder.txt'));
  mustFail['folder.txt'] = 'unreadable';
  symlinkSync(join(dir, 'does-not-exist.txt'), join(dir, 'dangling.txt'));
  mustFail['dangling.txt'] = 'unreadable';
  w('locked.txt', utf8(PRESS));
  chmodSync(join(dir, 'locked.txt'), 0o000);
  const isRoot = process.getuid?.() === 0;
  if (isRoot) mustSucceed.push('locked.txt');
  else mustFail['locked.txt'] = 'permission';

  // Above the 25 MiB limit: rejected without being read.
  w('too-large.txt', Buffer.alloc(26 * 1024 * 1024, 'الف '));
  mustFail['too-large.txt'] = 'too-large';

  // Heavy and regex-adversarial documents: a record or a timeout, never a crash or a hang.
  const adversarial: Record<string, string> = {
    'adv/zwnj.txt': `نشست ${'\u200c'.repeat(300_000)} دانشگاه`,
    'adv/spaces.txt': `نشست${' '.repeat(300_000)}دانشگاه`,
    'adv/digits.txt': `تاریخ ${'۱'.repeat(150_000)}${'1'.repeat(150_000)}`,
    'adv/slashes.txt': `۱۳۹۷${'/'.repeat(300_000)}`,
    'adv/dots.txt': `دانشگاه${'.'.repeat(300_000)}`,
    'adv/guillemets.txt': `نشست ${'«'.repeat(300_000)}`,
    'adv/letters.txt': `${'ب'.repeat(300_000)} دانشگاه`,
    'adv/honorifics.txt': `نشست با حضور ${'دکتر '.repeat(60_000)}ذاکری`,
    'adv/dates.txt': `${'۳ بهمن '.repeat(40_000)}`,
    'adv/mixed.txt': `${'معاون بین‌الملل دانشگاه صنعتی '.repeat(20_000)}`,
  };
  mkdirSync(join(dir, 'adv'), { recursive: true });
  for (const [name, text] of Object.entries(adversarial)) {
    w(name, text);
    either.push(name);
  }
  if (opts.huge) {
    mkdirSync(join(dir, 'big'), { recursive: true });
    const para = `${PRESS}\n`;
    w('big/20mb.txt', para.repeat(Math.ceil((20 * 1024 * 1024) / Buffer.byteLength(para))));
    w('big/one-line.txt', `${PRESS} `.repeat(Math.ceil(5_000_000 / (PRESS.length + 1))).slice(0, 5_000_000));
    either.push('big/20mb.txt', 'big/one-line.txt');
  }
  return { dir, mustFail, mustSucceed: mustSucceed.sort(), either: either.sort() };
}
