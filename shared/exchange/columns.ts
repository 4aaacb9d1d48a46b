// The columns of each CSV export, in order; the imports read the same names (case-insensitive).

export const CODEBOOK_COLUMNS = [
  'variable_guid',
  'variable',
  'variable_definition',
  'inclusion',
  'exclusion',
  'example',
  'unit',
  'level',
  'kind',
  'variable_archived',
  'value_guid',
  'value',
  'parent_value_guid',
  'value_description',
  'numeric_code',
  'color',
  'shortcut',
  'value_archived',
] as const;

export const SEGMENT_COLUMNS = [
  'article_id',
  'article_title',
  'outlet',
  'published_at',
  'stories',
  'coder',
  'start',
  'end',
  'text',
  'variable',
  'value',
  'numeric_code',
  'actor',
  'target',
  'memo',
  'created_at',
  'updated_at',
  'coding_guid',
] as const;

export const LONG_COLUMNS = ['article_id', 'article_title', 'coder', 'variable', 'value', 'numeric_code'] as const;

/** The first columns of the article data matrix; variable and count columns follow. */
export const MATRIX_ARTICLE_COLUMNS = ['article_id', 'article_title', 'outlet', 'published_at', 'stories', 'coder'] as const;

export const MATRIX_LABEL_COLUMNS = ['column', 'variable', 'numeric_code', 'label'] as const;

/** Stories of an article in one cell, in name order. */
export const STORY_SEPARATOR = '; ';

/** Count column of a span code in the matrix: "Frame: Security and defense (n)"; nested codes show their path. */
export function countColumnName(variable: string, codePath: string[]): string {
  return `${variable}: ${codePath.join(' / ')} (n)`;
}
