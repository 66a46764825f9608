// Slice geometry from the imaging index: what STOW-RS stored is read back as volumetry's geometry,
// in one bounded query, only within the project, only for usable single-frame images.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { computeVolumetry, VolumetryInputError } from '../src/reading/volumetry/index.ts';
import { loadSliceGeometry, MAX_GEOMETRY_IMAGES } from '../src/reading/volumetry/geometry-source.ts';
import { makeInstance, stowBody, uid } from './imaging-fixtures.ts';
import { createTestPlatform, signIn, type TestPlatform } from './support/test-platform.ts';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'corelab-volumetry-geometry-'));
let platform: TestPlatform;
let projectId: string;
const study = uid();
const series = uid();
const [basal, apical, multiFrame, noGeometry] = [uid(), uid(), uid(), uid()];
const orientation = [0.6, -0.48, 0.64, 0.8, 0.36, -0.48];

before(async () => {
  platform = await createTestPlatform({ env: { CORELAB_DATA_DIR: dataDir } });
  projectId = platform.demo!.projectId;
  const north = await platform.services.db.selectFrom('organisation').select('id').where('name', 'like', 'CHU Nord%').executeTakeFirstOrThrow();
  const dm = await signIn(platform.app, 'datamanager');
  const created = await platform.app.inject({ method: 'POST', url: `/api/projects/${projectId}/subjects`, headers: dm.headers, payload: { code: 'V001', centreId: north.id, consentStatus: 'consented' } });
  assert.equal(created.statusCode, 201, created.body);
  const geometry = (z: number) => ({ ImagePositionPatient: [-40.5, 25.25, z], ImageOrientationPatient: orientation, PixelSpacing: [1.5, 1.25], SliceThickness: 8, SpacingBetweenSlices: 10 });
  const files = [
    makeInstance({ subject: 'V001', study, series, sop: basal, instanceNumber: 1, rows: 48, columns: 64, extra: geometry(60) }),
    makeInstance({ subject: 'V001', study, series, sop: apical, instanceNumber: 2, rows: 48, columns: 64, extra: { ...geometry(70), SpacingBetweenSlices: undefined } }),
    makeInstance({ subject: 'V001', study, series, sop: multiFrame, instanceNumber: 3, frames: 2, extra: geometry(80) }),
    makeInstance({ subject: 'V001', study, series, sop: noGeometry, instanceNumber: 4 }),
  ];
  const { body, contentType } = stowBody(files);
  const stored = await platform.app.inject({ method: 'POST', url: `/dicomweb/projects/${projectId}/studies`, headers: { ...dm.headers, 'content-type': contentType }, payload: body });
  assert.equal(stored.statusCode, 200, stored.body);
});
after(async () => {
  await platform?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

test('the geometry attributes of stored single-frame images, keyed by SOP Instance UID', async () => {
  const geometry = await loadSliceGeometry(platform.services.db, projectId, [basal, apical, basal, multiFrame, noGeometry, uid()]);
  assert.deepEqual([...geometry.keys()].sort(), [basal, apical].sort());
  assert.deepEqual(geometry.get(basal), {
    sopInstanceUID: basal,
    imagePositionPatient: [-40.5, 25.25, 60],
    imageOrientationPatient: orientation,
    pixelSpacing: [1.5, 1.25],
    sliceThickness: 8,
    spacingBetweenSlices: 10,
    rows: 48,
    columns: 64,
  });
  assert.equal(geometry.get(apical)!.spacingBetweenSlices, undefined);
  assert.equal(geometry.get(apical)!.sliceThickness, 8);
});

test('another project sees none of them', async () => {
  const other = await platform.services.db.selectFrom('project').select('id').where('id', '!=', projectId).executeTakeFirst();
  const geometry = await loadSliceGeometry(platform.services.db, other?.id ?? '00000000-0000-4000-8000-000000000000', [basal, apical]);
  assert.equal(geometry.size, 0);
});

test('loaded geometry feeds volumetry: 20 × 20 pixels of 1.5 × 1.25 mm over a 10 mm slab', async () => {
  const geometry = await loadSliceGeometry(platform.services.db, projectId, [basal]);
  const square: [number, number][] = [[10, 10], [30, 10], [30, 30], [10, 30]];
  const r = computeVolumetry([{ id: 'a', structure: 'lv-endocardium', phase: 'ED', seriesInstanceUID: series, sopInstanceUID: basal, frameNumber: 1, points: square, tool: 'freehand' }], geometry);
  assert.equal(r.slices[0]!.areaMm2, 750);
  assert.equal(r.lvEdvMl, 7.5);
});

test('an image without usable geometry is missing from the map, which volumetry refuses by name', async () => {
  const geometry = await loadSliceGeometry(platform.services.db, projectId, [noGeometry]);
  const contour = { id: 'a', structure: 'lv-endocardium' as const, phase: 'ED' as const, seriesInstanceUID: series, sopInstanceUID: noGeometry, frameNumber: 1, points: [[1, 1], [5, 1], [5, 5]] as [number, number][], tool: 'freehand' as const };
  assert.throws(() => computeVolumetry([contour], geometry), (e: unknown) => e instanceof VolumetryInputError && e.code === 'volumetry.geometry-missing' && e.message.includes(noGeometry));
});

test(`more than ${MAX_GEOMETRY_IMAGES} images at once are refused`, async () => {
  const many = Array.from({ length: MAX_GEOMETRY_IMAGES + 1 }, (_, i) => `2.25.${i}`);
  await assert.rejects(loadSliceGeometry(platform.services.db, projectId, many), (e: unknown) => e instanceof VolumetryInputError && e.code === 'volumetry.too-many-images');
  assert.equal((await loadSliceGeometry(platform.services.db, projectId, many.slice(0, MAX_GEOMETRY_IMAGES))).size, 0);
});
