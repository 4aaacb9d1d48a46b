import { describe, expect, it } from 'vitest';
import { toFtsQuery } from '../../shared/search/fts-query';

describe('toFtsQuery', () => {
  it.each([
    ['hostage deal', 'hostage deal'],
    ['"direct talks"', '"direct talks"'],
    ['hostag*', 'hostag*'],
    ['U.S. envoy', '"U.S." envoy'],
    ["Trump's post", `"Trump's" post`],
    ['Hamas OR Qatar', 'Hamas OR Qatar'],
    ['(Hamas OR Qatar) NOT Iran', '( Hamas OR Qatar ) NOT Iran'],
    ['NEAR(hell pay, 3)', 'NEAR(hell pay, 3)'],
    ['U.S.*', '"U.S."*'],
    ['a - b', 'a b'],
    ['"unclosed', '"unclosed'],
  ])('%s -> %s', (input, expected) => {
    expect(toFtsQuery(input)).toBe(expected);
  });
});
