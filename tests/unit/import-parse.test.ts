// Tests the import parsers: encodings, each file format's metadata and body, and every refused input.
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { normalizeDate } from '../../electron/core/import/dates';
import { decodeText } from '../../electron/core/import/decode';
import { parseCsv } from '../../electron/core/import/parse-csv';
import { parseHtml } from '../../electron/core/import/parse-html';
import { parseJson } from '../../electron/core/import/parse-json';
import { parseSource } from '../../electron/core/import/parse-source';
import { parseText } from '../../electron/core/import/parse-text';
import { ImportError, type ParsedArticle } from '../../electron/core/import/types';

const fixture = (name: string): Buffer => readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url));
const source = (name: string, content: string | Uint8Array) => ({
  name,
  bytes: typeof content === 'string' ? Buffer.from(content, 'utf8') : content,
});

/** The ImportError thrown by `run`; fails the test when nothing or something else is thrown. */
function importError(run: () => unknown): ImportError {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('expected an ImportError, but nothing was thrown');
}

/** Deterministic bytes spread over the whole 0-255 range (a linear congruential generator). */
function pseudoRandomBytes(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    bytes[i] = state >>> 16 & 0xff;
  }
  return bytes;
}

const SAMPLE = 'Grüße aus Köln: “Zitat” — café\nzweite Zeile';

describe('decodeText encodings', () => {
  it('decodes UTF-8', () => {
    expect(decodeText(Buffer.from(SAMPLE, 'utf8'), 'a.txt')).toBe(SAMPLE);
  });

  it('strips a UTF-8 byte order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SAMPLE, 'utf8')]);
    expect(decodeText(bytes, 'a.txt')).toBe(SAMPLE);
  });

  it('decodes UTF-16 LE with a byte order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SAMPLE, 'utf16le')]);
    expect(decodeText(bytes, 'a.txt')).toBe(SAMPLE);
  });

  it('decodes UTF-16 BE with a byte order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(SAMPLE, 'utf16-be')]);
    expect(decodeText(bytes, 'a.txt')).toBe(SAMPLE);
  });

  it('detects UTF-16 LE and BE without a byte order mark', () => {
    expect(decodeText(Buffer.from(SAMPLE, 'utf16le'), 'a.txt')).toBe(SAMPLE);
    expect(decodeText(iconv.encode(SAMPLE, 'utf16-be'), 'a.txt')).toBe(SAMPLE);
  });

  it('falls back to Windows-1252 when the bytes are not valid UTF-8', () => {
    // 0x93/0x94 are curly double quotes and 0xE9 is é in Windows-1252.
    const bytes = Buffer.from([0x93, 0x48, 0x69, 0x94, 0x20, 0x63, 0x61, 0x66, 0xe9]);
    expect(decodeText(bytes, 'a.txt')).toBe('“Hi” café');
    expect(decodeText(iconv.encode('Ein “Zitat” über Café – 5 €', 'win1252'), 'a.txt')).toBe('Ein “Zitat” über Café – 5 €');
  });

  it('normalises line endings to \\n and Unicode to NFC', () => {
    expect(decodeText(Buffer.from('one\r\ntwo\rthree\n', 'utf8'), 'a.txt')).toBe('one\ntwo\nthree\n');
    const decomposed = 'cafe\u0301';
    expect(decodeText(Buffer.from(decomposed, 'utf8'), 'a.txt')).toBe('caf\u00e9');
  });
});

