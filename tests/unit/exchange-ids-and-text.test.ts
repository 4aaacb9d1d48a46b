import { describe, expect, it } from 'vitest';
import { articleGuid, coderGuid, normalizeGuid, uuidV5 } from '../../electron/core/exchange/guid';
import { toCodePoints, toUtf16 } from '../../electron/core/exchange/offsets';
import { parseValueDescription, parseVariableDescription, splitMarker, valueDescription, withMarker } from '../../electron/core/exchange/qda-markers';
import { escapeAttribute, escapeText, parseQdaXml } from '../../electron/core/exchange/xml';

describe('GUIDs', () => {
  it('makes RFC 4122 version 5 UUIDs (checked against the RFC namespace example)', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
    expect(articleGuid('ab'.repeat(32))).toBe(articleGuid('ab'.repeat(32)));
    expect(articleGuid('ab'.repeat(32))).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(coderGuid('Ana')).toBe(coderGuid('ANA'));
  });

  it('normalises GUIDs from other tools: braces and upper case', () => {
    expect(normalizeGuid('{972002BF-D7E4-4331-8622-8B8B25A6B106}')).toBe('972002bf-d7e4-4331-8622-8b8b25a6b106');
    expect(normalizeGuid('not-a-guid')).toBeUndefined();
  });
});

describe('positions', () => {
  it('converts between UTF-16 offsets and the code points REFI-QDA counts', () => {
    const text = 'a😀b👩🏽‍💻c עברית';
    const [cp, utf16] = [toCodePoints(text), toUtf16(text)];
    const chars = [...text];
    for (let p = 0; p <= chars.length; p++) {
      expect(text.slice(0, utf16(p))).toBe(chars.slice(0, p).join(''));
      expect(cp(utf16(p)!)).toBe(p);
    }
    expect(utf16(chars.length + 1)).toBeUndefined();
    expect(toCodePoints('plain')(3)).toBe(3);
  });
});

describe('QDA-XML text', () => {
  it('marks what the schema has no field for, and reads it back', () => {
    expect(withMarker('', {})).toBe('');
    expect(splitMarker(withMarker('text\n\nmore', { code: 3 }))).toEqual({ text: 'text\n\nmore', data: { code: 3 } });
    expect(splitMarker('[Framebench] {broken')).toEqual({ text: '[Framebench] {broken' });
    expect(parseValueDescription(valueDescription('desc', -1, 'k', true))).toEqual({ description: 'desc', numericCode: -1, shortcut: 'k', archived: true });
    expect(parseValueDescription('from another tool')).toEqual({ description: 'from another tool' });
    expect(parseVariableDescription('Just a definition.')).toEqual({ definition: 'Just a definition.' });
    expect(parseVariableDescription('Def\n\nInclusion: in\n\nExample: ex\n\n[Framebench] {"unit":"article","level":"ordinal","kind":"tone"}')).toEqual({
      definition: 'Def',
      inclusion: 'in',
      exclusion: '',
      example: 'ex',
      unit: 'article',
      level: 'ordinal',
      kind: 'tone',
      archived: false,
    });
  });

  it('escapes so that attributes keep their line breaks and tabs, and text keeps CR', () => {
    const value = 'a\r\nb\t"c" <d> & \'e\' 😀\u0001';
    const xml = `<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="x" name="${escapeAttribute(value)}" isCodable="true"><Description>${escapeText(value)}</Description></Code></Codes></CodeBook>`;
    const root = parseQdaXml(xml, 'CodeBook') as { Codes: { Code: Record<string, string>[] } };
    const expected = value.replace('\u0001', '\uFFFD');
    expect(root.Codes.Code[0]['@_name']).toBe(expected);
    expect(root.Codes.Code[0].Description).toBe(expected);
  });
});
