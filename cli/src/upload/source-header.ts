// What the upload needs to know about a source file before de-identifying it: the hospital
// PatientID (to choose the subject code, locally) and the SOP Instance UID the server will know it
// by (the keyed remap the engine applies). Browser-safe: the web page uses it too.
import dcmjs from 'dcmjs';
import { DeidError, remapUid } from '../../../deid/src/index.ts';

export interface SourceHeader {
  /** The hospital's PatientID: stays on this machine. */
  patientId: string;
  /** The de-identified SOP Instance UID, as stored by the server. */
  storedSopInstanceUID: string;
}

const PREFIX_LENGTH = 132;

/** Reads the header only (up to the pixel data); throws DeidError when the file is not DICOM. */
export function readSourceHeader(bytes: Uint8Array, key: Uint8Array): SourceHeader {
  if (bytes.byteLength < PREFIX_LENGTH || String.fromCharCode(bytes[128]!, bytes[129]!, bytes[130]!, bytes[131]!) !== 'DICM') {
    throw new DeidError('not-dicom', 'not a DICOM Part 10 file: no DICM prefix after the 128-byte preamble');
  }
  let dict;
  try {
    const copy = new Uint8Array(bytes.byteLength);
    copy.set(bytes);
    dict = dcmjs.data.DicomMessage.readFile(copy.buffer, { untilTag: '7FE00010', includeUntilTagValue: false });
  } catch (error) {
    throw new DeidError('unreadable-dicom', `the DICOM file cannot be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  const text = (tag: string) => {
    const value = dict.dict[tag]?.Value?.[0] ?? dict.meta[tag]?.Value?.[0];
    return typeof value === 'string' ? value.trim() : '';
  };
  const sop = text('00080018') || text('00020003');
  if (!sop) throw new DeidError('missing-attribute', 'the file has no SOP Instance UID');
  return { patientId: text('00100020'), storedSopInstanceUID: remapUid(key, sop) };
}
