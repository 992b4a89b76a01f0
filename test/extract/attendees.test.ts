// Attendees as real releases name them: apposition with courtesy words, an office standing as the
// subject for the person named just before, offices shared along a list, a delegation's and a
// leader's companions, the host's bare «دانشگاه», plural offices over «از» lists. Each attendee
// says which rules made it. The sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../src/records/schema.js';
import { attendeesOf, release, run } from '../recognize/helpers.js';

const DATELINE = 'تهران – ۲۰ آبان ۱۴۰۱';

function only(text: string): Meeting {
  const record = run(release(DATELINE, text));
  expect(record.meetings).toHaveLength(1);
  return record.meetings[0]!;
}

const ruleOf = (m: Meeting, name: string) => m.attendees.find((a) => a.name === name)?.rule;

describe('attendees: office and organisation beyond plain apposition', () => {
  it('a courtesy word between office and organisation («رئیس محترم دانشگاه X») is skipped', () => {
    const m = only(
      'نشست مشترک روز ۱۸ آبان ۱۴۰۱ با حضور دکتر بهرام کاظمی رئیس محترم دانشگاه شیراز در دانشگاه تهران برگزار شد.',
    );
    expect(attendeesOf(m)).toContain('بهرام کاظمی|دکتر|رئیس|shirazu.ac.ir');
    expect(ruleOf(m, 'بهرام کاظمی')).toBe('attendee.person+title.apposition+org.named');
  });

  it('an office as the next sentence’s subject is the person who spoke before', () => {
    const m = only(
      'به گزارش روابط عمومی، دکتر نادر فرهمند در دیدار با سفیر ایتالیا که روز ۱۸ آبان ۱۴۰۱ برگزار شد گفت: همکاری‌ها گسترش می‌یابد. رئیس دانشگاه صنعتی شریف افزود: دانشجویان ایتالیایی پذیرفته می‌شوند.',
    );
    expect(attendeesOf(m)).toContain('نادر فرهمند|دکتر|رئیس|sharif.edu');
    expect(m.attendees.filter((a) => a.title === 'رئیس' && a.name === null)).toEqual([]);
    expect(ruleOf(m, 'نادر فرهمند')).toContain('title.office-subject');
  });

  it('a headline office «رئیس دانشگاه X:» names the person the story then quotes', () => {
    const record = run(
      release(
        DATELINE,
        'رئیس دانشگاه صنعتی شریف:',
        'همکاری با ایتالیا گسترش می‌یابد',
        'به گزارش روابط عمومی، دکتر نادر فرهمند روز ۱۸ آبان ۱۴۰۱ در دیدار با سفیر ایتالیا گفت: دانشجویان ایتالیایی پذیرفته می‌شوند.',
      ),
    );
    const m = record.meetings[0]!;
    expect(attendeesOf(m)).toContain('نادر فرهمند|دکتر|رئیس|sharif.edu');
  });

  it('offices in a list share the organisation named at its end', () => {
    const m = only(
      'روز ۱۸ آبان ۱۴۰۱ سفیر ایتالیا با دکتر لیلا نیک‌نام، مدیر امور بین‌الملل و همچنین دکتر کاوه راد، معاون پژوهشی دانشگاه صنعتی شریف دیدار کرد.',
    );
    expect(attendeesOf(m)).toEqual(
      expect.arrayContaining([
        'لیلا نیک‌نام|دکتر|مدیر امور بین‌الملل|sharif.edu',
        'کاوه راد|دکتر|معاون پژوهشی|sharif.edu',
      ]),
    );
    expect(ruleOf(m, 'لیلا نیک‌نام')).toContain('org.list-shared');
  });

  it('a delegation’s members belong to the delegation’s university, not the host', () => {
    const m = only(
      'هیئتی از دانشگاه تبریز به سرپرستی دکتر یوسف امینی و دکتر مینا سلطانی روز ۱۸ آبان ۱۴۰۱ از دانشگاه تهران بازدید کرد.',
    );
    expect(attendeesOf(m)).toEqual(
      expect.arrayContaining(['یوسف امینی|دکتر|-|tabrizu.ac.ir', 'مینا سلطانی|دکتر|-|tabrizu.ac.ir']),
    );
    expect(ruleOf(m, 'یوسف امینی')).toContain('org.delegation');
  });

  it('a list after the first office carries its organisation («… رئیس دانشگاه X، Y مدیر …»)', () => {
    const m = only(
      'هیئتی متشکل از دکتر یوسف امینی رئیس دانشگاه تبریز، دکتر مینا سلطانی مدیر امور بین‌الملل و دکتر رضا کیانی معاون پژوهشی روز ۱۸ آبان ۱۴۰۱ از دانشگاه تهران بازدید کردند.',
    );
    expect(attendeesOf(m)).toEqual(
      expect.arrayContaining([
        'یوسف امینی|دکتر|رئیس|tabrizu.ac.ir',
        'مینا سلطانی|دکتر|مدیر امور بین‌الملل|tabrizu.ac.ir',
        'رضا کیانی|دکتر|معاون پژوهشی|tabrizu.ac.ir',
      ]),
    );
  });

  it('a leader’s companions («به همراه دکتر A و دکتر B») belong to the leader’s organisation', () => {
    const m = only(
      'دکتر یوسف امینی رئیس دانشگاه تبریز به همراه دکتر مینا سلطانی و دکتر رضا کیانی روز ۱۸ آبان ۱۴۰۱ با حضور در دانشگاه تهران با رئیس این دانشگاه دیدار کرد.',
    );
    expect(attendeesOf(m)).toEqual(
      expect.arrayContaining(['مینا سلطانی|دکتر|-|tabrizu.ac.ir', 'رضا کیانی|دکتر|-|tabrizu.ac.ir']),
    );
    expect(ruleOf(m, 'رضا کیانی')).toContain('org.companion');
  });

  it('a bare «دانشگاه» after an office is the host the guests came to', () => {
    const m = only(
      'دکتر یوسف امینی رئیس دانشگاه تبریز روز ۱۸ آبان ۱۴۰۱ با حضور در دانشگاه صنعتی شریف با دکتر کاوه راد رئیس دانشگاه دیدار کرد.',
    );
    expect(attendeesOf(m)).toContain('کاوه راد|دکتر|رئیس|sharif.edu');
    expect(ruleOf(m, 'کاوه راد')).toContain('org.host');
  });

  it('plural offices distribute over «نمایندگانی از دانشگاه‌های X، Y و Z»', () => {
    const m = only(
      'نشست کارگروه همکاری روز ۱۸ آبان ۱۴۰۱ در دانشگاه تهران برگزار شد و نمایندگانی از دانشگاه‌های شیراز، تبریز و صنعتی شریف حضور یافتند.',
    );
    expect(attendeesOf(m)).toEqual(
      expect.arrayContaining([
        '-|-|نماینده|shirazu.ac.ir',
        '-|-|نماینده|tabrizu.ac.ir',
        '-|-|نماینده|sharif.edu',
      ]),
    );
  });

  it('«نمایندگان سه دانشگاه» names no organisation: no attendee', () => {
    const m = only(
      'نشست کارگروه همکاری روز ۱۸ آبان ۱۴۰۱ در دانشگاه تهران با حضور نمایندگان سه دانشگاه برگزار شد.',
    );
    expect(m.attendees.filter((a) => a.title === 'نماینده')).toEqual([]);
  });

  it('an office does not swallow the head word of its organisation («رئیس پژوهشگاه X»)', () => {
    const m = only(
      'نشست مشترک روز ۱۸ آبان ۱۴۰۱ با حضور دکتر رضا کیانی رئیس پژوهشگاه دانش‌های بنیادی در دانشگاه تهران برگزار شد.',
    );
    expect(attendeesOf(m)).toContain('رضا کیانی|دکتر|رئیس|ipm.ir');
  });

  it('«ریاست پژوهشگاه» alone is the institute where the meeting was held', () => {
    const m = only(
      'در جلسه‌ای که روز ۱۸ آبان ۱۴۰۱ در محل پژوهشگاه دانش‌های بنیادی برگزار شد، دکتر رضا کیانی، ریاست پژوهشگاه، از برنامه‌ها گفت.',
    );
    expect(attendeesOf(m)).toContain('رضا کیانی|دکتر|رئیس|ipm.ir');
    expect(ruleOf(m, 'رضا کیانی')).toContain('org.host');
  });

  it('«رئیس دانشگاه» followed by more name words is an organisation we do not know, not ours', () => {
    const m = only(
      'نشست مشترک روز ۱۸ آبان ۱۴۰۱ در دانشگاه تهران با حضور دکتر یوسف امینی رئیس دانشگاه کوهستان شمالی برگزار شد.',
    );
    expect(m.attendees.find((a) => a.name === 'یوسف امینی')?.organizationId).toBeNull();
  });

  it('the field an office covers may run before its organisation («مدیر همکاری‌های علمی دانشگاه X»)', () => {
    const m = only(
      'سفیر ایتالیا روز ۱۸ آبان ۱۴۰۱ با دکتر لیلا نیک‌نام مدیر همکاری‌های علمی دانشگاه صنعتی شریف دیدار کرد.',
    );
    expect(attendeesOf(m)).toContain('لیلا نیک‌نام|دکتر|مدیر همکاری‌های علمی|sharif.edu');
  });

  it('a number is not a field: «رئیس دو دانشگاه» names no office «رئیس دو»', () => {
    const m = only('نشست مشترک روز ۱۸ آبان ۱۴۰۱ با حضور رئیس دو دانشگاه در دانشگاه صنعتی شریف برگزار شد.');
    expect(m.attendees.map((a) => a.title)).not.toContain('رئیس دو');
  });

  it('dashes set off an apposition like parentheses («دکتر X – رئیس Y –»)', () => {
    const m = only(
      'نشست شورای پژوهشی روز ۱۸ آبان ۱۴۰۱ با حضور دکتر رضا کیانی – رئیس دانشگاه تبریز – در دانشگاه تبریز برگزار شد.',
    );
    expect(attendeesOf(m)).toContain('رضا کیانی|دکتر|رئیس|tabrizu.ac.ir');
  });
});
