// The slice geometry of contoured images, read from the imaging index (each instance's DICOM JSON),
// in one query that extracts only the geometry attributes. Single-frame images only: an enhanced
// multi-frame image keeps its geometry per frame, which volumetry does not read.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { DicomJson } from '../../imaging/dicom-reader.ts';
import { numbersOf, TAGS } from '../../qc/dicom-attributes.ts';
import { VolumetryInputError } from './errors.ts';
import type { SliceGeometry } from './types.ts';

export const MAX_GEOMETRY_IMAGES = 5000;

const GEOMETRY_TAGS = [TAGS.ImagePositionPatient, TAGS.ImageOrientationPatient, TAGS.PixelSpacing, TAGS.SliceThickness, TAGS.SpacingBetweenSlices] as const;

/** Images without a usable position, orientation or pixel spacing are left out of the map. */
export async function loadSliceGeometry(db: Kysely<Database>, projectId: string, sopInstanceUIDs: readonly string[]): Promise<Map<string, SliceGeometry>> {
  const uids = [...new Set(sopInstanceUIDs)];
  if (uids.length > MAX_GEOMETRY_IMAGES) {
    throw new VolumetryInputError('volumetry.too-many-images', `Volumetry reads the geometry of at most ${MAX_GEOMETRY_IMAGES} images at once; ${uids.length} were asked.`);
  }
  const geometry = new Map<string, SliceGeometry>();
  if (uids.length === 0) return geometry;
  const picked = sql<string>`jsonb_build_object(${sql.join(GEOMETRY_TAGS.map((tag) => sql`${sql.lit(tag)}::text, metadata::jsonb -> ${sql.lit(tag)}`))})::text`;
  const rows = await db
    .selectFrom('instance')
    .select(['sop_instance_uid', 'rows', 'columns', 'number_of_frames', picked.as('geometry')])
    .where('project_id', '=', projectId)
    .where('sop_instance_uid', 'in', uids)
    .execute();
  for (const row of rows) {
    if (row.rows === null || row.columns === null || (row.number_of_frames ?? 1) !== 1) continue;
    const json = JSON.parse(row.geometry) as DicomJson;
    const position = numbersOf(json, TAGS.ImagePositionPatient);
    const orientation = numbersOf(json, TAGS.ImageOrientationPatient);
    const spacing = numbersOf(json, TAGS.PixelSpacing);
    if (position?.length !== 3 || orientation?.length !== 6 || spacing?.length !== 2) continue;
    const thickness = numbersOf(json, TAGS.SliceThickness)?.[0];
    const between = numbersOf(json, TAGS.SpacingBetweenSlices)?.[0];
    geometry.set(row.sop_instance_uid, {
      sopInstanceUID: row.sop_instance_uid,
      imagePositionPatient: position as [number, number, number],
      imageOrientationPatient: orientation as [number, number, number, number, number, number],
      pixelSpacing: spacing as [number, number],
      ...(thickness !== undefined && thickness > 0 ? { sliceThickness: thickness } : {}),
      ...(between !== undefined && between !== 0 ? { spacingBetweenSlices: between } : {}),
      rows: row.rows,
      columns: row.columns,
    });
  }
  return geometry;
}
