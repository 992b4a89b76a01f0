// A press-release page → its article text, title and a publication-date hint. A real parser
// (node-html-parser) builds the tree; navigation, scripts, forms and footers are dropped; the article
// is <article>, [itemprop=articleBody], or the element whose <p> children hold the most Persian text.
// Block elements become line breaks; entities are decoded. Every offset later is into this text.
import { type HTMLElement, type Node, NodeType, parse } from 'node-html-parser';

export interface HtmlArticle {
  text: string;
  title: string | null;
  date: string | null;
}

const DROP_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'header',
  'footer',
  'aside',
  'form',
  'iframe',
  'svg',
  'button',
  'select',
  'textarea',
  'head',
]);
/** class/id words that mark page furniture rather than the article. */
const NOISE_ATTR =
  /(?:^|[\s_-])(?:menu|nav|navbar|navigation|footer|sidebar|side-bar|related|breadcrumbs?|comments?|share|social|tags?)(?:$|[\s_-])/i;
const KEEP_ALWAYS = new Set(['html', 'body', 'main', 'article']);
const BLOCK_TAGS = new Set([
  'p',
  'div',
  'br',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'tr',
  'td',
  'th',
  'table',
  'section',
  'article',
  'main',
  'blockquote',
  'pre',
  'figure',
  'figcaption',
  'hr',
  'dl',
  'dt',
  'dd',
  'address',
]);
const DATE_META = [
  'meta[property="article:published_time"]',
  'meta[property="og:published_time"]',
  'meta[property="og:article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="date"]',
  'meta[name="pubdate"]',
  'meta[name="publish-date"]',
  'meta[name="DC.date"]',
  'meta[name="dc.date"]',
];
const PERSIAN_LETTER = /[\u0600-\u06ff]/g;

export function extractArticle(html: string): HtmlArticle {
  const root = parse(html, { comment: false, lowerCaseTagName: true, blockTextElements: { pre: true } });
  const title = findTitle(root);
  const date = findDate(root);
  removeNoise(root);
  const article = pickArticle(root);
  const lines: string[] = [];
  const acc = { current: '' };
  collectText(article, lines, acc);
  const last = clean(acc.current);
  if (last) lines.push(last);
  return { text: lines.join('\n'), title, date };
}

function clean(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function findTitle(root: HTMLElement): string | null {
  const scope = root.querySelector('article') ?? root;
  const h1 = scope.querySelector('h1') ?? root.querySelector('h1');
  const fromH1 = h1 ? clean(h1.text) : '';
  if (fromH1) return fromH1;
  const og = root.querySelector('meta[property="og:title"]')?.getAttribute('content');
  if (og && clean(og)) return clean(og);
  const t = root.querySelector('title');
  const fromTitle = t ? clean(t.text) : '';
  return fromTitle || null;
}

function findDate(root: HTMLElement): string | null {
  for (const sel of DATE_META) {
    const v = root.querySelector(sel)?.getAttribute('content');
    if (v?.trim()) return v.trim();
  }
  const time = root.querySelector('time[datetime]')?.getAttribute('datetime');
  return time?.trim() || null;
}

function isElement(n: Node): n is HTMLElement {
  return n.nodeType === NodeType.ELEMENT_NODE;
}

function removeNoise(el: HTMLElement): void {
  for (const child of [...el.childNodes]) {
    if (!isElement(child)) continue;
    const tag = child.tagName?.toLowerCase() ?? '';
    const attrs = `${child.getAttribute('class') ?? ''} ${child.getAttribute('id') ?? ''}`;
    if (DROP_TAGS.has(tag) || (!KEEP_ALWAYS.has(tag) && attrs.trim() && NOISE_ATTR.test(attrs))) {
      el.removeChild(child);
    } else {
      removeNoise(child);
    }
  }
}

function persianLetters(s: string): number {
  return s.match(PERSIAN_LETTER)?.length ?? 0;
}

function pickArticle(root: HTMLElement): HTMLElement {
  const byItemprop = root.querySelector('[itemprop="articleBody"]');
  if (byItemprop?.text.trim()) return byItemprop;
  const articles = root.querySelectorAll('article').filter((a) => a.text.trim());
  if (articles.length) {
    // Several <article> elements (teasers next to the story): the one with the most text wins.
    return articles.reduce((best, a) => (persianLetters(a.text) > persianLetters(best.text) ? a : best));
  }
  // The element whose direct <p> children hold the most Persian text.
  let best: HTMLElement | null = null;
  let bestScore = 0;
  for (const p of root.querySelectorAll('p')) {
    const parent = p.parentNode;
    if (!parent || parent === best) continue;
    let score = 0;
    for (const c of parent.childNodes) {
      if (isElement(c) && c.tagName?.toLowerCase() === 'p') score += persianLetters(c.text);
    }
    if (score > bestScore) {
      best = parent;
      bestScore = score;
    }
  }
  if (best && bestScore > 0) return best;
  return root.querySelector('body') ?? root;
}

/** Walks the tree; text in one block flows into one line, a block boundary ends the line. */
function collectText(el: HTMLElement, lines: string[], acc: { current: string }): void {
  const flush = () => {
    const line = clean(acc.current);
    if (line) lines.push(line);
    acc.current = '';
  };
  for (const child of el.childNodes) {
    if (isElement(child)) {
      const tag = child.tagName?.toLowerCase() ?? '';
      if (BLOCK_TAGS.has(tag)) {
        flush();
        collectText(child, lines, acc);
        flush();
      } else {
        collectText(child, lines, acc);
      }
    } else if (child.nodeType === NodeType.TEXT_NODE) {
      acc.current += child.text;
    }
  }
}
