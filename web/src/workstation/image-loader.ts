// Cornerstone's images from our WADO-RS: an image id is `corelab:` + the frame's same-origin URL; its
// instance (read from the series metadata) is registered first, so the metadata provider answers from
// it and the loader knows the pixel format. Frames come uncompressed (Explicit VR Little Endian), so
// no codec and no worker is needed.
import { Enums, imageLoader, metaData, utilities, type Types } from '@cornerstonejs/core';
import { boundaryOf, multipartParts } from '../viewer/multipart';
import { frameValues, fullRangeWindow } from '../viewer/pixels';
import type { WorkstationInstance } from './instances';
import { takePrefetchedFrame } from './metadata-cache';
import { frameUrl } from './stack-order';

export const SCHEME = 'corelab';
const instances = new Map<string, WorkstationInstance>();
/** Pixel data already at hand (from a whole-series retrieve), taken by the loader instead of a frame request. */
const bulk = new Map<string, Uint8Array>();

export function provideBulkPixels(imageId: string, pixelData: Uint8Array): void {
  bulk.set(imageId, pixelData);
}

export function registerInstance(projectId: string, study: string, instance: WorkstationInstance): string {
  const imageId = `${SCHEME}:${frameUrl(projectId, study, instance)}`;
  instances.set(imageId, instance);
  return imageId;
}

export function instanceOf(imageId: string): WorkstationInstance | undefined {
  return instances.get(imageId);
}

function imagePlaneModule(instance: WorkstationInstance) {
  const iop = instance.imageOrientationPatient;
  const spacing = instance.pixelSpacing;
  const rowCosines = iop ? [iop[0], iop[1], iop[2]] : null;
  const columnCosines = iop ? [iop[3], iop[4], iop[5]] : null;
  return {
    frameOfReferenceUID: instance.frameOfReferenceUID,
    rows: instance.format.rows,
    columns: instance.format.columns,
    imageOrientationPatient: iop,
    rowCosines,
    columnCosines,
    imagePositionPatient: instance.imagePositionPatient,
    sliceThickness: instance.sliceThickness,
    sliceLocation: instance.sliceLocation,
    pixelSpacing: spacing,
    // Cornerstone's names: the spacing between rows is PixelSpacing[0], between columns [1].
    rowPixelSpacing: spacing ? spacing[0] : null,
    columnPixelSpacing: spacing ? spacing[1] : null,
  };
}

function provider(type: string, imageId: string): unknown {
  const instance = instances.get(imageId);
  if (!instance) return undefined;
  const { format } = instance;
  switch (type) {
    case Enums.MetadataModules.IMAGE_PLANE:
      return imagePlaneModule(instance);
    case Enums.MetadataModules.IMAGE_PIXEL:
      return {
        samplesPerPixel: 1,
        photometricInterpretation: format.inverted ? 'MONOCHROME1' : 'MONOCHROME2',
        rows: format.rows,
        columns: format.columns,
        bitsAllocated: format.bitsAllocated,
        bitsStored: format.bitsAllocated,
        highBit: format.bitsAllocated - 1,
        pixelRepresentation: format.pixelRepresentation,
      };
    case Enums.MetadataModules.VOI_LUT:
      return instance.window ? { windowCenter: [instance.window.center], windowWidth: [instance.window.width] } : undefined;
    case Enums.MetadataModules.MODALITY_LUT:
      return { rescaleSlope: format.rescaleSlope, rescaleIntercept: format.rescaleIntercept, modality: instance.modality };
    case Enums.MetadataModules.GENERAL_SERIES:
      return { modality: instance.modality, seriesInstanceUID: instance.seriesInstanceUID };
    case Enums.MetadataModules.GENERAL_IMAGE:
      return { instanceNumber: instance.instanceNumber, sopInstanceUID: instance.sopInstanceUID };
    case Enums.MetadataModules.SOP_COMMON:
      return { sopInstanceUID: instance.sopInstanceUID };
    case Enums.MetadataModules.CINE:
      return instance.triggerTime === null ? undefined : { triggerTime: instance.triggerTime };
    default:
      return undefined;
  }
}

