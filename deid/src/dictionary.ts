// Keyword and VR of a tag from the dcmjs data dictionary.
import dcmjs from 'dcmjs';

const dictionary = dcmjs.data.DicomMetaDictionary.dictionary;

export function keywordOf(tag: string): string {
  if ((Number.parseInt(tag.slice(3, 4), 16) & 1) === 1) return 'PrivateAttribute';
  const entry = dictionary[`(${tag.slice(0, 4)},${tag.slice(4, 8)})`];
  return entry ? entry.name.replace(/^RETIRED_/, '') : 'UnknownAttribute';
}

/** (gggg,eeee) as written in the standard. */
export function punctuate(tag: string): string {
  return `(${tag.slice(0, 4)},${tag.slice(4, 8)})`;
}
