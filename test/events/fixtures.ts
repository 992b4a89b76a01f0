// Reports written for these tests (not taken from any corpus): one event told by a university, by
// a news agency in other words, and two other events of the same two universities on the same day.

import type { ReportedMeeting } from '../../src/events/reports.js';
import { processDocument } from '../../src/pipeline.js';
import type { DocumentRecord } from '../../src/records/schema.js';
import { pipeline } from '../recognize/helpers.js';

export const TEXTS = {
  // The universities' own release.
  'a-sharif':
    'به گزارش روابط عمومی دانشگاه صنعتی شریف، دکتر حمید رضایی رئیس دانشگاه صنعتی شریف روز سه‌شنبه ۱۸ مهر ۱۴۰۲ در دیدار با دکتر علی کریمی رئیس دانشگاه تهران درباره راه‌اندازی آزمایشگاه مشترک هوش مصنوعی گفت‌وگو کرد.\n' +
    'در این نشست مقرر شد تفاهم‌نامه همکاری دو دانشگاه تا پایان آبان امضا شود.',
  // The same meeting in a news agency's words: names first, another verb, the decision reworded.
  'b-agency':
    'به گزارش خبرنگار ایسنا، روسای دانشگاه تهران و دانشگاه صنعتی شریف سه‌شنبه ۱۸ مهر ۱۴۰۲ با یکدیگر دیدار کردند.\n' +
    'دکتر علی کریمی، رئیس دانشگاه تهران و دکتر حمید رضایی، رئیس دانشگاه صنعتی شریف در این دیدار بر ایجاد آزمایشگاه مشترک هوش مصنوعی تأکید کردند.\n' +
    'قرار شد تفاهم‌نامه همکاری تا پایان آبان‌ماه امضا شود.',
  // Same universities, same day, another meeting: their international deputies on foreign students.
  'c-deputies':
    'به گزارش روابط عمومی دانشگاه تهران، نشست شورای همکاری‌های بین‌المللی دانشگاه تهران و دانشگاه صنعتی شریف صبح سه‌شنبه ۱۸ مهر ۱۴۰۲ با حضور دکتر مریم احمدی معاون بین‌الملل دانشگاه تهران و دکتر رضا نوری معاون بین‌الملل دانشگاه صنعتی شریف برگزار شد.\n' +
    'در این نشست درباره پذیرش دانشجویان خارجی و برگزاری دوره‌های تابستانی زبان فارسی گفت‌وگو شد.',
  // Same day, the same two presidents, a different meeting (housing, with the mayor).
  'd-housing':
    'به گزارش ایرنا، دکتر حمید رضایی رئیس دانشگاه صنعتی شریف و دکتر علی کریمی رئیس دانشگاه تهران عصر سه‌شنبه ۱۸ مهر ۱۴۰۲ در نشستی با شهردار تهران درباره طرح حمل‌ونقل دانشجویی و ساخت خوابگاه‌های متأهلی گفت‌وگو کردند.\n' +
    'در پایان مقرر شد کارگروه مسکن دانشجویی تشکیل شود.',
} as const;

export function recordOf(docId: keyof typeof TEXTS): DocumentRecord {
  return processDocument(
    { source: `${docId}.txt`, docId, sha256: 'b'.repeat(64), text: TEXTS[docId] },
    pipeline,
  );
}

/** A hand-made report for the linking rules' unit tests. */
export function report(over: Partial<ReportedMeeting> & { docId: string }): ReportedMeeting {
  return {
    meetingId: 'm1',
    source: `${over.docId}.txt`,
    kind: 'meeting',
    title: null,
    date: {
      gFrom: '2023-10-10',
      gTo: '2023-10-10',
      jFrom: '1402-07-18',
      jTo: '1402-07-18',
      precision: 'day',
    },
    orgs: ['sharif.edu', 'ut.ac.ir'],
    location: null,
    attendees: [],
    decisions: [],
    words: ['ازمایشگاه', 'مشترک', 'مصنوعی', 'هوش'],
    people: ['رضایی', 'کریمی'],
    ...over,
  };
}
