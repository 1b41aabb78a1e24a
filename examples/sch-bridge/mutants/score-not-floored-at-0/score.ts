/**
 * Mutant of core/score.ts: the raw score is the table's min(avg / 1.6, 100) only, without the
 * "Min Score 0" floor, so a negative average (a backend that deducts points for hints) is written
 * as a negative raw.
 *
 * The SCORM score from the learner's practice progress.
 * Spec (seeds/scorm-progress-tracking.txt, "Score Calculation"): "the bridge averages the practice
 * scores across the learner's completed challenges and divides by 1.6, then caps the result at 100";
 * table row "Raw Score | min(avg(challengeScores) / 1.6, 100)", Min 0, Max 100.
 */
export interface ChallengeProgress {
  id: string;
  completed: boolean;
  /** Internal 0–160 scale (Phase 1 + Phase 2); unfinished challenges may hold partial points. */
  score: number;
}

export const SCORE_MIN = 0;
export const SCORE_MAX = 100;
/** 160 internal points map to 100 SCORM points. */
export const INTERNAL_TO_SCORM_DIVISOR = 1.6;
/** Both SCORM 1.2 CMIDecimal and 2004 real(10,7) keep 7 fractional digits comfortably. */
const FRACTION_DIGITS = 7;

/** Only finished challenges count: a half-done challenge must not drag the average down. */
export function scoredChallenges(challenges: readonly ChallengeProgress[]): number[] {
  return challenges.filter((c) => c.completed).map((c) => c.score);
}

/**
 * raw = clamp(min(avg / 1.6, 100), 0, 100), rounded to 7 decimals so that the value written, the
 * scaled value and the pass verdict all agree (and 112 / 1.6 is 70, not 70.00000000000001). Undefined when no challenge is completed: the bridge
 * then writes no score at all rather than a misleading 0.
 */
export function rawScore(challenges: readonly ChallengeProgress[]): number | undefined {
  const scores = scoredChallenges(challenges);
  if (scores.length === 0) return undefined;
  const sum = scores.reduce((a, b) => a + b, 0);
  const divided = sum / scores.length / INTERNAL_TO_SCORM_DIVISOR;
  const capped = Math.min(divided, SCORE_MAX);
  return roundScore(capped);
}

export function roundScore(value: number): number {
  const factor = 10 ** FRACTION_DIGITS;
  return Math.round(value * factor) / factor;
}

/** Decimal notation only: String(1e-7) would give "1e-7", which CMIDecimal rejects. */
export function formatDecimal(value: number): string {
  const fixed = value.toFixed(FRACTION_DIGITS);
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}

/** 2004 cmi.score.scaled (scorm-runtime.md#cmi-score-scaled): raw over the 0–100 range. */
export function scaledScore(raw: number): number {
  return roundScore((raw - SCORE_MIN) / (SCORE_MAX - SCORE_MIN));
}
