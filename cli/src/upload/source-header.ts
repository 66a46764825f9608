// What the upload needs to know about a source file before de-identifying it: the hospital
// PatientID (to choose the subject code, locally) and the SOP Instance UID the server will know it
// by (the keyed remap the engine applies). Browser-safe: the web page uses it too.
import { codecFor, DeidError, readPart10, remapUid, type DicomElement } from '../../../deid/src/index.ts';

export interface SourceHeader {
  /** The hospital's PatientID: stays on this machine. */
  patientId: string;
  /** The de-identified SOP Instance UID, as stored by the server. */
  storedSopInstanceUID: string;
}

const SPECIFIC_CHARACTER_SET = 0x00080005;
const SOP_INSTANCE_UID = 0x00080018;
const PATIENT_ID = 0x00100020;
const MEDIA_STORAGE_SOP_INSTANCE_UID = 0x00020003;

/**
 * Reads the file with the engine's own bounded reader (no copy, pixel data never decoded); throws
 * DeidError when the file is not DICOM or not readable, with the same codes the engine uses.
 */
export function readSourceHeader(bytes: Uint8Array, key: Uint8Array): SourceHeader {
  const file = readPart10(bytes);
  const find = (elements: readonly DicomElement[], tag: number) => elements.find((e) => e.tag === tag);
  const charset = find(file.dataset, SPECIFIC_CHARACTER_SET);
  const codec = charset ? codecFor(charset.value) : codecFor(new Uint8Array());
  const text = (element: DicomElement | undefined) => (element ? codec.decode(element.value).replace(/[\0 ]+$/, '').trim() : '');
  const sop = text(find(file.dataset, SOP_INSTANCE_UID)) || text(find(file.meta, MEDIA_STORAGE_SOP_INSTANCE_UID));
  if (!sop) throw new DeidError('missing-attribute', 'the file has no SOP Instance UID');
  return { patientId: text(find(file.dataset, PATIENT_ID)), storedSopInstanceUID: remapUid(key, sop) };
}
