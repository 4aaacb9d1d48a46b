// The coded fast path (shared/stats/coded.ts) gives exactly the results of the reference coefficients.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MISSING,
  cohensKappa,
  cohensKappaCoded,
  decodeData,
  encodeData,
  fleissKappa,
  fleissKappaCoded,
  krippendorffAlpha,
  krippendorffAlphaCoded,
  pairwise,
  pairwiseFiguresCoded,
  percentAgreement,
  percentAgreementCoded,
} from '../../shared/stats';
import type { CodedData, Level, ReliabilityData, Value } from '../../shared/stats';

const LEVELS: Level[] = ['nominal', 'ordinal', 'interval', 'ratio'];

function dataOf(values: fc.Arbitrary<Value>, coders: { min: number; max: number } = { min: 1, max: 5 }) {
  return fc.integer(coders).chain((m) =>
    fc.record({
      coders: fc.constant(Array.from({ length: m }, (_c, i) => `c${i}`)),
      units: fc.array(fc.array(fc.option(values, { nil: null, freq: 3 }), { minLength: m, maxLength: m }), { maxLength: 40 }),
    }),
  );
}

const numbers = dataOf(fc.oneof(fc.integer({ min: 0, max: 5 }), fc.constantFrom(0.5, 2.25, 100)));
const labels = dataOf(fc.constantFrom('Pro', 'Contra', 'Neutral', '(none)', 'a › b'));

/** The same data coded with the values listed in another order and with values no cell uses. */
function recoded(data: ReliabilityData, extra: Value[]): CodedData {
  const coded = encodeData(data);
  const values = [...extra.filter((v) => !coded.values.includes(v)), ...[...coded.values].reverse()];
  const cells = coded.cells.map((i) => (i === MISSING ? MISSING : values.indexOf(coded.values[i])));
  return { ...coded, values, cells };
}

function agreeOn(data: ReliabilityData, levels: Level[], extra: Value[] = [7, 'unused']) {
  for (const coded of [encodeData(data), recoded(data, extra)]) {
    expect(percentAgreementCoded(coded)).toEqual(percentAgreement(data));
    expect(fleissKappaCoded(coded)).toEqual(fleissKappa(data));
    expect(fleissKappaCoded(coded, { m: 2 })).toEqual(fleissKappa(data, { m: 2 }));
    if (data.coders.length === 2) expect(cohensKappaCoded(coded)).toEqual(cohensKappa(data));
    for (const level of levels) {
      expect(krippendorffAlphaCoded(coded, level)).toEqual(krippendorffAlpha(data, level));
      const figures = (pair: ReliabilityData) => ({
        percentAgreement: percentAgreement(pair).agreement,
        alpha: krippendorffAlpha(pair, level).alpha,
        units: percentAgreement(pair).units,
      });
      expect(pairwiseFiguresCoded(coded, level)).toEqual(pairwise(data, figures));
    }
  }
}

describe('coded data', () => {
  it('round-trips', () => {
    fc.assert(
      fc.property(fc.oneof(numbers, labels), (data) => {
        expect(decodeData(encodeData(data))).toEqual(data);
      }),
    );
  });

  it('gives exactly the reference results on numbers at every level', () => {
    fc.assert(fc.property(numbers, (data) => agreeOn(data, LEVELS)), { numRuns: 300 });
  });

  it('gives exactly the reference results on labels, nominal and ranked by an order', () => {
    const order = ['Contra', 'Neutral', 'Pro', '(none)', 'a › b'];
    fc.assert(
      fc.property(labels, (data) => {
        agreeOn(data, ['nominal']);
        for (const coded of [encodeData(data), recoded(data, ['unused'])]) {
          expect(krippendorffAlphaCoded(coded, 'ordinal', { order })).toEqual(krippendorffAlpha(data, 'ordinal', { order }));
          expect(krippendorffAlphaCoded({ ...coded, order }, 'ordinal')).toEqual(krippendorffAlpha({ ...data, order }, 'ordinal'));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives exactly the reference results for two coders', () => {
    fc.assert(fc.property(dataOf(fc.integer({ min: 1, max: 4 }), { min: 2, max: 2 }), (data) => agreeOn(data, LEVELS)));
  });

  it('throws the reference errors on values the level cannot take', () => {
    const data: ReliabilityData = { coders: ['a', 'b'], units: [[1, 2], [3, null], [-1, 'x']] };
    for (const level of ['ordinal', 'interval', 'ratio'] as Level[]) {
      const reference = (() => {
        try {
          krippendorffAlpha(data, level);
        } catch (error) {
          return error;
        }
      })();
      expect(reference).toBeInstanceOf(Error);
      expect(() => krippendorffAlphaCoded(encodeData(data), level)).toThrow(reference as Error);
    }
    expect(() => cohensKappaCoded(encodeData({ coders: ['a', 'b', 'c'], units: [] }))).toThrow(/exactly two coders/);
  });
});
