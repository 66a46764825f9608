// What a series measures, from its instances' headers alone (single-frame images): slice geometry
// along the normal of ImageOrientationPatient, cardiac phases from TriggerTime, and the per-instance
// acquisition parameters. Pure; each measure is computed at most once per series.
import type { DicomJson } from '../imaging/dicom-reader.ts';
import { numbersOf, TAGS } from './dicom-attributes.ts';
import { PLANES, type Measure } from './protocol-definition.ts';

export type Measurement =
  | { status: 'measured'; values: number[] | string[] }
  | { status: 'not-applicable'; reason: string }
  | { status: 'unmeasurable'; reason: string };

/** Positions closer than this along the normal are the same slice (headers carry ~0.1 mm precision). */
const SAME_POSITION_MM = 0.05;
/** Normals within ~1.1° count as parallel slices. */
const PARALLEL_COSINE = 0.9998;
/** A plane is axial, coronal or sagittal when its normal is within ~25.8° of that axis. */
const CARDINAL_COSINE = 0.9;

const round = (n: number, step: number): number => Math.round(n / step) * step;
const roundMm = (n: number): number => Number(round(n, 0.01).toFixed(2));
const distinctNumbers = (values: number[]): number[] => [...new Set(values)].sort((a, b) => a - b);
const measured = (values: number[] | string[]): Measurement => ({ status: 'measured', values });
const unmeasurable = (reason: string): Measurement => ({ status: 'unmeasurable', reason });
const notApplicable = (reason: string): Measurement => ({ status: 'not-applicable', reason });

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

interface Geometry {
  /** Distinct slice positions along the normal, ascending (mm). */
  positions: number[];
  /** Instances grouped by slice position, in the order of positions. */
  bySlice: DicomJson[][];
  normals: number[][];
}

export class SeriesMeasures {
  private readonly cache = new Map<Measure, Measurement>();
  private geometryCache: Geometry | string | undefined;

  constructor(readonly instances: readonly DicomJson[]) {}

  get(measure: Measure): Measurement {
    let result = this.cache.get(measure);
    if (!result) {
      result = this.compute(measure);
      this.cache.set(measure, result);
    }
    return result;
  }

  private compute(measure: Measure): Measurement {
    switch (measure) {
      case 'instances':
        return measured([this.instances.length]);
      case 'sliceThickness':
        return this.perInstance(TAGS.SliceThickness, 'SliceThickness', (v) => v[0]!);
      case 'pixelSpacing':
        return this.perInstance(TAGS.PixelSpacing, 'PixelSpacing', (v) => Math.max(...v));
      case 'fieldStrength':
        return this.perInstance(TAGS.MagneticFieldStrength, 'MagneticFieldStrength', (v) => v[0]!);
      case 'slicePositions':
        return this.withGeometry((g) => measured([g.positions.length]));
      case 'missingSlices':
        return this.withStack((_, steps) => {
          const nominal = this.nominalStep(steps);
          return measured([steps.reduce((n, step) => n + Math.max(0, Math.round(step / nominal) - 1), 0)]);
        });
      case 'sliceGap':
        return this.withStack((_, steps) => this.withThickness((t) => measured([roundMm(Math.max(...steps) - t)])));
      case 'coverage':
        return this.withGeometry((g) => this.withThickness((t) => measured([roundMm(g.positions.at(-1)! - g.positions[0]! + t)])));
      case 'cardiacPhases':
        return this.cardiacPhases();
      case 'temporalResolution':
        return this.temporalResolution();
      case 'plane':
        return this.withGeometry((g) => measured([...new Set(g.normals.map(planeOf))].sort()));
    }
  }

  /** One value per instance (distinct, ascending); unmeasurable when an instance lacks it. */
  private perInstance(tag: string, keyword: string, pick: (values: number[]) => number): Measurement {
    const values: number[] = [];
    let missing = 0;
    for (const instance of this.instances) {
      const numbers = numbersOf(instance, tag);
      if (numbers) values.push(pick(numbers));
      else missing++;
    }
    if (missing > 0) return unmeasurable(`${keyword} is absent or not numeric in ${missing} of ${this.instances.length} instances`);
    return measured(distinctNumbers(values));
  }

  private withThickness(then: (thickness: number) => Measurement): Measurement {
    const thickness = this.get('sliceThickness');
    if (thickness.status !== 'measured') return thickness;
    return then(Math.max(...(thickness.values as number[])));
  }

  private withGeometry(then: (g: Geometry) => Measurement): Measurement {
    const g = this.geometry();
    return typeof g === 'string' ? unmeasurable(g) : then(g);
  }

  /** Geometry of a stack: the steps between adjacent slice positions. */
  private withStack(then: (g: Geometry, steps: number[]) => Measurement): Measurement {
    return this.withGeometry((g) => {
      if (g.positions.length < 2) return notApplicable('the series has a single slice position');
      const steps = g.positions.slice(1).map((p, i) => p - g.positions[i]!);
      return then(g, steps);
    });
  }

