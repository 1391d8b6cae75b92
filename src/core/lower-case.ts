// Lower-cases text without changing its length, so a pattern written in lower case runs without the `i` flag and its
// match offsets still index the original text. Why: V8 compiles a large case-insensitive Unicode alternation several
// times slower than the same pattern without `i` (the month-name date pattern: 75 ms against 14 ms on first use in
// Chromium), and every page compiles it anew (docs/performance.md).
export function lowerSameLength(s: string): string {
  const lower = s.toLowerCase();
  if (lower.length === s.length) return lower;
  // Rare characters lower-case to two code units ("İ" → "i̇"): those stay as they are.
  let out = '';
  for (const c of s) {
    const l = c.toLowerCase();
    out += l.length === c.length ? l : c;
  }
  return out;
}
