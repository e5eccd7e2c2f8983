import { describe, expect, it } from 'vitest';
import { ratingQuestionSetAt, ratingQuestionSets } from './question-sets.ts';
import { agencyGradeOf, indexScore, scoreRating, staffDutyBandOf, totalScore } from './scoring.ts';

const set = ratingQuestionSetAt('2026-11-30');
const allGood = Object.fromEntries(set.questions.map((q) => [q.key, 'good']));

describe('the rating question sets', () => {
  it('ask the nine indices, numbered 1–9, each with 2, 1 and 0 points (18 at most)', () => {
    for (const s of ratingQuestionSets) {
      expect(s.questions.map((q) => q.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
      for (const q of s.questions) expect(q.options.map((o) => o.score)).toEqual([2, 1, 0]);
      expect(s.citation).toContain('61/2018');
    }
  });

  it('grade staff on indices 1, 2, 3, 4 and 7 only', () => {
    expect(set.questions.filter((q) => q.gradesStaff).map((q) => q.number)).toEqual([1, 2, 3, 4, 7]);
  });

  it('apply by date, and no set exists before Decree 61 took effect', () => {
    expect(ratingQuestionSetAt('2018-06-21').id).toBe('nd61-2018');
    expect(() => ratingQuestionSetAt('2018-06-20')).toThrow();
  });
});

describe('scoring one rating', () => {
  it('sums the points of all nine answers', () => {
    const r = scoreRating(set, { ...allGood, total_time: 'fair', staff_attitude: 'poor' });
    expect(r).toMatchObject({ ok: true, total: 15 });
  });

  it('names every unanswered, unknown or invalid answer by its field path', () => {
    const { contacts: _c, publicity: _p, ...partial } = allGood;
    const r = scoreRating(set, { ...partial, total_time: 'excellent', extra: 'good' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.path).sort()).toEqual(['body.answers.contacts', 'body.answers.extra', 'body.answers.publicity', 'body.answers.total_time']);
    expect(r.errors.find((e) => e.path === 'body.answers.contacts')?.message).toBe('Vui lòng trả lời câu 3');
  });
});

describe('index scores and grades', () => {
  it.each([
    [5, 3, 1.7],
    [3, 2, 1.5],
    [0, 4, 0],
    [2, 0, null],
  ])('the mean of %i points over %i dossiers is %s', (sum, count, expected) => {
    expect(indexScore(sum, count)).toBe(expected);
  });

  it('totals only the indices with data', () => {
    expect(totalScore([1.7, null, 2, 0.1])).toBe(3.8);
    expect(totalScore([null, null])).toBeNull();
  });

  it.each([
    [18, 'excellent'], [15, 'excellent'], [14.9, 'good'], [12, 'good'], [11.9, 'fair'], [9, 'fair'], [8.9, 'average'], [6, 'average'], [5.9, 'weak'],
  ] as const)('grades an agency with %s points as %s', (total, grade) => {
    expect(agencyGradeOf(total)).toBe(grade);
  });

  it.each([
    [5, 'full'], [4.9, 'partial'], [3.5, 'partial'], [3.4, 'below'],
  ] as const)('puts an officer with %s points in band %s', (total, band) => {
    expect(staffDutyBandOf(total)).toBe(band);
  });
});
