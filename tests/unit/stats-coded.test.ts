// The coded fast path (shared/stats/coded.ts) gives exactly the results of the reference coefficients.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MISSING,
  agreementCoded,
  cohensKappa,
  decodeData,
  encodeData,
  fleissKappa,
  krippendorffAlpha,
  mulberry32,
  pairwise,
  percentAgreement,
} from '../../shared/stats';
import type { AlphaOptions, CodedData, Level, ReliabilityData, Value } from '../../shared/stats';

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

function reference(data: ReliabilityData, level: Level, options: AlphaOptions = {}) {
  return {
    percentAgreement: percentAgreement(data),
    cohensKappa: data.coders.length === 2 ? cohensKappa(data) : null,
    fleissKappa: fleissKappa(data),
    alpha: krippendorffAlpha(data, level, options),
    pairs: pairwise(data, (pair) => ({
      percentAgreement: percentAgreement(pair).agreement,
      alpha: krippendorffAlpha(pair, level, options).alpha,
      units: percentAgreement(pair).units,
    })),
  };
}

function agreeOn(data: ReliabilityData, levels: Level[], extra: Value[] = [7, 'unused']) {
  for (const coded of [encodeData(data), recoded(data, extra)]) {
    for (const level of levels) expect(agreementCoded(coded, level)).toEqual(reference(data, level));
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
          expect(agreementCoded(coded, 'ordinal', { order })).toEqual(reference(data, 'ordinal', { order }));
          expect(agreementCoded({ ...coded, order }, 'ordinal')).toEqual(reference({ ...data, order }, 'ordinal'));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives exactly the reference results for two coders, and on many units with several unit sizes', () => {
    fc.assert(fc.property(dataOf(fc.integer({ min: 1, max: 4 }), { min: 2, max: 2 }), (data) => agreeOn(data, LEVELS)));
    const random = mulberry32(11);
    const units = Array.from({ length: 1000 }, () => Array.from({ length: 4 }, () => (random() < 0.15 ? null : Math.floor(random() * 6) / 3)));
    agreeOn({ coders: ['a', 'b', 'c', 'd'], units }, LEVELS);
  });

  it('throws the reference errors on values the level cannot take', () => {
    const data: ReliabilityData = { coders: ['a', 'b'], units: [[1, 2], [3, null], [-1, 'x']] };
    for (const level of ['ordinal', 'interval', 'ratio'] as Level[]) {
      const error = (() => {
        try {
          krippendorffAlpha(data, level);
        } catch (thrown) {
          return thrown as Error;
        }
      })();
      expect(error).toBeInstanceOf(Error);
      expect(() => agreementCoded(encodeData(data), level)).toThrow(error);
    }
  });
});
