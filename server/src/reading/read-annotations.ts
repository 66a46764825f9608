// A read's contours and measurements: their shape and bounds (counts, point counts, finite
// coordinates), checked before anything touches the database; where they sit (images of the study,
// points inside the image) is checked by the read service against the index.
import { Type } from 'typebox';
import { Value } from 'typebox/value';

export const MAX_CONTOURS = 2000;
export const MAX_MEASUREMENTS = 500;
const Id = Type.String({ pattern: '^[A-Za-z0-9_-]{1,64}$' });
const Uid = Type.String({ pattern: '^[0-9]+(\\.[0-9]+)*$', maxLength: 64 });
const Point = Type.Array(Type.Number(), { minItems: 2, maxItems: 2 });

export const ContourSchema = Type.Object(
  {
    id: Id,
    structure: Type.Union([Type.Literal('lv-endocardium'), Type.Literal('lv-epicardium'), Type.Literal('rv-endocardium')]),
    phase: Type.Union([Type.Literal('ED'), Type.Literal('ES')]),
    seriesInstanceUID: Uid,
    sopInstanceUID: Uid,
    frameNumber: Type.Integer({ minimum: 1 }),
    points: Type.Array(Point, { minItems: 3, maxItems: 4096, description: 'Closed polygon, (column, row) in image pixels, (0,0) the centre of the top-left pixel' }),
    tool: Type.Union([Type.Literal('freehand'), Type.Literal('spline'), Type.Literal('suggested')]),
  },
  { additionalProperties: false },
);
export const MeasurementSchema = Type.Object(
  {
    id: Id,
    kind: Type.Union([Type.Literal('length'), Type.Literal('probe'), Type.Literal('roi')]),
    seriesInstanceUID: Uid,
    sopInstanceUID: Uid,
    frameNumber: Type.Integer({ minimum: 1 }),
    points: Type.Array(Point, { minItems: 1, maxItems: 4096 }),
    value: Type.Number(),
    unit: Type.String({ maxLength: 20 }),
    label: Type.Optional(Type.String({ maxLength: 200 })),
  },
  { additionalProperties: false },
);
export const ReadAnnotationsSchema = Type.Object(
  { contours: Type.Array(ContourSchema, { maxItems: MAX_CONTOURS }), measurements: Type.Array(MeasurementSchema, { maxItems: MAX_MEASUREMENTS }) },
  { additionalProperties: false },
);

export interface AnnotationImage { seriesInstanceUID: string; sopInstanceUID: string; frameNumber: number; points: [number, number][] }
export interface ReadAnnotations {
  contours: (AnnotationImage & { id: string; structure: 'lv-endocardium' | 'lv-epicardium' | 'rv-endocardium'; phase: 'ED' | 'ES'; tool: 'freehand' | 'spline' | 'suggested' })[];
  measurements: (AnnotationImage & { id: string; kind: 'length' | 'probe' | 'roi'; value: number; unit: string; label?: string })[];
}
export interface AnnotationError { field: string; code: string; message: string }

const MAX_ERRORS = 50;

export function checkAnnotationShape(input: unknown): { annotations: ReadAnnotations; errors: AnnotationError[] } {
  const errors: AnnotationError[] = [];
  for (const e of Value.Errors(ReadAnnotationsSchema, input)) {
    errors.push({ field: `annotations${e.instancePath}`, code: 'invalid-annotation', message: e.message });
    if (errors.length >= MAX_ERRORS) break;
  }
  if (errors.length > 0) return { annotations: { contours: [], measurements: [] }, errors };
  const annotations = input as ReadAnnotations;
  const ids = new Set<string>();
  (['contours', 'measurements'] as const).forEach((list) =>
    annotations[list].forEach((a, i) => {
      if (ids.has(a.id)) errors.push({ field: `annotations/${list}/${i}/id`, code: 'duplicate-annotation-id', message: `"${a.id}" names another contour or measurement` });
      ids.add(a.id);
      const bad = a.points.findIndex(([x, y]) => !Number.isFinite(x) || !Number.isFinite(y));
      if (bad >= 0) errors.push({ field: `annotations/${list}/${i}/points/${bad}`, code: 'point-not-finite', message: 'has a coordinate that is not a finite number' });
    }),
  );
  return { annotations, errors: errors.slice(0, MAX_ERRORS) };
}

/** Each annotation on an image of the study, on one of its frames, its points inside the image. */
export function checkAnnotationPlaces(annotations: ReadAnnotations, images: ReadonlyMap<string, { seriesInstanceUID: string; rows: number | null; columns: number | null; frames: number }>): AnnotationError[] {
  const errors: AnnotationError[] = [];
  (['contours', 'measurements'] as const).forEach((list) =>
    annotations[list].forEach((a, i) => {
      const at = `annotations/${list}/${i}`;
      const image = images.get(a.sopInstanceUID);
      if (!image || image.seriesInstanceUID !== a.seriesInstanceUID) {
        errors.push({ field: `${at}/sopInstanceUID`, code: 'image-not-in-study', message: 'is not an image of this series of the study' });
        return;
      }
      if (a.frameNumber > image.frames) errors.push({ field: `${at}/frameNumber`, code: 'frame-out-of-range', message: `the image has ${image.frames} frame${image.frames === 1 ? '' : 's'}` });
      if (image.rows !== null && image.columns !== null) {
        const out = a.points.findIndex(([x, y]) => x < -0.5 || y < -0.5 || x > image.columns! - 0.5 || y > image.rows! - 0.5);
        if (out >= 0) errors.push({ field: `${at}/points/${out}`, code: 'point-outside-image', message: `is outside the ${image.columns}×${image.rows} image` });
      }
    }),
  );
  return errors.slice(0, MAX_ERRORS);
}
