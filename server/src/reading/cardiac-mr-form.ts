// The default reading form of a cardiac MR study: LV and RV volumes, function and mass (volumes and
// mass pre-filled from the contours, stroke volumes, ejection fractions and indexed values computed
// on the server) and late gadolinium enhancement. Ranges are wide plausibility bounds for adults,
// after published CMR reference values (Kawel-Boehm et al., JCMR 2020), so a typing error is caught
// and a diseased heart is not refused. The demo project starts with it.
import type { FormField, NumberField, ReadingFormDefinition, VolumetryKey } from './form-definition.ts';

const number = (key: string, en: string, fr: string, unit: string, min: number, max: number, extra: Partial<NumberField> = {}): NumberField => ({
  key,
  kind: 'number',
  label: { en, fr },
  unit,
  min,
  max,
  decimals: 1,
  required: false,
  ...extra,
});
const measured = (key: string, en: string, fr: string, unit: string, min: number, max: number, volumetry: VolumetryKey) =>
  number(key, en, fr, unit, min, max, { required: true, volumetry });
const difference = (of: [string, string]) => ({ computed: { op: 'difference' as const, of } });
const ejection = (of: [string, string]) => ({ computed: { op: 'ejection-fraction' as const, of } });
const indexed = (of: string) => ({ computed: { op: 'indexed' as const, of: [of] } });

const fields: FormField[] = [
  measured('lvEdv', 'LV end-diastolic volume', 'Volume télédiastolique VG', 'mL', 20, 500, 'lvEdvMl'),
  measured('lvEsv', 'LV end-systolic volume', 'Volume télésystolique VG', 'mL', 5, 400, 'lvEsvMl'),
  number('lvSv', 'LV stroke volume', "Volume d'éjection systolique VG", 'mL', 0, 250, difference(['lvEdv', 'lvEsv'])),
  number('lvEf', 'LV ejection fraction', "Fraction d'éjection VG", '%', 5, 90, ejection(['lvEdv', 'lvEsv'])),
  measured('lvMass', 'LV mass', 'Masse VG', 'g', 20, 400, 'lvMassG'),
  measured('rvEdv', 'RV end-diastolic volume', 'Volume télédiastolique VD', 'mL', 20, 500, 'rvEdvMl'),
  measured('rvEsv', 'RV end-systolic volume', 'Volume télésystolique VD', 'mL', 5, 400, 'rvEsvMl'),
  number('rvSv', 'RV stroke volume', "Volume d'éjection systolique VD", 'mL', 0, 250, difference(['rvEdv', 'rvEsv'])),
  number('rvEf', 'RV ejection fraction', "Fraction d'éjection VD", '%', 5, 90, ejection(['rvEdv', 'rvEsv'])),
  number('lvEdvi', 'LV end-diastolic volume index', 'Volume télédiastolique VG indexé', 'mL/m²', 10, 300, indexed('lvEdv')),
  number('lvEsvi', 'LV end-systolic volume index', 'Volume télésystolique VG indexé', 'mL/m²', 2, 250, indexed('lvEsv')),
  number('lvSvi', 'LV stroke volume index', "Volume d'éjection systolique VG indexé", 'mL/m²', 0, 150, indexed('lvSv')),
  number('lvMassi', 'LV mass index', 'Masse VG indexée', 'g/m²', 10, 250, indexed('lvMass')),
  number('rvEdvi', 'RV end-diastolic volume index', 'Volume télédiastolique VD indexé', 'mL/m²', 10, 300, indexed('rvEdv')),
  number('rvEsvi', 'RV end-systolic volume index', 'Volume télésystolique VD indexé', 'mL/m²', 2, 250, indexed('rvEsv')),
  {
    key: 'lgePresent',
    kind: 'category',
    label: { en: 'Late gadolinium enhancement', fr: 'Rehaussement tardif' },
    options: [
      { value: 'yes', label: { en: 'Yes', fr: 'Oui' } },
      { value: 'no', label: { en: 'No', fr: 'Non' } },
      { value: 'indeterminate', label: { en: 'Indeterminate', fr: 'Indéterminé' } },
    ],
    ordered: false,
    required: true,
  },
  {
    key: 'lgePattern',
    kind: 'category',
    label: { en: 'Enhancement pattern', fr: 'Type de rehaussement' },
    options: [
      { value: 'ischaemic-subendocardial', label: { en: 'Ischaemic, subendocardial', fr: 'Ischémique, sous-endocardique' } },
      { value: 'ischaemic-transmural', label: { en: 'Ischaemic, transmural', fr: 'Ischémique, transmural' } },
      { value: 'mid-wall', label: { en: 'Mid-wall', fr: 'Intramyocardique' } },
      { value: 'subepicardial', label: { en: 'Subepicardial', fr: 'Sous-épicardique' } },
      { value: 'diffuse', label: { en: 'Diffuse', fr: 'Diffus' } },
    ],
    ordered: false,
    required: true,
    when: { field: 'lgePresent', equals: 'yes' },
  },
  { key: 'lgeSegments', kind: 'segments', label: { en: 'Enhanced segments (AHA)', fr: 'Segments rehaussés (AHA)' }, required: true, when: { field: 'lgePresent', equals: 'yes' } },
  { key: 'comment', kind: 'text', label: { en: 'Comment', fr: 'Commentaire' }, maxLength: 2000, required: false },
];

export const CARDIAC_MR_FORM: ReadingFormDefinition = { name: 'Cardiac MR — LV/RV function and LGE', fields };
