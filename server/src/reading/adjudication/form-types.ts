// The reading form and design shapes adjudication works on (reading-spec.md).
export type LocalText = { en: string; fr: string };
export type FieldValue = number | string | number[];
export type ReadValues = Readonly<Record<string, FieldValue>>;

export type FormField =
  | { key: string; kind: 'number'; label: LocalText; unit: string; min: number; max: number; decimals: number; required: boolean; computed?: { op: 'difference' | 'ejection-fraction' | 'indexed'; of: string[] } }
  | { key: string; kind: 'category'; label: LocalText; options: { value: string; label: LocalText }[]; ordered: boolean; required: boolean; when?: { field: string; equals: string } }
  | { key: string; kind: 'segments'; label: LocalText; required: boolean; when?: { field: string; equals: string } }
  | { key: string; kind: 'text'; label: LocalText; maxLength: number; required: boolean };

export interface FormDefinition {
  name: string;
  fields: FormField[];
}

export type AdjudicationRule =
  | { kind: 'absolute-difference'; field: string; threshold: number }
  | { kind: 'relative-difference'; field: string; thresholdPercent: number }
  | { kind: 'categorical-disagreement'; fields: string[] | '*' };
