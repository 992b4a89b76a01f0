// A deterministic archive of Persian press-release-like documents for the whole-pipeline bench:
// ≥100,000 documents (~250 MB) by default, 1,000 per folder, ~4% of them HTML pages. Text is composed
// from a built-in pool of templates and slot values with a seeded generator, so the same options give
// the same bytes on every machine. Generated on demand, never committed.
// usage: node dist/scripts/make-archive.js DIR [--docs 100000] [--seed 1397]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const UNIS = [
  'دانشگاه علم و صنعت ایران',
  'دانشگاه صنعتی شریف',
  'دانشگاه صنعتی امیرکبیر',
  'دانشگاه صنعتی خواجه نصیرالدین طوسی',
  'دانشگاه صنعتی اصفهان',
  'دانشگاه تهران',
  'دانشگاه شهید بهشتی',
  'دانشگاه فردوسی مشهد',
  'دانشگاه شیراز',
  'دانشگاه تبریز',
  'دانشگاه علامه طباطبائی',
  'دانشگاه تربیت مدرس',
  'دانشگاه الزهرا',
  'دانشگاه اصفهان',
  'دانشگاه گیلان',
  'دانشگاه رازی',
  'دانشگاه سمنان',
  'دانشگاه زنجان',
  'دانشگاه دولتی مسکو',
  'دانشگاه فنی استانبول',
  'دانشگاه بغداد',
  'دانشگاه مالایا',
];
const GIVEN = [
  'محمد',
  'علی',
  'فاطمه',
  'مریم',
  'حسین',
  'زهرا',
  'رضا',
  'سارا',
  'مهدی',
  'نرگس',
  'حمید',
  'لیلا',
  'جواد',
];
const FAMILY = [
  'ذاکری',
  'محمدی',
  'حسینی',
  'رضایی',
  'کریمی',
  'احمدی',
  'نوری',
  'موسوی',
  'قاسمی',
  'کاظمی',
  'عباسی',
  'طاهری',
];
const HONORIFICS = ['دکتر', 'دکتر', 'دکتر', 'مهندس', 'پروفسور', 'آقای', 'خانم'];
const TITLES = [
  'رئیس',
  'معاون بین‌الملل',
  'معاون پژوهشی',
  'معاون آموزشی',
  'مدیر امور بین‌الملل',
  'مدیر همکاری‌های علمی و بین‌المللی',
  'رئیس دانشکده مهندسی برق',
];
const KINDS = ['نشست', 'جلسه', 'دیدار', 'همایش', 'کارگاه آموزشی', 'وبینار', 'نشست مشترک'];
const TOPICS = [
  'هم‌افزایی حوزه‌های بین‌الملل دانشگاه‌ها',
  'توسعه همکاری‌های پژوهشی مشترک',
  'دیپلماسی علمی و جذب دانشجوی بین‌المللی',
  'انتقال فناوری و تجاری‌سازی دستاوردها',
  'آموزش مهندسی در عصر هوش مصنوعی',
  'شبکه آزمایشگاه‌های ملی',
  'دانشگاه نسل سوم',
];
const HALLS = [
  'سالن جلسات ریاست',
  'تالار شورا',
  'سالن کنفرانس کتابخانه مرکزی',
  'تالار ابوریحان',
  'سالن شهید چمران',
];
const MONTHS = [
  'فروردین',
  'اردیبهشت',
  'خرداد',
  'تیر',
  'مرداد',
  'شهریور',
  'مهر',
  'آبان',
  'آذر',
  'دی',
  'بهمن',
  'اسفند',
];
const WEEKDAYS = ['شنبه', 'یکشنبه', 'دوشنبه', 'سه‌شنبه', 'چهارشنبه', 'پنجشنبه'];
const FA_DIGITS = '۰۱۲۳۴۵۶۷۸۹';

export type Rng = () => number;

/** mulberry32: tiny, fast, and the same sequence everywhere. */
export function rng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(r: Rng, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)]!;
}

function faNum(n: number): string {
  return String(n).replace(/\d/g, (d) => FA_DIGITS[Number(d)]!);
}

function person(r: Rng): string {
  return `${pick(r, HONORIFICS)} ${pick(r, GIVEN)} ${pick(r, FAMILY)}`;
}

function date(r: Rng): string {
  const day = 1 + Math.floor(r() * 29);
  const year = 1395 + Math.floor(r() * 8);
  const numeral = r() < 0.5 ? faNum(day) : String(day);
  return `${pick(r, WEEKDAYS)} ${numeral} ${pick(r, MONTHS)} ${r() < 0.7 ? faNum(year) : ''}`.trim();
}

