import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EMAIL,
  emailMatches,
  phoneKey,
  phoneShape,
  recognizeContacts,
} from '../../src/recognize/contacts.js';
import { execAll } from '../../src/recognize/exec-all.js';
import { makeDoc } from '../dates/doc.js';

function contacts(text: string) {
  const doc = makeDoc(text);
  const c = recognizeContacts(doc);
  for (const x of [...c.emails, ...c.phones])
    expect(doc.original.slice(x.start, x.end).length).toBeGreaterThan(0);
  return c;
}

const PHONES: [string, string[]][] = [
  ['تلفن: 021-77491031', ['02177491031']],
  ['تلفن: ۰۲۱-۷۷۴۹۱۰۳۱', ['02177491031']],
  ['تلفن تماس ۷۷۴۹۱۰۳۱', ['77491031']],
  ['شماره همراه 0912 123 4567', ['09121234567']],
  ['موبایل: ۰۹۱۲۱۲۳۴۵۶۷', ['09121234567']],
  ['Tel: +98 21 7749 1031', ['+982177491031']],
  ['تلفن: 0098-21-77491031', ['00982177491031']],
  ['تلفن: +۹۸۹۱۲۱۲۳۴۵۶۷', ['+989121234567']],
  ['نشانی: تهران | تلفن: +۹۸-۲۱-۶۶۱۶۴۰۰۰ | international@sharif.edu', ['+982166164000']],
  ['در صورت بروز مشکل می‌توانند با شماره ۴۲۱۶۳ تماس بگیرند', ['42163']],
  ['با شماره ۰۲۱-۴۲۱۶۳ یا نشانی رایانامه info@sanjesh.org مکاتبه کنند', ['02142163']],
  ['نمابر: (021) 77240540', ['02177240540']],
  ['تلفن: ۰۳۱۳۳۶۶۲۱۷۴', ['03133662174']],
  ['تلفن‌های ۷۷۴۹۱۰۳۱ و ۷۷۲۴۰۵۴۰', ['77491031', '77240540']],
  ['تلفن: ۰۲۱-۷۷۴۹۱۰۳۱ ۰۹۱۲۱۲۳۴۵۶۷', ['02177491031', '09121234567']],
  ['77491031 ut5@iust.ac.ir', ['77491031']],
  ['برای اطلاعات بیشتر با شماره ۰۹۳۵۱۱۱۲۲۳۳ تماس بگیرید', ['09351112233']],
];

const NOT_PHONES = [
  'نشست در ۱۳۹۷-۱۱-۰۳ برگزار شد',
  'در سال ۱۳۹۷ و ۱۳۹۸',
  'شابک: 978-600-123-4567',
  'ISBN 9786001234567',
  'مبلغ ۱۲۰۰۰۰۰۰ ریال پرداخت شد',
  'کد خبر: ۸۴۵۶۷۸۹۱',
  'شماره دانشجویی ۹۸۱۲۳۴۵۶',
  'جمعیت ۸۴۰۰۰۰۰۰ نفر است',
  'نمره ۱۴ از ۲۰',
  'در ۲۳ ژانویه ۲۰۱۹',
  'کد پستی ۱۶۸۴۶۱۳۱۱۴',
  'عدد ۱۲۳۴۵۶۷۸ در متن آمده است',
  'ساعت ۱۰:۳۰',
  'شماره ۱۲۳۴۵ نشریه منتشر شد',
  'در سال ۱۴۰۲ info@x.ir',
  '۱۴۰۲/۱۱/۰۳',
];

describe('phones', () => {
  for (const [text, values] of PHONES) {
    it(`${text} → ${values.join(', ')}`, () => {
      expect(contacts(text).phones.map((p) => p.value)).toEqual(values);
    });
  }
  for (const text of NOT_PHONES) {
    it(`no phone in «${text}»`, () => {
      expect(contacts(text).phones).toEqual([]);
    });
  }
  it('spans point at the number as written', () => {
    const text = 'تلفن: ۰۲۱-۷۷۴۹۱۰۳۱ داخلی';
    const [p] = contacts(text).phones;
    expect(p && text.slice(p.start, p.end)).toBe('۰۲۱-۷۷۴۹۱۰۳۱');
  });
  it('treats +98, 0098 and a leading 0 as one number', () => {
    expect(phoneKey('+98 912 123 4567')).toBe('09121234567');
    expect(phoneKey('0098 912 123 4567')).toBe('09121234567');
    expect(phoneKey('0912-123-4567')).toBe('09121234567');
    expect(phoneKey('+۹۸-۲۱-۶۶۱۶۴۰۰۰')).toBe('02166164000');
  });
  it('reads shapes: full numbers alone, local ones with a cue, service numbers only beside one', () => {
    expect(phoneShape('09121234567')).toBe('full');
    expect(phoneShape('77491031')).toBe('local');
    expect(phoneShape('42163')).toBe('short');
    expect(phoneShape('1402')).toBeNull();
  });
});

describe('emails', () => {
  it('finds the seed contact line', () => {
    const text = '77491031 ut5@iust.ac.ir\n\nمتن خبر';
    const c = contacts(text);
    expect(c.emails.map((e) => e.value)).toEqual(['ut5@iust.ac.ir']);
    expect(c.phones.map((p) => p.value)).toEqual(['77491031']);
    const [e] = c.emails;
    expect(e && text.slice(e.start, e.end)).toBe('ut5@iust.ac.ir');
  });
  it('finds several addresses, drops a sentence-final dot and lower-cases', () => {
    const text = 'پست الکترونیکی: Intl@Sharif.edu و info@kntu.ac.ir.';
    expect(contacts(text).emails.map((e) => e.value)).toEqual(['intl@sharif.edu', 'info@kntu.ac.ir']);
  });
  it('ignores @-mentions and words without a domain', () => {
    expect(contacts('@iust_ac و user@localhost').emails).toEqual([]);
  });
});

// emailMatches tries the pattern only at the «@»s: it must find what a full scan finds.
describe('e-mail addresses found at their «@»', () => {
  const same = (text: string): void => {
    expect(emailMatches(text).map((m) => [m.index, m[0]])).toEqual(
      [...execAll(EMAIL, text)].map((m) => [m.index, m[0]]),
    );
  };

  it('are the ones a full scan finds in the real releases', () => {
    const dir = '../shared/data/releases/docs';
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt')))
      same(readFileSync(`${dir}/${f}`, 'utf8'));
  });

  it('are the ones a full scan finds in generated address-like text', () => {
    const parts = [
      'a',
      'Info',
      '@',
      '@@',
      '.',
      'com',
      'ac.ir',
      ' ',
      '-',
      '_',
      '%',
      '+',
      '۱۲',
      '9',
      'ب',
      'دانشگاه',
      '\n',
      '😀',
      'x.y',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 30 }), (ps) => same(ps.join(''))),
      { numRuns: 1000 },
    );
    same('info@sharif.edu, a.b@ut.ac.ir;c@d.co@e.org x@y');
  });
});
