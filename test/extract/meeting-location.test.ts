// Where a meeting was held when the text names no hall and no «در <organisation>»: someone's
// office, a unit one is «در محل» of, an organisation referred back to, or the host that received
// a delegation or an envoy; a place inside a decided clause is the next meeting's. The team's own
// sentences, written the way Persian releases put them.
import { describe, expect, it } from 'vitest';
import { release, run } from '../recognize/helpers.js';

const DATELINE = 'تهران – ۲۰ مهر ۱۴۰۱';
const locationOf = (...body: string[]) => run(release(DATELINE, ...body)).meetings[0]?.location ?? null;

describe('meeting location: someone’s office', () => {
  it('«در دفتر دکتر X، معاون … وزارت علوم» is the ministry', () => {
    const loc = locationOf(
      'نشست بررسی همکاری دانشگاه‌ها و صنعت برق روز دوشنبه ۱۸ مهر ۱۴۰۱ در دفتر دکتر احمدی معاون پژوهشی وزارت علوم، تحقیقات و فناوری برگزار شد.',
    );
    expect(loc?.organizationId).toBe('msrt.ir');
  });

  it('«در دفتر رئیس دانشگاه» is the university of the story', () => {
    const loc = locationOf(
      'به گزارش روابط عمومی دانشگاه شیراز، سفیر اتریش روز دوشنبه ۱۸ مهر ۱۴۰۱ در دفتر رئیس دانشگاه حضور یافت و با وی دیدار کرد.',
    );
    expect(loc?.organizationId).toBe('shirazu.ac.ir');
  });
});

describe('meeting location: rooms and units one is «در محل» of', () => {
  it('«در اتاق کنفرانس دانشکده …» is a room of the story’s university', () => {
    const loc = locationOf(
      'به گزارش روابط عمومی دانشگاه صنعتی اصفهان، جلسه‌ای با هیئت دانشگاه کوفه روز دوشنبه ۱۸ مهر ۱۴۰۱ در اتاق کنفرانس دانشکده مهندسی برق برگزار گردید.',
    );
    expect(loc?.text.startsWith('اتاق کنفرانس')).toBe(true);
    expect(loc?.organizationId).toBe('iut.ac.ir');
  });

  it('«در محل حوزه ریاست» is the story’s organisation', () => {
    const loc = locationOf(
      'به گزارش روابط عمومی دانشگاه پیام نور، تفاهم‌نامه همکاری با اداره کل منابع طبیعی استان روز دوشنبه ۱۸ مهر ۱۴۰۱ در محل حوزه ریاست امضا شد.',
    );
    expect(loc?.organizationId).toBe('pnu.ac.ir');
  });
});

describe('meeting location: an organisation referred back to', () => {
  it('«… که در این پژوهشگاه برگزار شد» is the institute named before', () => {
    const loc = locationOf(
      'در نشست مشترک مسئولان پژوهشگاه دانش‌های بنیادی با نمایندگان صنعت که روز دوشنبه ۱۸ مهر ۱۴۰۱ در این پژوهشگاه برگزار شد، راه‌های همکاری بررسی شد.',
    );
    expect(loc?.organizationId).toBe('ipm.ir');
  });
});

describe('meeting location: the host who received the guests', () => {
  it('a delegation «با دکتر X، رئیس دانشگاه Y دیدار کردند» is at Y', () => {
    const loc = locationOf(
      'هیئتی از دانشگاه بغداد روز دوشنبه ۱۸ مهر ۱۴۰۱ با دکتر محمد مقیمی، رئیس دانشگاه تهران دیدار و گفت‌وگو کردند.',
    );
    expect(loc?.organizationId).toBe('ut.ac.ir');
  });

  it('an envoy who met the head of a university is at that university', () => {
    const loc = locationOf('سفیر ژاپن روز دوشنبه ۱۸ مهر ۱۴۰۱ با رئیس دانشگاه صنعتی شریف دیدار و گفت‌وگو کرد.');
    expect(loc?.organizationId).toBe('sharif.edu');
  });

  it('a board («هیئت امنا») is no delegation: no host is implied', () => {
    const loc = locationOf(
      'جلسه هیئت امنای دانشگاه تهران روز دوشنبه ۱۸ مهر ۱۴۰۱ با حضور رئیس دانشگاه تهران برگزار شد.',
    );
    expect(loc).toBeNull();
  });

  it('the leader of a delegation («در رأس هیئتی») is a guest', () => {
    const loc = locationOf(
      'وزیر علوم، تحقیقات و فناوری که در رأس هیئتی به ژاپن سفر کرده است، روز دوشنبه ۱۸ مهر ۱۴۰۱ با همتای ژاپنی خود دیدار کرد.',
    );
    expect(loc?.organizationId ?? null).not.toBe('msrt.ir');
  });
});

describe('meeting location: a decided clause', () => {
  it('«مقرر شد نشست بعدی در دانشگاه X برگزار شود» does not place the meeting at X', () => {
    const loc = locationOf(
      'نشست مشترک معاونان پژوهشی دانشگاه تبریز و دانشگاه شیراز روز دوشنبه ۱۸ مهر ۱۴۰۱ برگزار شد و مقرر شد نشست بعدی در دانشگاه شیراز برگزار شود.',
    );
    expect(loc?.organizationId ?? null).not.toBe('shirazu.ac.ir');
  });
});

describe('meeting location: sentences past the report', () => {
  it('a place in a later sentence that speaks of no event is not the meeting’s', () => {
    const loc = locationOf(
      'نشست مشترک دانشگاه یزد و فرمانداری مهریز روز دوشنبه ۱۸ مهر ۱۴۰۱ برگزار شد.',
      'دستاوردهای پژوهشی دانشجویان نیز در سالن اجتماعات فرمانداری به نمایش گذاشته می‌شود.',
    );
    expect(loc).toBeNull();
  });
});
