// Keyword and VR of a tag from the dcmjs data dictionary, cached: the engine asks for the same few
// hundred tags over and over.
import dcmjs from 'dcmjs';

const dictionary = dcmjs.data.DicomMetaDictionary.dictionary;
/** Caches are emptied when they reach this size, so files full of odd tags cannot grow them without end. */
const CACHE_LIMIT = 16_384;
const keywords = new Map<string, string>();
const vrs = new Map<number, string | undefined>();
const keys = new Map<number, string>();

function remember<K, V>(cache: Map<K, V>, key: K, value: V): V {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}

export function keywordOf(tag: string): string {
  let keyword = keywords.get(tag);
  if (keyword === undefined) {
    if ((Number.parseInt(tag.slice(3, 4), 16) & 1) === 1) keyword = 'PrivateAttribute';
    else {
      const entry = dictionary[`(${tag.slice(0, 4)},${tag.slice(4, 8)})`];
      keyword = entry ? entry.name.replace(/^RETIRED_/, '') : 'UnknownAttribute';
    }
    remember(keywords, tag, keyword);
  }
  return keyword;
}

/**
 * The dictionary's VR of a public tag, as dcmjs spells it (ambiguous ones in lower case: 'ox' for
 * OB or OW, 'xs' for US or SS), or undefined for a private or unknown tag.
 */
export function dictionaryVrOf(tag: number): string | undefined {
  if (vrs.has(tag)) return vrs.get(tag);
  const hex = tagKey(tag);
  return remember(vrs, tag, (tag >>> 16) & 1 ? undefined : dictionary[`(${hex.slice(0, 4)},${hex.slice(4)})`]?.vr);
}

/** '00100010' for (0010,0010): the key of the DICOM JSON model and of the action table. */
export function tagKey(tag: number): string {
  return keys.get(tag) ?? remember(keys, tag, (tag >>> 0).toString(16).toUpperCase().padStart(8, '0'));
}

/** (gggg,eeee) as written in the standard. */
export function punctuate(tag: string): string {
  return `(${tag.slice(0, 4)},${tag.slice(4, 8)})`;
}