async function fetchFrame(url: string, signal: AbortSignal): Promise<Uint8Array> {
  const response = (await takePrefetchedFrame(url)) ?? (await fetch(url, { headers: { accept: 'multipart/related; type="application/octet-stream"' }, credentials: 'same-origin', signal }));
  if (!response.ok) throw new Error(`frame ${url}: HTTP ${response.status}`);
  const parts = multipartParts(new Uint8Array(await response.arrayBuffer()), boundaryOf(response.headers.get('content-type') ?? ''));
  if (parts.length === 0) throw new Error(`frame ${url}: the server sent no frame`);
  return parts[0]!;
}

/** The stored values as a typed array of their own (Cornerstone keeps it in its cache). */
function pixelArray(bytes: Uint8Array, instance: WorkstationInstance): Uint8Array | Uint16Array | Int16Array {
  const values = frameValues(bytes, instance.format);
  if (values instanceof Uint8Array) return values.slice();
  if (values instanceof Int16Array) return new Int16Array(values);
  return new Uint16Array(values as Uint16Array);
}

function buildImage(imageId: string, instance: WorkstationInstance, bytes: Uint8Array): Types.IImage {
  const pixels = pixelArray(bytes, instance);
  const { rows, columns, rescaleSlope, rescaleIntercept } = instance.format;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < pixels.length; i++) {
    const v = pixels[i]!;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const window = instance.window ?? fullRangeWindow(pixels, instance.format);
  const voxelManager = utilities.VoxelManager.createImageVoxelManager({ width: columns, height: rows, numberOfComponents: 1, scalarData: pixels, id: imageId });
  const spacing = instance.pixelSpacing;
  return {
    imageId,
    minPixelValue: min,
    maxPixelValue: max,
    slope: rescaleSlope,
    intercept: rescaleIntercept,
    windowCenter: window.center,
    windowWidth: window.width,
    voiLUTFunction: Enums.VOILUTFunctionType.LINEAR,
    getPixelData: () => pixels,
    getCanvas: () => {
      throw new Error('not a colour image');
    },
    rows,
    columns,
    height: rows,
    width: columns,
    color: false,
    rgba: false,
    numberOfComponents: 1,
    columnPixelSpacing: spacing ? spacing[1] : 1,
    rowPixelSpacing: spacing ? spacing[0] : 1,
    invert: instance.format.inverted,
    photometricInterpretation: instance.format.inverted ? 'MONOCHROME1' : 'MONOCHROME2',
    sizeInBytes: pixels.byteLength,
    FrameOfReferenceUID: instance.frameOfReferenceUID,
    dataType: pixels instanceof Uint8Array ? 'Uint8Array' : pixels instanceof Int16Array ? 'Int16Array' : 'Uint16Array',
    voxelManager,
  } as Types.IImage;
}

function loadImage(imageId: string): Types.IImageLoadObject {
  const controller = new AbortController();
  const instance = instances.get(imageId);
  const atHand = bulk.get(imageId);
  bulk.delete(imageId);
  const promise = instance && atHand
    ? Promise.resolve().then(() => buildImage(imageId, instance, atHand))
    : instance
    ? fetchFrame(imageId.slice(SCHEME.length + 1), controller.signal).then((bytes) => buildImage(imageId, instance, bytes))
    : Promise.reject(new Error(`unknown image ${imageId}`));
  return { promise, cancelFn: () => controller.abort() };
}

let registered = false;

export function registerCorelabImages(): void {
  if (registered) return;
  registered = true;
  imageLoader.registerImageLoader(SCHEME, loadImage as unknown as Types.ImageLoaderFn);
  // Above the default providers: our instances are known only here.
  metaData.addProvider(provider as (type: string, ...query: string[]) => unknown, 10_000);
}

