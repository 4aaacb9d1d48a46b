// Paragraphs of an article body as offset ranges into the body (UTF-16 indices), trimmed like the reader shows them.

export interface TextRange {
  start: number;
  end: number;
}

/** Splits on blank lines; each range excludes the paragraph's leading and trailing white space. */
export function paragraphRanges(body: string): TextRange[] {
  const ranges: TextRange[] = [];
  const separator = /\n\s*\n/g;
  let from = 0;
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(body[start]!)) start++;
    while (end > start && /\s/.test(body[end - 1]!)) end--;
    if (end > start) ranges.push({ start, end });
  };
  for (const match of body.matchAll(separator)) {
    push(from, match.index);
    from = match.index + match[0].length;
  }
  push(from, body.length);
  return ranges;
}
