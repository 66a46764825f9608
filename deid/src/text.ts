// Text values of a data set: Specific Character Set (0008,0005), decoding, value splitting and
// encoding. Output text is UTF-8 (ISO_IR 192): values in any other character set are transcoded.
import { DeidError } from './errors.ts';

/** VRs whose values use the Specific Character Set; every other string VR is plain ASCII. */
export const CHARSET_TEXT_VRS: ReadonlySet<string> = new Set(['SH', 'LO', 'ST', 'LT', 'UT', 'PN', 'UC']);
/** String VRs holding one value, in which a backslash is text and not a separator. */
const SINGLE_VALUE_VRS: ReadonlySet<string> = new Set(['ST', 'LT', 'UT', 'UR']);

/**
 * Defined terms of (0008,0005) (spaces and underscores as dashes, lower case) → WHATWG encoding
 * label, which TextDecoder understands the same way in Node and in browsers. `null` is the default
 * repertoire, `utf-8` needs no transcoding.
 */
const ENCODINGS: Readonly<Record<string, string | null>> = {
  '': null,
  'iso-ir-6': null,
  'iso-2022-ir-6': null,
  'iso-ir-192': 'utf-8',
  'iso-ir-13': 'shift-jis',
  'iso-2022-ir-13': 'shift-jis',
  'iso-ir-100': 'latin1',
  'iso-2022-ir-100': 'latin1',
  'iso-ir-101': 'iso-8859-2',
  'iso-2022-ir-101': 'iso-8859-2',
  'iso-ir-109': 'iso-8859-3',
  'iso-2022-ir-109': 'iso-8859-3',
  'iso-ir-110': 'iso-8859-4',
  'iso-2022-ir-110': 'iso-8859-4',
  'iso-ir-126': 'iso-ir-126',
  'iso-2022-ir-126': 'iso-ir-126',
  'iso-ir-127': 'iso-ir-127',
  'iso-2022-ir-127': 'iso-ir-127',
  'iso-ir-138': 'iso-ir-138',
  'iso-2022-ir-138': 'iso-ir-138',
  'iso-ir-144': 'iso-ir-144',
  'iso-2022-ir-144': 'iso-ir-144',
  'iso-ir-148': 'iso-ir-148',
  'iso-2022-ir-148': 'iso-ir-148',
  'iso-ir-166': 'tis-620',
  'iso-2022-ir-166': 'tis-620',
  'iso-2022-ir-87': 'iso-2022-jp',
  'iso-2022-ir-159': 'iso-2022-jp',
  'iso-2022-ir-149': 'euc-kr',
  'iso-2022-ir-58': 'gb2312',
  gb18030: 'gb18030',
  gbk: 'gbk',
};

/** How the text of one data set (and the items below it, unless they declare their own) is read. */
export interface TextCodec {
  /** The (0008,0005) value that declared it, for messages. */
  readonly name: string;
  /** Text VR values must be decoded and written again as UTF-8. */
  readonly transcode: boolean;
  decode(bytes: Uint8Array): string;
}

const utf8Decoder = new TextDecoder('utf-8');
/** The default repertoire is ASCII; stray high bytes are read as Latin-1 rather than refused. */
const latin1Decoder = new TextDecoder('latin1');
const utf8Encoder = new TextEncoder();

function isAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! > 0x7f) return false;
  return true;
}

/** Short ASCII values (almost all of them) are decoded in JavaScript: TextDecoder costs more per call. */
function decodeWith(decoder: TextDecoder, bytes: Uint8Array): string {
  if (bytes.length <= 1024 && isAscii(bytes)) return String.fromCharCode.apply(null, bytes as unknown as number[]);
  return decoder.decode(bytes);
}

export function decodeAscii(bytes: Uint8Array): string {
  return decodeWith(latin1Decoder, bytes);
}

export const DEFAULT_CODEC: TextCodec = { name: '', transcode: false, decode: decodeAscii };
const UTF8_CODEC: TextCodec = { name: 'ISO_IR 192', transcode: false, decode: (bytes) => decodeWith(utf8Decoder, bytes) };
const codecs = new Map<string, TextCodec>();

/** The codec a (0008,0005) value declares; refuses code extensions (several values) and unknown terms. */
export function codecFor(specificCharacterSet: Uint8Array): TextCodec {
  const declared = decodeAscii(specificCharacterSet).replace(/[\0 ]+$/, '');
  const terms = declared.split('\\').map((term) => term.trim());
  if (terms.length > 1) {
    throw new DeidError('unreadable-dicom', `the DICOM file cannot be read: Specific Character Set with code extensions (${terms.join('\\')}) is not supported`);
  }
  const label = ENCODINGS[terms[0]!.replace(/[_ ]/g, '-').toLowerCase()];
  if (label === undefined) throw new DeidError('unreadable-dicom', `the DICOM file cannot be read: Specific Character Set ${terms[0]} is not supported`);
  if (label === null) return DEFAULT_CODEC;
  if (label === 'utf-8') return UTF8_CODEC;
  let codec = codecs.get(label);
  if (!codec) {
    const decoder = new TextDecoder(label);
    codec = { name: declared, transcode: true, decode: (bytes) => decodeWith(decoder, bytes) };
    codecs.set(label, codec);
  }
  return codec;
}

export function encodeText(text: string): Uint8Array {
  if (text.length > 256) return utf8Encoder.encode(text);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0x7f) return utf8Encoder.encode(text);
    bytes[i] = code;
  }
  return bytes;
}

/**
 * The values of a string element: split at backslashes (except in the single-value VRs), UIDs
 * without anything but digits and dots, other values without surrounding spaces and NULs
 * (trailing only for the single-value VRs, whose leading spaces are significant).
 */
export function splitValues(vr: string, text: string): string[] {
  if (SINGLE_VALUE_VRS.has(vr)) return [text.replace(/[\0 ]+$/, '')];
  const values = text.split('\\');
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    values[i] = vr === 'UI' ? (/^[0-9.]*$/.test(value) ? value : value.replace(/[^0-9.]/g, '')) : value.replace(/^[\0 ]+|[\0 ]+$/g, '');
  }
  return values;
}
