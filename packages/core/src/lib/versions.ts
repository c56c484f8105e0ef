/** Orders `major.minor.patch` versions (pre-release suffixes sort with their release). */
export function compareVersions(a: string, b: string): number {
  const [x, y] = [a.split(/[.-]/).map(Number), b.split(/[.-]/).map(Number)];
  for (let i = 0; i < 3; i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
}