  /** SpacingBetweenSlices when the series states one value, else the smallest step between slices. */
  private nominalStep(steps: number[]): number {
    const stated = new Set(this.instances.map((i) => numbersOf(i, TAGS.SpacingBetweenSlices)?.[0]));
    const [spacing] = [...stated];
    return stated.size === 1 && spacing !== undefined && spacing > 0 ? spacing : Math.min(...steps);
  }

  private geometry(): Geometry | string {
    if (this.geometryCache === undefined) this.geometryCache = computeGeometry(this.instances);
    return this.geometryCache;
  }

  /** Phases acquired at each slice position (distinct TriggerTime); the fewest over the stack. */
  private cardiacPhases(): Measurement {
    const phases = this.triggerTimesBySlice();
    if (typeof phases !== 'string') return measured([Math.min(...phases.map((times) => times.length))]);
    const stated = this.perInstance(TAGS.CardiacNumberOfImages, 'CardiacNumberOfImages', (v) => v[0]!);
    if (stated.status === 'measured') return measured([Math.min(...(stated.values as number[]))]);
    return unmeasurable(`${phases}; ${stated.reason}`);
  }

  /**
   * The interval between consecutive cardiac phases (median per slice, the largest over the stack):
   * the temporal resolution the headers state, since the acquisition's own (TR × views per segment)
   * is not in standard attributes. Without TriggerTime, NominalInterval / CardiacNumberOfImages.
   */
  private temporalResolution(): Measurement {
    const phases = this.triggerTimesBySlice();
    if (typeof phases !== 'string') {
      if (phases.some((times) => times.length < 2)) return notApplicable('a single cardiac phase at some slice position');
      const intervals = phases.map((times) => median(times.slice(1).map((t, i) => t - times[i]!)));
      return measured([Number(round(Math.max(...intervals), 0.1).toFixed(1))]);
    }
    const rr = this.perInstance(TAGS.NominalInterval, 'NominalInterval', (v) => v[0]!);
    const count = this.perInstance(TAGS.CardiacNumberOfImages, 'CardiacNumberOfImages', (v) => v[0]!);
    if (rr.status !== 'measured' || count.status !== 'measured') return unmeasurable(`${phases}; NominalInterval or CardiacNumberOfImages is absent`);
    const fewest = Math.min(...(count.values as number[]));
    if (fewest < 2) return notApplicable('a single cardiac phase');
    return measured([Number(round(Math.max(...(rr.values as number[])) / fewest, 0.1).toFixed(1))]);
  }

  /** Distinct TriggerTime values (0.1 ms) per slice position, or why they cannot be read. */
  private triggerTimesBySlice(): number[][] | string {
    const g = this.geometry();
    if (typeof g === 'string') return g;
    const out: number[][] = [];
    for (const slice of g.bySlice) {
      const times = slice.map((i) => numbersOf(i, TAGS.TriggerTime)?.[0]);
      if (times.some((t) => t === undefined)) return 'TriggerTime is absent in some instances';
      out.push(distinctNumbers(times.map((t) => round(t!, 0.1))));
    }
    return out;
  }
}

function cross(a: number[], b: number[]): number[] {
  return [a[1]! * b[2]! - a[2]! * b[1]!, a[2]! * b[0]! - a[0]! * b[2]!, a[0]! * b[1]! - a[1]! * b[0]!];
}
const dot = (a: number[], b: number[]): number => a[0]! * b[0]! + a[1]! * b[1]! + a[2]! * b[2]!;

function computeGeometry(instances: readonly DicomJson[]): Geometry | string {
  if (instances.length === 0) return 'the series has no instances';
  const located: Array<{ instance: DicomJson; normal: number[]; position: number[] }> = [];
  for (const instance of instances) {
    const orientation = numbersOf(instance, TAGS.ImageOrientationPatient);
    const position = numbersOf(instance, TAGS.ImagePositionPatient);
    if (orientation?.length !== 6 || position?.length !== 3) return 'ImageOrientationPatient or ImagePositionPatient is absent or malformed in some instances';
    const normal = cross(orientation.slice(0, 3), orientation.slice(3));
    const length = Math.hypot(...normal);
    if (length < 0.5) return 'ImageOrientationPatient does not describe a plane';
    located.push({ instance, normal: normal.map((v) => v / length), position });
  }
  const reference = located[0]!.normal;
  if (located.some((l) => Math.abs(dot(l.normal, reference)) < PARALLEL_COSINE)) return 'the slices are not parallel';
  const along = located.map((l) => ({ instance: l.instance, at: dot(l.position, reference) })).sort((a, b) => a.at - b.at);
  const positions: number[] = [];
  const bySlice: DicomJson[][] = [];
  for (const { instance, at } of along) {
    if (positions.length > 0 && at - positions.at(-1)! < SAME_POSITION_MM) bySlice.at(-1)!.push(instance);
    else {
      positions.push(at);
      bySlice.push([instance]);
    }
  }
  return { positions, bySlice, normals: located.map((l) => l.normal) };
}

function planeOf(normal: number[]): (typeof PLANES)[number] {
  const [x, y, z] = normal.map(Math.abs) as [number, number, number];
  if (z >= CARDINAL_COSINE) return 'axial';
  if (y >= CARDINAL_COSINE) return 'coronal';
  if (x >= CARDINAL_COSINE) return 'sagittal';
  return 'oblique';
}
