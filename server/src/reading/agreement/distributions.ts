// The few distribution functions the agreement statistics need. They come from stdlib
// (stdlib-js/stdlib, Apache-2.0), the maintained numerical library for JavaScript, one small package
// per function: its incomplete beta and quantiles follow Boost/Cephes and agree with R's to ~1e-15,
// which an incomplete-beta written here would have to earn first.
import betainc from '@stdlib/math-base-special-betainc';
import fQuantileOf from '@stdlib/stats-base-dists-f-quantile';
import normalQuantileOf from '@stdlib/stats-base-dists-normal-quantile';
import tQuantileOf from '@stdlib/stats-base-dists-t-quantile';

/** P(F > f) for F(d1, d2), taken from whichever incomplete-beta tail keeps precision (p may be 1e-300). */
export function fUpperTail(f: number, d1: number, d2: number): number {
  if (f <= 0) return 1;
  if (f === Number.POSITIVE_INFINITY) return 0;
  return d1 * f > d2 ? betainc((d1 * f) / (d2 + d1 * f), d1 / 2, d2 / 2, true, true) : betainc(d2 / (d2 + d1 * f), d2 / 2, d1 / 2, true, false);
}

export const fQuantile = (p: number, d1: number, d2: number): number => fQuantileOf(p, d1, d2);
export const tQuantile = (p: number, df: number): number => tQuantileOf(p, df);
export const normalQuantile = (p: number): number => normalQuantileOf(p, 0, 1);
