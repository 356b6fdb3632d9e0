// The shipped rule profiles: national defaults, regional variants and lookup by id.

import {
  PROFILES,
  getProfile,
  hubei20,
  national2020,
  national2020ProportionalRange,
  national2020Rescale,
} from '../../src/domain/profiles';
import { UnknownProfileError, type RuleProfile } from '../../src/domain/profile';
import { renderRule } from '../../src/i18n/rules';

const keysOf = (p: RuleProfile) => p.texts.map((t) => t.key);

describe('rule profiles', () => {
  it('uses the national 2020 rule when no profile is named', () => {
    const p = getProfile();
    expect(p).toBe(national2020);
    expect(p).toMatchObject({
      id: 'national-2020',
      budget: { weight: 10, denominator: 'fullYear', cap: 1 },
      positive: 'ratio',
      negative: 'ratio',
      range: 'allOrNothing',
      qualitativeBands: { partly: [0.6, 0.8], notMet: [0, 0.6] },
      overAchievementNote: 1.3,
      overAchievementPenalty: 0,
      notApplicable: 'exclude',
      rounding: 2,
    });
    expect(p.grades).toEqual([
      [90, '优'],
      [80, '良'],
      [60, '中'],
      [0, '差'],
    ]);
  });

  it('finds every shipped profile by its id, ignoring case and spaces', () => {
    for (const p of PROFILES) expect(getProfile(p.id)).toBe(p);
    expect(getProfile(' HUBEI-20 ')).toBe(hubei20);
  });

  it('rejects an unknown id with a typed error naming the valid ones', () => {
    expect(() => getProfile('guangdong')).toThrow(UnknownProfileError);
    try {
      getProfile('guangdong');
    } catch (e) {
      expect(e).toMatchObject({
        id: 'guangdong',
        valid: ['national-2020', 'national-2020-proportional-range', 'national-2020-rescale', 'hubei-20'],
      });
    }
  });

  it('has unique ids', () => {
    expect(new Set(PROFILES.map((p) => p.id)).size).toBe(PROFILES.length);
  });

  it('shows the officer rule texts that each cite RULES.md', () => {
    for (const p of PROFILES) {
      expect(p.texts.length).toBeGreaterThan(5);
      for (const t of p.texts.map((r) => renderRule(r)))
        expect(t).toMatch(/（[^）]*(财预〔2020〕10号|常见做法|地方做法)[^）]*）/);
      for (const t of p.texts.map((r) => renderRule(r))) expect(t).not.toMatch(/RULES/);
    }
  });

  it('lists the rules of each profile by key, with the figures of the profile', () => {
    expect(keysOf(national2020)).toEqual([
      'budget',
      'positive',
      'negativeRatio',
      'equality',
      'rangeAllOrNothing',
      'completionRate',
      'deadline',
      'qualitative',
      'cap',
      'overAchievement',
      'notes',
      'notApplicableExclude',
      'grades',
      'rounding',
    ]);
    for (const p of PROFILES) {
      expect(p.texts).toContainEqual({ key: 'budget', weight: p.budget.weight, denominator: p.budget.denominator });
      expect(p.texts).toContainEqual({ key: 'qualitative', ...p.qualitativeBands });
      expect(p.texts).toContainEqual({
        key: 'overAchievement',
        threshold: p.overAchievementNote,
        penalty: p.overAchievementPenalty,
      });
      expect(p.texts).toContainEqual({ key: 'grades', grades: p.grades });
      expect(p.texts).toContainEqual({ key: 'rounding', decimals: p.rounding });
    }
    expect(hubei20.texts).toContainEqual({ key: 'totalCap', caps: hubei20.totalCapByRate });
    expect(hubei20.texts).toContainEqual({ key: 'executionNote', below: hubei20.executionNoteBelow });
  });

  it('describes the proportional range and rescale variants in their texts', () => {
    expect(national2020ProportionalRange.range).toBe('ratioToNearestBound');
    expect(keysOf(national2020ProportionalRange)).toContain('rangeProportional');
    expect(keysOf(national2020ProportionalRange)).not.toContain('rangeAllOrNothing');
    expect(national2020Rescale.notApplicable).toBe('rescaleTo100');
    expect(keysOf(national2020Rescale)).toContain('notApplicableRescale');
    expect(keysOf(national2020Rescale)).not.toContain('notApplicableExclude');
  });

  it('makes the Hubei execution rate worth 20 points, caps totals by rate and deducts for over-achievement', () => {
    expect(hubei20.budget.weight).toBe(20);
    expect(hubei20.overAchievementPenalty).toBe(2);
    expect(hubei20.totalCapByRate).toEqual([
      [0.8, 100],
      [0.7, 89],
      [0.6, 79],
      [0.5, 69],
      [0, 59],
    ]);
    expect(hubei20.executionNoteBelow).toBe(0.9);
  });

  it('keeps grade thresholds highest first so the first reached band wins', () => {
    for (const p of PROFILES) {
      const mins = p.grades.map(([m]) => m);
      expect([...mins].sort((a, b) => b - a)).toEqual(mins);
    }
  });
});
