// Order statistics for the bench's figures (nearest-rank, as the median and p90).
export function quantile(xs: number[], p: number): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))]!;
}

export const median = (xs: number[]) => quantile(xs, 0.5);

/** Rounded for the report: three significant figures are more than one run on a shared machine can tell. */
export const round = (x: number, digits = 3) => (Number.isFinite(x) ? Number(x.toPrecision(digits)) : null);
