// A cardiac MR protocol and QC checklist for a LV function and viability study: cine short-axis stack,
// 4-chamber cine and LGE short-axis stack, with ranges after the SCMR standardised protocols (2020):
// slices 6–8 mm with gaps of at most 2 mm, temporal resolution ≤ 45 ms, in-plane pixels ≤ 2 mm.
// The demo project starts with them; a core lab writes its own through the API.
import type { ChecklistDefinition } from './checklist-definition.ts';
import type { ProtocolDefinition, Rule } from './protocol-definition.ts';

const common: Rule[] = [
  { id: 'pixel-size', label: 'In-plane pixel size', measure: 'pixelSpacing', max: 2 },
  { id: 'field-strength', label: 'Field strength', measure: 'fieldStrength', min: 1.5, max: 3 },
  { id: 'burned-in-annotation', label: 'No burned-in annotation', attribute: 'BurnedInAnnotation', oneOf: ['NO'] },
];

const stack: Rule[] = [
  { id: 'slice-gap', label: 'Gap between adjacent slices', measure: 'sliceGap', min: 0, max: 2 },
  { id: 'missing-slices', label: 'No slice missing from the stack', measure: 'missingSlices', max: 0 },
  { id: 'coverage', label: 'Base-to-apex coverage', measure: 'coverage', min: 70 },
];

const cine: Rule[] = [
  { id: 'cardiac-phases', label: 'Cardiac phases', measure: 'cardiacPhases', min: 20 },
  { id: 'temporal-resolution', label: 'Temporal resolution', measure: 'temporalResolution', max: 45 },
];

export const CARDIAC_MR_PROTOCOL: ProtocolDefinition = {
  title: 'Cardiac MR — LV function and viability',
  description: 'Cine SSFP short-axis stack covering the left ventricle from base to apex, 4-chamber cine, late gadolinium enhancement short-axis stack.',
  series: [
    {
      name: 'cine-sax',
      label: 'Cine short-axis stack',
      match: [
        { attribute: 'SeriesDescription', pattern: 'sax|short.?axis' },
        { attribute: 'ScanningSequence', excludes: ['IR'] },
        { attribute: 'CardiacNumberOfImages', min: 2 },
        { measure: 'slicePositions', min: 3 },
      ],
      rules: [{ id: 'slice-thickness', label: 'Slice thickness', measure: 'sliceThickness', min: 6, max: 8 }, ...stack, ...cine, ...common],
    },
    {
      name: 'cine-4ch',
      label: '4-chamber cine',
      match: [
        { attribute: 'SeriesDescription', pattern: '4.?ch|four.?chamber|hla' },
        { attribute: 'ScanningSequence', excludes: ['IR'] },
        { attribute: 'CardiacNumberOfImages', min: 2 },
        { measure: 'slicePositions', max: 1 },
      ],
      rules: [{ id: 'slice-thickness', label: 'Slice thickness', measure: 'sliceThickness', min: 6, max: 8 }, ...cine, ...common],
    },
    {
      name: 'lge-sax',
      label: 'LGE short-axis stack',
      match: [
        { attribute: 'ScanningSequence', includes: ['IR'] },
        { measure: 'slicePositions', min: 3 },
      ],
      rules: [{ id: 'slice-thickness', label: 'Slice thickness', measure: 'sliceThickness', min: 6, max: 10 }, ...stack, ...common],
    },
  ],
};

export const CARDIAC_MR_CHECKLIST: ChecklistDefinition = {
  title: 'Cardiac MR image quality',
  artefacts: [
    { code: 'respiratory-motion', label: 'Respiratory motion / breath-hold failure' },
    { code: 'ecg-gating', label: 'ECG gating or arrhythmia artefact' },
    { code: 'wrap-around', label: 'Wrap-around (aliasing)' },
    { code: 'off-resonance', label: 'Off-resonance / banding', appliesTo: ['cine-sax', 'cine-4ch'] },
    { code: 'metal', label: 'Metal / susceptibility artefact' },
    { code: 'inadequate-nulling', label: 'Inadequate myocardial nulling (wrong inversion time)', appliesTo: ['lge-sax'] },
    { code: 'slice-misregistration', label: 'Slice misregistration between breath-holds', appliesTo: ['cine-sax', 'lge-sax'] },
    { code: 'incomplete-coverage', label: 'Incomplete base-to-apex coverage', appliesTo: ['cine-sax', 'lge-sax'] },
    { code: 'planning', label: 'Off-axis planning' },
  ],
  commentRequiredFor: ['poor', 'non-diagnostic'],
};
