// Part 10 files through dcmjs, written asynchronously with a bounded number of writes in flight so
// that pixel synthesis and disk writes overlap without holding the whole phantom in memory.
import { mkdir, writeFile } from 'node:fs/promises';
import { endianness } from 'node:os';
import path from 'node:path';
import { EXPLICIT_VR_LITTLE_ENDIAN, IMPLEMENTATION_CLASS_UID, IMPLEMENTATION_VERSION, MR_IMAGE_STORAGE } from './dataset.ts';
import { dcmjs, type DicomJsonDataset, type NaturalDataset } from './dcmjs.ts';

const BIG_ENDIAN_HOST = endianness() === 'BE';

/**
 * One instance as Part 10 bytes. dcmjs writes the meta header and every attribute but the pixels;
 * Pixel Data, the last element of the data set, is appended as it is (OW, little endian, as the host
 * is), which spares dcmjs copying 130 KB through its growing buffers for each instance.
 */
export function encodeInstance(seriesJson: DicomJsonDataset, frame: NaturalDataset, pixels: Uint16Array): Buffer[] {
  const meta: DicomJsonDataset = {
    '00020001': { vr: 'OB', Value: [new Uint8Array([0, 1]).buffer] },
    '00020002': { vr: 'UI', Value: [MR_IMAGE_STORAGE] },
    '00020003': { vr: 'UI', Value: [frame.SOPInstanceUID as string] },
    '00020010': { vr: 'UI', Value: [EXPLICIT_VR_LITTLE_ENDIAN] },
    '00020012': { vr: 'UI', Value: [IMPLEMENTATION_CLASS_UID] },
    '00020013': { vr: 'SH', Value: [IMPLEMENTATION_VERSION] },
  };
  const dict = new dcmjs.data.DicomDict(meta);
  dict.dict = { ...seriesJson, ...dcmjs.data.DicomMetaDictionary.denaturalizeDataset(frame) };
  const pixelHeader = Buffer.alloc(12);
  pixelHeader.writeUInt16LE(0x7fe0, 0);
  pixelHeader.writeUInt16LE(0x0010, 2);
  pixelHeader.write('OW', 4, 'latin1');
  pixelHeader.writeUInt32LE(pixels.byteLength, 8);
  const pixelBytes = Buffer.from(pixels.buffer, pixels.byteOffset, pixels.byteLength);
  return [Buffer.from(dict.write()), pixelHeader, BIG_ENDIAN_HOST ? Buffer.from(pixelBytes).swap16() : pixelBytes];
}

/** The attributes shared by a series, converted once for all its instances. */
export const seriesJson = (natural: NaturalDataset, privateBlock: DicomJsonDataset): DicomJsonDataset => ({
  ...dcmjs.data.DicomMetaDictionary.denaturalizeDataset(natural),
  ...privateBlock,
});

export class FileQueue {
  private readonly inFlight = new Set<Promise<void>>();
  private readonly madeDirs = new Set<string>();
  bytes = 0;
  files = 0;

  constructor(private readonly limit = 24) {}

  async add(file: string, parts: Buffer[]): Promise<void> {
    const data = Buffer.concat(parts);
    const dir = path.dirname(file);
    if (!this.madeDirs.has(dir)) {
      await mkdir(dir, { recursive: true });
      this.madeDirs.add(dir);
    }
    const write = writeFile(file, data).then(() => {
      this.inFlight.delete(write);
      this.bytes += data.length;
      this.files++;
    });
    this.inFlight.add(write);
    if (this.inFlight.size >= this.limit) await Promise.race(this.inFlight);
  }

  async drain(): Promise<void> {
    await Promise.all(this.inFlight);
  }
}