const SENTENCES: ((r: Rng, host: string, guest: string) => string)[] = [
  (r, host, guest) =>
    `${pick(r, KINDS)} «${pick(r, TOPICS)}» با حضور ${person(r)} ${pick(r, TITLES)} ${host} و ${person(r)} ${pick(r, TITLES)} ${guest} روز ${date(r)} در ${pick(r, HALLS)} ${host} برگزار شد.`,
  (r, host) =>
    `به گزارش روابط عمومی ${host}، این ${pick(r, KINDS)} به دعوت معاونت بین‌الملل این دانشگاه برگزار شد.`,
  (r, _h, guest) =>
    `در ابتدای این ${pick(r, KINDS)}، ${person(r)} ضمن خوشامدگویی به هیئت ${guest}، بر اهمیت همکاری‌های علمی تأکید کرد.`,
  (r) => `وی با اشاره به ${pick(r, TOPICS)} گفت: دانشگاه‌ها باید از ظرفیت‌های یکدیگر بیشتر استفاده کنند.`,
  (r, _h, guest) =>
    `${person(r)} ${pick(r, TITLES)} ${guest} نیز گزارشی از فعالیت‌های این دانشگاه در حوزه ${pick(r, TOPICS)} ارائه کرد.`,
  (r, host, guest) =>
    `در پایان مقرر شد نشست بعدی در نیمه ${r() < 0.5 ? 'اول' : 'دوم'} ${pick(r, MONTHS)} ماه در ${r() < 0.5 ? host : guest} برگزار شود.`,
  (r, host, guest) =>
    `همچنین توافق شد ${host} و ${guest} تا پایان ${pick(r, MONTHS)} پیش‌نویس تفاهم‌نامه همکاری را تهیه کنند.`,
  (r) =>
    `ایشان افزود: تبادل استاد و دانشجو، برگزاری دوره‌های مشترک و ${pick(r, TOPICS)} از محورهای اصلی این همکاری است.`,
  (r) =>
    `شماره تماس روابط عمومی: ${faNum(21)}-${faNum(77000000 + Math.floor(r() * 999999))} و نشانی پست الکترونیکی pr${Math.floor(r() * 90)}@example.ac.ir است.`,
  (r, host) =>
    `در این ${pick(r, KINDS)} که ${date(r)} برگزار شد، ${person(r)} و ${person(r)} از ${host} نیز حضور داشتند.`,
  (r) =>
    `${person(r)} در ادامه با بیان اینکه «${pick(r, TOPICS)}» اولویت نخست است، خواستار پیگیری مصوبات شد.`,
];

/** One document: a headline and ~14 sentences (~2.5 KB of UTF-8). */
export function makeDocument(r: Rng): string {
  const host = pick(r, UNIS);
  let guest = pick(r, UNIS);
  if (guest === host) guest = UNIS[(UNIS.indexOf(host) + 1) % UNIS.length]!;
  const lines = [`${pick(r, KINDS)} ${host} و ${guest} برگزار شد`];
  const n = 8 + Math.floor(r() * 5);
  let para: string[] = [SENTENCES[0]!(r, host, guest)];
  for (let i = 1; i < n; i++) {
    para.push(pick(r, SENTENCES)(r, host, guest));
    if (r() < 0.3) {
      lines.push(para.join(' '));
      para = [];
    }
  }
  if (para.length) lines.push(para.join(' '));
  return lines.join('\n');
}

function asHtml(text: string): string {
  const [title, ...body] = text.split('\n');
  return `<!doctype html><html lang="fa"><head><meta charset="utf-8"><title>${title}</title></head><body><nav class="menu"><a href="/">خانه</a></nav><article><h1>${title}</h1>${body.map((p) => `<p>${p}</p>`).join('')}</article><footer>کلیه حقوق محفوظ است</footer></body></html>`;
}

export interface ArchiveOptions {
  docs?: number;
  seed?: number;
}

export function makeArchive(dir: string, opts: ArchiveOptions = {}): { files: number; bytes: number } {
  const docs = opts.docs ?? 100_000;
  const r = rng(opts.seed ?? 1397);
  let bytes = 0;
  for (let i = 0; i < docs; i++) {
    const folder = join(dir, `part-${String(Math.floor(i / 1000)).padStart(4, '0')}`);
    if (i % 1000 === 0) mkdirSync(folder, { recursive: true });
    const text = makeDocument(r);
    const html = i % 25 === 7;
    const data = Buffer.from(html ? asHtml(text) : text, 'utf8');
    writeFileSync(join(folder, `doc-${String(i).padStart(6, '0')}.${html ? 'html' : 'txt'}`), data);
    bytes += data.length;
  }
  return { files: docs, bytes };
}

function argValue(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const dir = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
  if (!dir) {
    process.stderr.write('usage: node dist/scripts/make-archive.js DIR [--docs 100000] [--seed 1397]\n');
    process.exit(2);
  }
  const docs = Number(argValue(args, '--docs') ?? 100_000);
  const seed = Number(argValue(args, '--seed') ?? 1397);
  const t0 = Date.now();
  const { files, bytes } = makeArchive(dir, { docs, seed });
  process.stderr.write(
    `${files} documents, ${(bytes / 1e6).toFixed(1)} MB in ${dir} (${((Date.now() - t0) / 1000).toFixed(1)} s)\n`,
  );
}
