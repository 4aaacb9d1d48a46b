// Parses a saved web page into one article: Readability picks the story, <meta> tags fill in missing metadata.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { normalizeDate } from './dates';
import { ImportError, type ParsedArticle } from './types';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Elements that start a new paragraph in the plain-text body. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr',
  'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul',
]);
/** Never article text; removed before anything reads the page. */
const NON_CONTENT_SELECTOR = 'script, style, noscript, template, iframe, object, embed';
const HEAD_TAGS = new Set(['title', 'meta', 'link', 'base', 'style', 'script', 'noscript']);

interface Metadata {
  title?: string;
  outlet?: string;
  author?: string;
  publishedAt?: string;
  url?: string;
  language?: string;
}

/** One article from an HTML page; nothing in the page is ever executed. */
export function parseHtml(html: string): ParsedArticle {
  const document = parsePage(html);
  removeNonContent(document);
  const fromMeta = readMetaTags(document);
  const fallbackBody = document.body ? blocksToText(document.body.cloneNode(true)) : '';

  const article = runReadability(document);
  const readabilityBody = article?.content ? blocksToText(article.content) : '';
  const body = readabilityBody || fallbackBody;
  if (!body) throw new ImportError('no article text found in the page');

  return dropEmpty({
    body,
    title: article?.title?.trim() || fromMeta.title,
    outlet: article?.siteName?.trim() || fromMeta.outlet,
    author: stripBy(article?.byline) || fromMeta.author,
    publishedAt: normalizeDate(article?.publishedTime) ?? fromMeta.publishedAt,
    url: fromMeta.url,
    language: article?.lang?.trim() || fromMeta.language,
  });
}

/**
 * linkedom parses without running scripts, but unlike a browser it does not repair pages that lack
 * <head>/<body>; such pages are rebuilt so that document.body holds their content.
 */
function parsePage(html: string): Document {
  const { document } = parseHTML(html) as unknown as { document: Document };
  const root = document.documentElement as Element | null;
  const head = root?.firstElementChild;
  if (root?.localName === 'html' && head?.localName === 'head' && head.nextElementSibling?.localName === 'body') {
    return document;
  }
  const headParts: string[] = [];
  const bodyParts: string[] = [];
  const sort = (node: Node): void => {
    if (node.nodeType === ELEMENT_NODE) {
      const element = node as Element;
      if (['html', 'head', 'body'].includes(element.localName)) element.childNodes.forEach(sort);
      else (HEAD_TAGS.has(element.localName) ? headParts : bodyParts).push(element.outerHTML);
    } else if (node.nodeType === TEXT_NODE) {
      bodyParts.push(escapeText(node.textContent ?? ''));
    }
  };
  document.childNodes.forEach(sort);
  const lang = root?.getAttribute('lang');
  const langAttribute = lang ? ` lang="${escapeText(lang).replace(/"/g, '&quot;')}"` : '';
  const rebuilt = `<!DOCTYPE html><html${langAttribute}><head>${headParts.join('')}</head><body>${bodyParts.join('')}</body></html>`;
  return (parseHTML(rebuilt) as unknown as { document: Document }).document;
}

function removeNonContent(document: Document): void {
  for (const element of Array.from(document.querySelectorAll(NON_CONTENT_SELECTOR))) {
    // JSON-LD is inert data (never run by any browser) and gives Readability the byline and date.
    const type = element.getAttribute('type')?.trim().toLowerCase();
    if (!(element.localName === 'script' && type === 'application/ld+json')) element.remove();
  }
}

function readMetaTags(document: Document): Metadata {
  const meta = (...selectors: string[]): string | undefined => {
    for (const selector of selectors) {
      const element = document.querySelector(selector);
      const value = (element?.getAttribute('content') ?? element?.getAttribute('href'))?.trim();
      if (value) return value;
    }
    return undefined;
  };
  // article:author is often a profile URL rather than a name.
  const articleAuthor = meta('meta[property="article:author"]');
  const pageTitle = document.querySelector('title')?.textContent?.trim();
  return {
    title: meta('meta[property="og:title"]', 'meta[name="twitter:title"]') || pageTitle || undefined,
    outlet: meta('meta[property="og:site_name"]', 'meta[name="application-name"]'),
    author: meta('meta[name="author"]') ?? (articleAuthor && !/^https?:/i.test(articleAuthor) ? articleAuthor : undefined),
    publishedAt: normalizeDate(
      meta(
        'meta[property="article:published_time"]',
        'meta[name="date"]',
        'meta[itemprop="datePublished"]',
        'meta[name="pubdate"]',
      ),
    ),
    url: meta('link[rel="canonical"]', 'meta[property="og:url"]'),
    language: document.documentElement.getAttribute('lang')?.trim() || meta('meta[http-equiv="content-language"]'),
  };
}

type ReadabilityResult = ReturnType<Readability<Node>['parse']>;

function runReadability(document: Document): ReadabilityResult {
  try {
    return new Readability<Node>(document, { serializer: (node) => node }).parse();
  } catch {
    // Readability is a heuristic; when it trips over a page, the whole body text is the fallback.
    return null;
  }
}

/** Plain text with a blank line between blocks and whitespace collapsed inside each paragraph. */
function blocksToText(root: Node): string {
  const paragraphs: string[] = [];
  let lines: string[] = [''];
  const flush = (): void => {
    const paragraph = lines.map((line) => line.replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n');
    if (paragraph) paragraphs.push(paragraph);
    lines = [''];
  };
  const walk = (node: Node): void => {
    node.childNodes.forEach((child) => {
      if (child.nodeType === TEXT_NODE) {
        lines[lines.length - 1] += child.textContent ?? '';
      } else if (child.nodeType === ELEMENT_NODE) {
        const tag = (child as Element).localName;
        if (tag === 'br') {
          lines.push('');
        } else if (BLOCK_TAGS.has(tag)) {
          flush();
          walk(child);
          flush();
        } else {
          // Table cells sit side by side; keep their words apart.
          if (tag === 'td' || tag === 'th') lines[lines.length - 1] += ' ';
          walk(child);
        }
      }
    });
  };
  walk(root);
  flush();
  return paragraphs.join('\n\n');
}

function stripBy(byline: string | null | undefined): string | undefined {
  return byline?.trim().replace(/^by\s+/i, '').trim() || undefined;
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function dropEmpty(article: ParsedArticle): ParsedArticle {
  const entries = Object.entries(article).filter(([, value]) => typeof value === 'string' && value !== '');
  return Object.fromEntries(entries) as unknown as ParsedArticle;
}
