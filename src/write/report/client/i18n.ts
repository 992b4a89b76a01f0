// The page's words, Persian first. English is the switch (remembered in localStorage). Labels are
// looked up by key, so a missing Persian label shows the English one, never a raw key.
export const I18N = `
var L = {
  fa: {
    title: 'گزارش بازبینی خبر', documents: 'اسناد', meetings: 'نشست‌ها', events: 'رویداد', attendees: 'شرکت‌کنندگان',
    decisions: 'تصمیم‌ها', entities: 'موجودیت‌ها', flagged: 'نیازمند بررسی', errors: 'خطاها',
    filters: 'پالایه‌ها', org: 'دانشگاه / سازمان', kind: 'نوع نشست', from: 'از (شمسی)', to: 'تا (شمسی)',
    flag: 'پرچم', search: 'جستجو', searchPh: 'جستجو در متن‌ها', all: 'همه', allDocs: 'همه اسناد', clear: 'پاک کردن پالایه‌ها',
    anyFlag: 'هر پرچمی', noFlag: 'بدون پرچم', document: 'سند', dates: 'تاریخ‌ها', flags: 'پرچم‌ها', review: 'داوری',
    monthsTitle: 'نشست‌ها در هر ماه (شمسی)', monthsHint: 'نشانگر را روی ستونی ببرید تا نشست‌هایش را ببینید؛ با کلیک بر آن پالایش کنید.',
    netTitle: 'دانشگاه‌هایی که با هم نشست داشتند', netHint: 'نشانگر را روی خط یا دانشگاهی ببرید تا نشست‌هایش را ببینید.',
    noDated: 'نشست تاریخ‌داری نیست.', noNet: 'نشستی با دو دانشگاه یا بیشتر نیست.',
    errTitle: 'اسنادی که پردازش نشدند (errors.jsonl)', none: 'هیچ.', source: 'منبع', code: 'کد', reason: 'علت', line: 'خط',
    prev: 'قبلی', next: 'بعدی', page: 'صفحه', of: 'از', overview: 'فهرست اسناد', match: 'مطابق پالایه‌ها',
    language: 'زبان', lang_fa: 'فارسی', lang_en: 'انگلیسی', textLang: 'زبان متن',
    published: 'تاریخ انتشار', contacts: 'تماس', procError: 'خطای پردازش',
    textMissing: 'متن این سند دوباره خوانده نشد، پس واژه‌ها در متن نشان داده نمی‌شوند.',
    textMismatch: 'متن این سند با رکورد نمی‌خواند (پس از اجرا تغییر کرده است): نشانه‌گذاری‌ها ممکن است جابه‌جا باشند.',
    noRecord: 'رکورد این سند در گزارش نیست.', textUnavailable: '(متن در دسترس نیست)', noMeeting: 'نشستی از این سند استخراج نشد.',
    f_kind: 'نوع', f_title: 'عنوان', f_date: 'تاریخ', f_place: 'مکان', f_organizer: 'برگزارکننده', f_orgs: 'سازمان‌ها',
    f_evidence: 'شاهد', sentences: 'جمله', mentions: 'بار', confidence: 'اطمینان', unnamed: '(بی‌نام)',
    showEvidence: 'نشان دادن در متن', noEvidence: 'جایی در متن ندارد',
    yearInferred: 'سال از بافت خبر', yearFrom: 'سال از دوره مقام‌های نام‌برده', written: 'نوشته‌شده به تقویم', hijri: 'قمری', gregorian: 'میلادی', at: 'در',
    correct: 'درست', wrong: 'نادرست', fixed: 'اصلاح‌شده', fix: 'اصلاح', clearV: 'پاک کردن داوری', missed: 'جاافتاده',
    missedTitle: 'جاافتاده‌ها', missedHint: 'واژه‌هایی از متن را انتخاب کنید و بگویید چیست.', selected: 'انتخاب‌شده',
    asAttendee: 'شرکت‌کننده در', asDecision: 'تصمیم در', asEntity: 'موجودیت از نوع', add: 'افزودن',
    save: 'ذخیره', cancel: 'انصراف', nothingChanged: 'چیزی تغییر نکرد.', badDate: 'تاریخ شمسی به شکل ۱۴۰۲-۰۸-۱۶',
    export: 'دریافت داوری‌ها', exportHint: 'پرونده JSON Lines برای khabar review apply', judged: 'داوری‌شده',
    storeFailed: 'مرورگر اجازه ذخیره نداد: داوری‌ها پس از بستن صفحه می‌مانند فقط اگر دریافتشان کنید.',
    keys: 'کلیدها: ↑ ↓ جابه‌جایی · C درست · X نادرست · F اصلاح · U پاک کردن · M جاافتاده (پس از انتخاب واژه‌ها) · Enter نشان دادن در متن · N / P سند بعدی / قبلی · Esc فهرست',
    stale: 'داوری‌ها بر نسخه‌ای دیگر از این سند', entityList: 'موجودیت‌های متن', organisation: 'سازمان', name: 'نام',
    type: 'نوع', decisionKind: 'نوع تصمیم', meeting: 'نشست', attendee: 'شرکت‌کننده', decision: 'تصمیم', entity: 'موجودیت',
    runInfo: 'اجرا', seconds: 'ثانیه', inputs: 'ورودی‌ها', rules: 'قواعد', schema: 'طرح‌واره'
  },
  en: {
    title: 'khabar review report', documents: 'documents', meetings: 'meetings', events: 'events', attendees: 'attendees',
    decisions: 'decisions', entities: 'entities', flagged: 'to check', errors: 'errors',
    filters: 'Filters', org: 'university / organisation', kind: 'meeting kind', from: 'from (Jalali)', to: 'to (Jalali)',
    flag: 'flag', search: 'search', searchPh: 'search the texts', all: 'all', allDocs: 'all documents', clear: 'clear filters',
    anyFlag: 'any flag', noFlag: 'no flags', document: 'document', dates: 'dates', flags: 'flags', review: 'review',
    monthsTitle: 'Meetings per month (Jalali)', monthsHint: 'Hover a bar for its meetings; click it to filter by that month.',
    netTitle: 'Universities that met', netHint: 'Hover a line or a university to see its meetings.',
    noDated: 'No dated meetings.', noNet: 'No meeting with two or more universities.',
    errTitle: 'Documents that could not be processed (errors.jsonl)', none: 'None.', source: 'source', code: 'code', reason: 'reason', line: 'line',
    prev: 'previous', next: 'next', page: 'page', of: 'of', overview: 'documents', match: 'match the filters',
    language: 'language', lang_fa: 'Persian', lang_en: 'English', textLang: 'text language',
    published: 'published', contacts: 'contacts', procError: 'processing error',
    textMissing: 'The source text could not be re-read, so the facts cannot be shown in place.',
    textMismatch: 'The source text no longer matches the record (it changed after the run): highlights may sit on the wrong words.',
    noRecord: 'The record of this document is missing from the report.', textUnavailable: '(text unavailable)', noMeeting: 'No meeting was extracted from this document.',
    f_kind: 'kind', f_title: 'title', f_date: 'date', f_place: 'place', f_organizer: 'organiser', f_orgs: 'organisations',
    f_evidence: 'evidence', sentences: 'sentences', mentions: 'mentions', confidence: 'confidence', unnamed: '(unnamed)',
    showEvidence: 'show the evidence in the text', noEvidence: 'no evidence span in the text',
    yearInferred: 'year from the story', yearFrom: 'year from the terms of the officeholders named', written: 'written', hijri: 'Hijri', gregorian: 'Gregorian', at: 'at',
    correct: 'correct', wrong: 'wrong', fixed: 'fixed', fix: 'fix', clearV: 'clear the verdict', missed: 'missed',
    missedTitle: 'Missed items', missedHint: 'Select words in the text and say what they are.', selected: 'selected',
    asAttendee: 'attendee of', asDecision: 'decision of', asEntity: 'entity of type', add: 'add',
    save: 'save', cancel: 'cancel', nothingChanged: 'Nothing changed.', badDate: 'a Jalali day such as 1402-08-16',
    export: 'Download verdicts', exportHint: 'a JSON Lines file for khabar review apply', judged: 'judged',
    storeFailed: 'The browser refused to store: verdicts outlive this page only if you download them.',
    keys: 'Keys: ↑ ↓ move · C correct · X wrong · F fix · U clear · M missed (after selecting words) · Enter show in text · N / P next / previous document · Esc list',
    stale: 'verdicts on another version of this document', entityList: 'Entities in the text', organisation: 'organisation', name: 'name',
    type: 'type', decisionKind: 'decision kind', meeting: 'meeting', attendee: 'attendee', decision: 'decision', entity: 'entity',
    runInfo: 'run', seconds: 's', inputs: 'inputs', rules: 'rules', schema: 'schema'
  }
};
var NAMES = {
  kind: {
    meeting: ['نشست', 'meeting'], visit: ['بازدید', 'visit'], signing: ['امضای تفاهم‌نامه', 'signing'],
    conference: ['همایش', 'conference'], workshop: ['کارگاه', 'workshop'], other: ['سایر', 'other'],
    next_meeting: ['نشست بعدی', 'next meeting'], agreement: ['توافق', 'agreement'], action: ['اقدام', 'action']
  },
  type: {
    university: ['دانشگاه', 'university'], organization: ['سازمان', 'organisation'], unit: ['واحد', 'unit'],
    person: ['شخص', 'person'], title: ['سمت', 'title'], date: ['تاریخ', 'date'], place: ['مکان', 'place'], email: ['تماس', 'contact']
  },
  flag: {
    'weekday-mismatch': ['روز هفته ناهمخوان', 'weekday mismatch'],
    'meeting-without-date': ['نشست بی‌تاریخ', 'meeting without a date'],
    'org-unidentified': ['سازمان شناخته‌نشده', 'organisation not identified'],
    'attendee-without-org': ['شرکت‌کننده بی‌سازمان', 'attendee without organisation'],
    'low-confidence': ['اطمینان کم', 'low confidence'],
    error: ['خطای پردازش', 'processing error'], 'text-mismatch': ['متن تغییر کرده', 'text changed since the run'],
    'text-missing': ['متن در دسترس نیست', 'text unavailable']
  },
  weekday: {
    saturday: ['شنبه', 'Saturday'], sunday: ['یکشنبه', 'Sunday'], monday: ['دوشنبه', 'Monday'], tuesday: ['سه‌شنبه', 'Tuesday'],
    wednesday: ['چهارشنبه', 'Wednesday'], thursday: ['پنجشنبه', 'Thursday'], friday: ['جمعه', 'Friday']
  },
  precision: { range: ['بازه', 'range'], month: ['ماه', 'month'], year: ['سال', 'year'] }
};
var JMONTHS = [['فروردین', 'Farvardin'], ['اردیبهشت', 'Ordibehesht'], ['خرداد', 'Khordad'], ['تیر', 'Tir'], ['مرداد', 'Mordad'],
  ['شهریور', 'Shahrivar'], ['مهر', 'Mehr'], ['آبان', 'Aban'], ['آذر', 'Azar'], ['دی', 'Dey'], ['بهمن', 'Bahman'], ['اسفند', 'Esfand']];
var GMONTHS = [['ژانویه', 'Jan'], ['فوریه', 'Feb'], ['مارس', 'Mar'], ['آوریل', 'Apr'], ['مه', 'May'], ['ژوئن', 'Jun'],
  ['ژوئیه', 'Jul'], ['اوت', 'Aug'], ['سپتامبر', 'Sep'], ['اکتبر', 'Oct'], ['نوامبر', 'Nov'], ['دسامبر', 'Dec']];
var FLAG_ORDER = ['weekday-mismatch', 'meeting-without-date', 'org-unidentified', 'attendee-without-org', 'low-confidence',
  'error', 'text-mismatch', 'text-missing'];
var PROBLEMS = { error: 1, 'text-mismatch': 1, 'text-missing': 1 };
var LANG = 'fa';
try { if (localStorage.getItem('khabar.lang') === 'en') LANG = 'en'; } catch (e) { /* storage refused: Persian */ }
function T(k) { return (L[LANG] && L[LANG][k]) || L.en[k] || k; }
function N(table, k) { var x = NAMES[table][k]; return x ? x[LANG === 'fa' ? 0 : 1] : k; }
`;