describe('decodeText refusals', () => {
  it('refuses an empty file and a file of only whitespace', () => {
    expect(importError(() => decodeText(new Uint8Array(0), 'a.txt')).message).toBe('file is empty');
    expect(importError(() => decodeText(Buffer.from(' \n\t\r\n  '), 'a.txt')).message).toBe('file is empty');
    expect(importError(() => decodeText(Buffer.from([0xef, 0xbb, 0xbf, 0x20, 0x0a]), 'a.txt')).message).toBe('file is empty');
  });

  it('refuses known binary formats by their magic numbers', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const pdf = Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n');
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]);
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46]);
    const gif = Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1');
    for (const bytes of [png, pdf, zip, jpeg, gif]) {
      expect(importError(() => decodeText(bytes, 'a.txt')).message).toBe('looks like a binary file, not text');
    }
  });

  it('refuses random bytes containing NULs', () => {
    const bytes = pseudoRandomBytes(2048, 42);
    bytes[0] = 0x41; // no accidental byte order mark
    bytes[100] = 0x00;
    bytes[201] = 0x00;
    expect(importError(() => decodeText(bytes, 'a.bin')).message).toBe('looks like a binary file, not text');
  });

  it('refuses text with a NUL far past the start, in UTF-8, in Windows-1252 and after a byte order mark', () => {
    const text = 'Plain article text. '.repeat(500);
    for (const bytes of [
      Buffer.from(`${text}\u0000 tail`, 'utf8'),
      Buffer.concat([Buffer.from(text, 'latin1'), Buffer.from([0x93, 0x00, 0x94])]),
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${text}\u0000`, 'utf8')]),
      Buffer.from(`\ufeff${text}\u0000`, 'utf16le'),
    ]) {
      expect(importError(() => decodeText(bytes, 'a.txt')).message).toBe('looks like a binary file, not text');
    }
  });

  it('refuses text full of control characters', () => {
    const bytes = Buffer.from('header\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10\x11 payload \x1b\x1c\x1d\x1e\x1f', 'latin1');
    expect(importError(() => decodeText(bytes, 'a.dat')).message).toBe('looks like a binary file, not text');
  });
});

describe('normalizeDate', () => {
  it.each([
    ['2025-03-05', '2025-03-05'],
    ['2025-03-05T23:30:00-05:00', '2025-03-05'],
    ['2025-03-05T07:45:00Z', '2025-03-05'],
    ['2025/3/5', '2025-03-05'],
    ['March 5, 2025', '2025-03-05'],
    ['Mar. 5 2025', '2025-03-05'],
    ['5 March 2025', '2025-03-05'],
    ['5th March 2025', '2025-03-05'],
    ['Wednesday, March 5, 2025 10:00', '2025-03-05'],
    ['Wed, 05 Mar 2025 10:00:00 GMT', '2025-03-05'],
    ['2024-02-29', '2024-02-29'],
  ])('reads %s', (input, expected) => {
    expect(normalizeDate(input)).toBe(expected);
  });

  it('uses the UTC parts of Date objects', () => {
    expect(normalizeDate(new Date(Date.UTC(2025, 2, 5)))).toBe('2025-03-05');
    expect(normalizeDate(new Date(Date.UTC(2025, 11, 31, 23, 59)))).toBe('2025-12-31');
  });

  it.each([
    ['not a date'],
    ['03/05/2025'],
    ['2025-02-30'],
    ['2025-13-01'],
    ['Smarch 5, 2025'],
    ['constructor 5, 2025'],
    [''],
    [20250305],
    [null],
    [undefined],
    [{}],
    [new Date('invalid')],
  ])('returns undefined for %s', (input) => {
    expect(normalizeDate(input)).toBeUndefined();
  });
});

describe('plain text and Markdown', () => {
  it('takes a short first line as the title of plain text', () => {
    const article = parseSource(source('note.txt', '\n  Port reopens after storm  \n\nShips docked again on Monday.\n\n\n\nTraffic is back to normal.  \n'));
    expect(article).toEqual([
      { title: 'Port reopens after storm', body: 'Ships docked again on Monday.\n\nTraffic is back to normal.' },
    ]);
  });

  it('keeps a long first line as body instead of a title', () => {
    const longLine = 'word '.repeat(50).trim();
    expect(parseText(`${longLine}\nSecond line.`, 'a.txt')).toEqual({ body: `${longLine}\nSecond line.` });
  });

  it('keeps a single line as the body', () => {
    expect(parseText('Only this line', 'a.txt')).toEqual({ body: 'Only this line' });
  });

  it('leaves Markdown syntax alone in plain text and pasted text', () => {
    expect(parseText('# Title\n**bold** and [link](https://x.example)')).toEqual({
      title: '# Title',
      body: '**bold** and [link](https://x.example)',
    });
    expect(importError(() => parseText('  \n ')).message).toBe('text is empty');
  });

  it('reads front matter and cleans Markdown from the fixture', () => {
    expect(parseSource(source('coalition-talks.md', fixture('coalition-talks.md')))).toEqual([
      {
        title: 'Coalition talks stall over spending rules',
        outlet: 'Weekly Observer',
        author: 'Ana Lima, Tom Berg',
        publishedAt: '2025-03-07',
        url: 'https://observer.example/2025/03/07/coalition-talks',
        language: 'en',
        body:
          'Negotiators left the finance ministry late on Thursday without a deal,\n' +
          'according to two officials familiar with the talks.\n\n' +
          'Reactions\n\n' +
          'The opposition called the process chaotic and demanded a vote in parliament.\n' +
          'Snake_case_words and 2 * 3 stay as they are.',
      },
    ]);
  });

  it('takes the first heading as title when there is no front matter', () => {
    const markdown = '## Strike *ends* ##\n\n> A [union](https://u.example) statement\n\n---\n\nMore `text` and __bold__.';
    expect(parseText(markdown, 'story.markdown')).toEqual({
      title: 'Strike ends',
      body: 'A union statement\n\nMore text and bold.',
    });
  });

  it('accepts the other front matter key names', () => {
    const markdown = '---\npublication: The Paper\nauthor: Kim Ito\npublishedAt: "March 8, 2025"\nurl: https://p.example/a\nlanguage: de\n---\nHeadline\n\nBody.';
    expect(parseText(markdown, 'a.md')).toEqual({
      title: 'Headline',
      outlet: 'The Paper',
      author: 'Kim Ito',
      publishedAt: '2025-03-08',
      url: 'https://p.example/a',
      language: 'de',
      body: 'Body.',
    });
  });

  it('never evaluates JavaScript front matter', () => {
    const markdown = '---js\n{ title: (globalThis.__framebenchFrontMatterRan = true, "x") }\n---\nBody';
    expect(importError(() => parseText(markdown, 'a.md')).message).toBe('front matter written in JavaScript is not supported');
    expect('__framebenchFrontMatterRan' in globalThis).toBe(false);
  });

  it('refuses malformed front matter and front matter without a body', () => {
    expect(importError(() => parseText('---\ntitle: [unclosed\n---\nBody', 'a.md')).message).toMatch(
      /^malformed front matter: unexpected end of the stream within a flow collection at line \d+, column \d+$/,
    );
    expect(importError(() => parseText('---\ntitle: Only a title\n---\n\n', 'a.md')).message).toBe('no article text found in the file');
  });
});

describe('HTML pages', () => {
  const page = fixture('news-article.html');

  it('extracts the article and its metadata from a saved news page', () => {
    expect(parseSource(source('budget-row.html', page))).toEqual([
      {
        title: 'Budget row deepens as coalition partners clash over spending',
        outlet: 'The Daily Ledger',
        author: 'Jane Doe',
        publishedAt: '2025-03-05',
        url: 'https://www.dailyledger.example/politics/2025/03/05/budget-row-deepens',
        language: 'en-GB',
        body:
          'The governing coalition was locked in a bitter dispute on Wednesday after the finance minister refused to sign off on new spending demanded by the junior partner, raising fresh doubts about whether the budget can pass before the summer recess.\n\n' +
          'Party leaders met for more than four hours behind closed doors, but emerged without an agreement. “We are not going to write blank cheques,” the finance minister told reporters outside the chancellery, adding that the deficit rules left “very little room to manoeuvre”.\n\n' +
          'The junior partner insists that the extra money for schools and hospitals is non-negotiable. Its parliamentary leader said the party would not support any budget that cut public services, and accused the finance ministry of hiding behind accounting tricks.\n\n' +
          'What happens next\n\n' +
          'Economists warned that a prolonged stand-off could unsettle markets. A spokesperson for the central bank declined to comment on the negotiations, saying only that the bank was monitoring developments closely.\n' +
          'Talks are due to resume on Friday.',
      },
    ]);
  });

  it('never runs the page scripts and keeps script, style and noscript text out of the body', () => {
    expect('__framebenchScriptRan' in globalThis).toBe(false);
    const [article] = parseSource(source('budget-row.html', page));
    expect('__framebenchScriptRan' in globalThis).toBe(false);
    for (const marker of ['SCRIPT-RAN-MARKER', 'STYLE-TEXT-MARKER', 'NOSCRIPT-MARKER', 'globalThis']) {
      expect(article.body).not.toContain(marker);
    }
  });

  it('leaves out navigation, ads, cookie banner, related links and footer', () => {
    const [article] = parseSource(source('budget-row.html', page));
    for (const noise of ['Subscribe for 1 euro', 'Accept all', 'Advertisement', 'Buy cheap flights', 'Most read', 'All rights reserved']) {
      expect(article.body).not.toContain(noise);
    }
  });

  it('keeps script text out of the body when Readability finds nothing and the whole body is used', () => {
    // Readability gives up on a page whose only text sits in an <aside>.
    const html =
      '<html><head></head><body><script>document.write("SCRIPT-RAN-MARKER")</script>' +
      '<aside>Short   note,\n spread  out.<noscript>NOSCRIPT-MARKER</noscript></aside><style>b::after{content:"STYLE-TEXT-MARKER"}</style></body></html>';
    expect(parseHtml(html)).toEqual({ body: 'Short note, spread out.' });
  });

  it('falls back to <meta> tags, og:url and <html lang>', () => {
    const html =
      '<!DOCTYPE html><html lang="de"><head><title>Titel der Seite</title>' +
      '<meta name="date" content="2025-03-05"><meta property="og:url" content="https://zeitung.example/a">' +
      '</head><body><p>Der Text des Artikels.</p></body></html>';
    expect(parseHtml(html)).toEqual({
      title: 'Titel der Seite',
      publishedAt: '2025-03-05',
      url: 'https://zeitung.example/a',
      language: 'de',
      body: 'Der Text des Artikels.',
    });
  });

  it('reads byline, date and outlet from JSON-LD data', () => {
    const jsonLd = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Mayor resigns',
      author: { '@type': 'Person', name: 'Ola Nordmann' },
      datePublished: '2025-04-01T10:00:00+02:00',
      publisher: { '@type': 'Organization', name: 'Fjord Post' },
    });
    const html =
      `<!DOCTYPE html><html><head><title>Page</title><script type="application/ld+json">${jsonLd}</script></head>` +
      '<body><article><p>The mayor resigned on Tuesday after weeks of pressure.</p></article></body></html>';
    expect(parseHtml(html)).toEqual({
      title: 'Mayor resigns',
      outlet: 'Fjord Post',
      author: 'Ola Nordmann',
      publishedAt: '2025-04-01',
      body: 'The mayor resigned on Tuesday after weeks of pressure.',
    });
  });

  it('reads pages without <head> or <body> tags', () => {
    expect(parseSource(source('fragment.htm', '<title>Brief</title><p>One.</p><p>Two<br>lines.</p>'))).toEqual([
      { title: 'Brief', body: 'One.\n\nTwo\nlines.' },
    ]);
  });

  it('refuses a page without article text', () => {
    const html = '<html><head><title>Empty</title><script>var x = "text";</script></head><body>  <style>p{}</style> </body></html>';
    expect(importError(() => parseSource(source('empty.html', html))).message).toBe('no article text found in the page');
  });
});

describe('JSON', () => {
  it('reads an array of articles with aliased keys from the fixture', () => {
    expect(parseSource(source('articles.json', fixture('articles.json')))).toEqual([
      {
        title: 'City council approves new cycle lanes',
        outlet: 'Metro Daily',
        author: 'Priya Shah',
        publishedAt: '2025-01-20',
        url: 'https://metro.example/cycle-lanes',
        language: 'en',
        body: 'The council voted 31 to 12 in favour of the plan.\n\nWork starts in April.',
      },
      { title: 'Opinion: the lanes are overdue', outlet: 'Metro Daily', publishedAt: '2025-01-21', body: 'Cyclists have waited a decade for this.' },
    ]);
  });

  it('reads a single object and an {"articles": [...]} wrapper', () => {
    expect(parseJson('{"title": "One", "body": "Text."}')).toEqual([{ title: 'One', body: 'Text.' }]);
    expect(parseJson('{"articles": [{"link": "https://a.example", "site": "A", "lang": "fr", "date": "2025/01/02", "text": "T."}]}')).toEqual([
      { url: 'https://a.example', outlet: 'A', language: 'fr', publishedAt: '2025-01-02', body: 'T.' },
    ]);
  });

  it('refuses malformed JSON with the parser message on one line', () => {
    const text = '[{"title": "a", }]';
    let parserMessage = '';
    try {
      JSON.parse(text);
    } catch (error) {
      parserMessage = (error as Error).message;
    }
    expect(importError(() => parseSource(source('bad.json', text))).message).toBe(`malformed JSON: ${parserMessage}`);
  });

  it('refuses an entry without body text, naming it by its 1-based position', () => {
    const text = '[{"body": "ok"}, {"body": "fine"}, {"title": "no body"}]';
    expect(importError(() => parseJson(text)).message).toBe('article 3: no body text');
    expect(importError(() => parseJson('[{"body": "   "}]')).message).toBe('article 1: no body text');
  });

  it('refuses an empty list and values of the wrong type', () => {
    expect(importError(() => parseJson('[]')).message).toBe('no articles in file');
    expect(importError(() => parseJson('{"articles": []}')).message).toBe('no articles in file');
    expect(importError(() => parseJson('[{"title": 42, "body": "x"}]')).message).toBe('article 1: "title" must be text, got a number');
    expect(importError(() => parseJson('[{"body": ["a", "b"]}]')).message).toBe('article 1: "body" must be text, got a list');
    expect(importError(() => parseJson('[{"body": "x"}, "text"]')).message).toBe('article 2: expected an object, got a string');
    expect(importError(() => parseJson('true')).message).toBe('expected an article object or a list of articles, got a boolean');
  });
});

describe('CSV', () => {
  it('reads quoted commas, quotes and newlines from the fixture', () => {
    expect(parseSource(source('articles.csv', fixture('articles.csv')))).toEqual([
      {
        title: 'Port strike ends after pay deal',
        outlet: 'Harbour Times',
        author: 'Lee, Sam',
        publishedAt: '2025-02-14',
        url: 'https://harbour.example/strike',
        language: 'en',
        body: 'Dock workers returned to work on Friday, ending a ten-day strike.\n\nThe union said the deal "meets our core demands".',
      },
      { title: 'Ferry timetable changes', outlet: 'Harbour Times', publishedAt: '2025-02-14', language: 'en', body: 'Ferries will run a reduced timetable until Monday.' },
    ]);
  });

  it('detects semicolon and tab delimiters and matches headers case-insensitively', () => {
    expect(parseCsv('Title;Source;Published_At;TEXT\r\nA;Paper;5 March 2025;"x; y, z"\r\n')).toEqual([
      { title: 'A', outlet: 'Paper', publishedAt: '2025-03-05', body: 'x; y, z' },
    ]);
    expect(parseSource(source('a.tsv', 'content\tauthor\nBody, with comma\tKim\n'))).toEqual([{ author: 'Kim', body: 'Body, with comma' }]);
    expect(parseCsv('Published\tText\n2025-01-02\tTabbed body\n')).toEqual([{ publishedAt: '2025-01-02', body: 'Tabbed body' }]);
  });

  it('skips blank lines', () => {
    expect(parseCsv('title,body\n\nA,one\n   \n,,\n\nB,two\n\n')).toEqual([
      { title: 'A', body: 'one' },
      { title: 'B', body: 'two' },
    ]);
  });

  it('refuses a CSV without a body column', () => {
    expect(importError(() => parseCsv('title,summary\nA,b\n')).message).toBe('CSV has no body column (expected one of: body, text, content)');
  });

  it('refuses an unclosed quote with the line where it starts', () => {
    const text = 'title,body\nA,"fine\nacross lines"\n\nB,"never closed\nC,more\n';
    expect(importError(() => parseSource(source('a.csv', text))).message).toBe('malformed CSV at line 5: unclosed quote');
  });

  it('refuses a row with the wrong number of fields', () => {
    expect(importError(() => parseCsv('title,body\nA,one\nB,two,three\n')).message).toBe('malformed CSV at line 3: expected 2 fields, found 3');
  });

  it('refuses a row with an empty body, counting lines of earlier multi-line fields', () => {
    const text = 'title,body\nA,"first\nsecond\nthird"\n\nB,  \n';
    expect(importError(() => parseCsv(text)).message).toBe('row 6: empty body');
  });

  it('refuses a CSV without data rows', () => {
    expect(importError(() => parseCsv('title,body\n\n')).message).toBe('no articles in file');
  });
});

describe('parseSource', () => {
  it('picks the parser by extension, case-insensitively', () => {
    expect(parseSource(source('LIST.JSON', '[{"body": "x"}]'))).toEqual([{ body: 'x' }]);
    expect(parseSource(source('note.text', 'Title\nBody'))).toEqual([{ title: 'Title', body: 'Body' }]);
  });

  it('sniffs the format of files with unknown extensions', () => {
    expect(parseSource(source('page.php', '\n<!doctype html><html><body><p>Sniffed page.</p></body></html>'))).toEqual([{ body: 'Sniffed page.' }]);
    expect(parseSource(source('export.dat', '{"articles": [{"body": "Sniffed JSON."}]}'))).toEqual([{ body: 'Sniffed JSON.' }]);
    expect(parseSource(source('README', '<b> is bold\nin HTML'))).toEqual([{ title: '<b> is bold', body: 'in HTML' }]);
  });

  it('trims strings, drops empty fields and normalises dates', () => {
    const json = JSON.stringify([{ title: '  Spaced  ', outlet: '', author: '   ', url: null, date: 'sometime', body: '\r\n  Text\r\nmore  \n' }]);
    const articles: ParsedArticle[] = parseSource(source('a.json', json));
    expect(articles).toEqual([{ title: 'Spaced', body: 'Text\nmore' }]);
  });

  it('decodes Windows-1252 files before parsing', () => {
    const bytes = iconv.encode('title,body\n“Caf\u00e9 closes”,It served “the best” coffee.\n', 'win1252');
    expect(parseSource(source('old.csv', bytes))).toEqual([{ title: '“Café closes”', body: 'It served “the best” coffee.' }]);
  });

  it('passes decoding refusals through unchanged', () => {
    expect(importError(() => parseSource(source('empty.csv', ''))).message).toBe('file is empty');
    expect(importError(() => parseSource(source('photo.html', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))).message).toBe(
      'looks like a binary file, not text',
    );
  });

  it('turns unexpected exceptions into a one-line ImportError', () => {
    const error = importError(() => parseSource({ name: 'broken.txt', bytes: null as unknown as Uint8Array }));
    expect(error.message).toBe("could not read file: Cannot read properties of null (reading 'length')");
  });
});
