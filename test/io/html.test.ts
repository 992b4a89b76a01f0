import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/io/html.js';

const PAGE = `<!doctype html>
<html lang="fa"><head>
<title>نشست هم‌افزایی | پایگاه خبری</title>
<meta property="article:published_time" content="2019-01-23T10:00:00+03:30">
<script>var s = "<p>اسکریپت نباید بیاید</p>";</script><style>p { color: red }</style>
</head><body>
<header><div class="logo">لوگوی دانشگاه</div></header>
<nav><ul><li>صفحه اصلی</li><li>اخبار</li></ul></nav>
<div class="main-menu">منوی اصلی</div>
<div id="sidebar"><p>پربازدیدترین خبرهای هفته در کنار صفحه</p></div>
<div class="news-body">
  <h1>نشست هم&zwnj;افزایی معاونان بین‌الملل</h1>
  <p>به گزارش روابط عمومی، <b>نشست</b> معاونان در دانشگاه &laquo;علم و صنعت&raquo; برگزار شد.</p>
  <p>در این نشست مقرر شد<br>نشست بعدی در اسفند برگزار شود.</p>
  <div class="related-news"><p>خبرهای مرتبط با این خبر که نباید در متن بیایند</p></div>
  <div class="comments"><p>نظر کاربران</p></div>
</div>
<footer><p>تمامی حقوق محفوظ است</p></footer>
<form><input name="q"><p>جستجو</p></form>
</body></html>`;

describe('extractArticle', () => {
  it('keeps the article, drops scripts, navigation, sidebars, related news, comments and footers', () => {
    const a = extractArticle(PAGE);
    expect(a.text).toBe(
      [
        'نشست هم\u200cافزایی معاونان بین‌الملل',
        'به گزارش روابط عمومی، نشست معاونان در دانشگاه «علم و صنعت» برگزار شد.',
        'در این نشست مقرر شد',
        'نشست بعدی در اسفند برگزار شود.',
      ].join('\n'),
    );
  });

  it('takes the title from <h1> and the date hint from the meta tags', () => {
    const a = extractArticle(PAGE);
    expect(a.title).toBe('نشست هم\u200cافزایی معاونان بین‌الملل');
    expect(a.date).toBe('2019-01-23T10:00:00+03:30');
  });

  it('falls back to <title> and prefers <article> / itemprop=articleBody', () => {
    const a = extractArticle(
      '<html><head><title>عنوان</title><meta name="date" content="1397/11/03"></head><body><div><p>تیتر کوتاه</p></div><article><p>متن اصلی خبر دانشگاه</p></article></body></html>',
    );
    expect(a).toEqual({ text: 'متن اصلی خبر دانشگاه', title: 'عنوان', date: '1397/11/03' });
    const b = extractArticle(
      '<body><div itemprop="articleBody"><p>بدنه</p><p>دوم</p></div><div><p>چیز دیگری با متن بسیار بسیار بلندتر از بدنه</p></div></body>',
    );
    expect(b.text).toBe('بدنه\nدوم');
    expect(b.title).toBeNull();
  });

  it('survives unbalanced and broken HTML', () => {
    const a = extractArticle(
      '<html><body><div><p>نشست <b>مشترک <i>دو دانشگاه</p><p>برگزار شد</div></span></td><p>پایان',
    );
    expect(a.text).toContain('نشست مشترک دو دانشگاه');
    expect(a.text).toContain('برگزار شد');
  });

  it('returns empty text for a page without content', () => {
    expect(
      extractArticle('<html><head><script>x()</script></head><body><nav>منو</nav></body></html>').text,
    ).toBe('');
  });
});
