// 基本达到 / 基本完成 as a qualitative actual: the 达成年度指标 band (RULES §1: 100%–80% of the weight), where a
// published table puts it (原州区: 基本达到 scored 7 of 8), not the 部分达成 band (80%–60%).

import { explainZh } from '../../src/i18n/explain';
import { parseActual, parseTarget } from '../../src/domain/parse';
import { hubei20, national2020 } from '../../src/domain/profiles';
import { scoreIndicator } from '../../src/domain/score';
import type { RuleProfile } from '../../src/domain/profile';

const cell = (text: string) => ({ value: text, text });

function score(actualText: string, weight: number, recorded: number | null, profile: RuleProfile = national2020) {
  const target = parseTarget(cell('是'), { name: '持续完善马铃薯种薯繁育体系' });
  const actual = parseActual(cell(actualText), { target });
  return scoreIndicator({ name: '持续完善马铃薯种薯繁育体系', target, actual, weight, recorded }, profile);
}

describe('基本达到 / 基本完成 as the actual of a qualitative target', () => {
  test.each(['基本达到', '基本完成'])(
    '%s: a review in the 达成 band, 80%%–100%% of the weight, the score kept inside it',
    (w) => {
      const s = score(w, 8, 7);
      expect(s.status).toBe('review');
      expect(s.band).toEqual([6.4, 8]);
      expect(s.score).toBe(7);
      expect(s.explanation).toMatchObject({ kind: 'review', verdict: 'mostly' });
      expect(explainZh(s.explanation)).toContain('基本达成');
    },
  );

  test('full marks are inside the band too; blank gets its low end', () => {
    expect(score('基本达到', 8, 8).score).toBe(8);
    expect(score('基本达到', 8, null).score).toBe(6.4);
  });

  test('below the band is outside it', () => {
    const s = score('基本完成', 10, 6);
    expect(s.band).toEqual([8, 10]);
    expect(s.score).toBe(8);
  });

  test('a profile whose partly band ends elsewhere starts the 达成 band there', () => {
    expect(score('基本达到', 10, null, hubei20).band).toEqual([hubei20.qualitativeBands.partly[1] * 10, 10]);
  });

  test('部分完成 stays in the 部分达成 band', () => {
    expect(score('部分完成', 8, null).band).toEqual([4.8, 6.4]);
  });
});
