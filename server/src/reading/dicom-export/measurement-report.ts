// The read as a DICOM Comprehensive SR following TID 1500 "Measurement Report": the form's numbers
// as TID 1501 measurement groups (per ventricle), the contours as TID 1410 planar ROIs (closed
// POLYLINE on the source image, with their area), categories and segments as qualitative
// evaluations. Free-text fields are not exported: they may name people, and the SR travels with the study.
import type { FormField, NumberField } from '../form-definition.ts';
import type { Contour } from '../volumetry/index.ts';
import { CODES, codeItem, FIELD_CONCEPTS, PRIVATE_SCHEME_IDENTIFICATION, privateCode, ucum, unitCode, type Code } from './codes.ts';
import { decimalString, dicomDateTime, imageOf, seriesDescription, type Measurement, type ReadExportInput } from './export-input.ts';
import { writePart10, type NaturalDataset } from './part10.ts';
import type { SourceImage } from './source-image.ts';
import { derivedUid } from './uids.ts';

export const COMPREHENSIVE_SR = '1.2.840.10008.5.1.4.1.1.88.33';

type Item = NaturalDataset;
type Relationship = 'CONTAINS' | 'HAS CONCEPT MOD' | 'HAS OBS CONTEXT' | 'SELECTED FROM' | 'INFERRED FROM';

const container = (relationship: Relationship | undefined, concept: Code, children: Item[], template?: string): Item => ({
  ...(relationship ? { RelationshipType: relationship } : {}),
  ValueType: 'CONTAINER',
  ConceptNameCodeSequence: [codeItem(concept)],
  ContinuityOfContent: 'SEPARATE',
  ...(template ? { ContentTemplateSequence: [{ MappingResource: 'DCMR', TemplateIdentifier: template }] } : {}),
  ContentSequence: children,
});
const codeEntry = (relationship: Relationship, concept: Code, value: Code): Item => ({
  RelationshipType: relationship,
  ValueType: 'CODE',
  ConceptNameCodeSequence: [codeItem(concept)],
  ConceptCodeSequence: [codeItem(value)],
});
const textEntry = (relationship: Relationship, concept: Code, value: string): Item => ({
  RelationshipType: relationship,
  ValueType: 'TEXT',
  ConceptNameCodeSequence: [codeItem(concept)],
  TextValue: value,
});
const uidEntry = (relationship: Relationship, concept: Code, value: string): Item => ({
  RelationshipType: relationship,
  ValueType: 'UIDREF',
  ConceptNameCodeSequence: [codeItem(concept)],
  UID: value,
});
const numEntry = (concept: Code, value: number, unit: Code): Item => ({
  RelationshipType: 'CONTAINS',
  ValueType: 'NUM',
  ConceptNameCodeSequence: [codeItem(concept)],
  MeasuredValueSequence: [{ MeasurementUnitsCodeSequence: [codeItem(unit)], NumericValue: decimalString(value) }],
});
const imageEntry = (relationship: Relationship, image: SourceImage): Item => ({
  RelationshipType: relationship,
  ValueType: 'IMAGE',
  ReferencedSOPSequence: [{ ReferencedSOPClassUID: image.sopClassUID, ReferencedSOPInstanceUID: image.sopInstanceUID }],
});

const STRUCTURE = {
  'lv-endocardium': { site: CODES.leftVentricle, finding: privateCode('lv-endocardium', 'Left ventricular endocardial contour') },
  'lv-epicardium': { site: CODES.leftVentricle, finding: privateCode('lv-epicardium', 'Left ventricular epicardial contour') },
  'rv-endocardium': { site: CODES.rightVentricle, finding: privateCode('rv-endocardium', 'Right ventricular endocardial contour') },
} as const;
const CARDIAC_PHASE = privateCode('cardiacPhase', 'Cardiac phase');
const PHASE = { ED: CODES.endDiastole, ES: CODES.endSystole } as const;

/** Shoelace area in mm² of a polygon in pixel coordinates. */
function polygonAreaMm2(points: readonly (readonly [number, number])[], spacing: [number, number]): number {
  let twice = 0;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) twice += points[j]![0] * points[i]![1] - points[i]![0] * points[j]![1];
  return (Math.abs(twice) / 2) * spacing[0] * spacing[1];
}

function siteOf(field: NumberField): Code | undefined {
  const known = FIELD_CONCEPTS[field.key];
  if (known) return known.site;
  if (/^lv[A-Z]/.test(field.key)) return CODES.leftVentricle;
  if (/^rv[A-Z]/.test(field.key)) return CODES.rightVentricle;
  return undefined;
}

function measurementGroups(input: ReadExportInput): Item[] {
  const groups = new Map<string, { site: Code | undefined; items: Item[] }>();
  for (const field of input.form.fields) {
    const value = input.values[field.key];
    if (field.kind !== 'number' || typeof value !== 'number') continue;
    const site = siteOf(field);
    const key = site?.value ?? 'other';
    const group = groups.get(key) ?? { site, items: [] };
    groups.set(key, group);
    group.items.push(numEntry(FIELD_CONCEPTS[field.key]?.concept ?? privateCode(field.key, field.label.en), value, unitCode(field.unit)));
  }
  return [...groups.entries()].map(([key, group]) =>
    container('CONTAINS', CODES.measurementGroup, [
      textEntry('HAS OBS CONTEXT', CODES.trackingIdentifier, group.site ? `${group.site.meaning} function` : 'Other measurements'),
      uidEntry('HAS OBS CONTEXT', CODES.trackingUid, derivedUid(input.readId, `measurements:${key}`)),
      ...(group.site ? [codeEntry('HAS CONCEPT MOD', CODES.findingSite, group.site)] : []),
      ...group.items,
    ], '1501'),
  );
}

function contourGroup(input: ReadExportInput, contour: Contour): Item {
  const image = imageOf(input, contour);
  const structure = STRUCTURE[contour.structure];
  const closed = [...contour.points, contour.points[0]!];
  return container('CONTAINS', CODES.measurementGroup, [
    textEntry('HAS OBS CONTEXT', CODES.trackingIdentifier, `${contour.structure} ${contour.phase} ${contour.id}`.slice(0, 64)),
    uidEntry('HAS OBS CONTEXT', CODES.trackingUid, derivedUid(input.readId, `contour:${contour.id}`)),
    codeEntry('CONTAINS', CODES.finding, structure.finding),
    codeEntry('HAS CONCEPT MOD', CODES.findingSite, structure.site),
    codeEntry('HAS CONCEPT MOD', CARDIAC_PHASE, PHASE[contour.phase]),
    {
      RelationshipType: 'CONTAINS',
      ValueType: 'SCOORD',
      ConceptNameCodeSequence: [codeItem(CODES.imageRegion)],
      GraphicType: 'POLYLINE',
      GraphicData: graphicData(closed),
      ContentSequence: [imageEntry('SELECTED FROM', image)],
    },
    ...(image.pixelSpacing ? [numEntry(CODES.area, polygonAreaMm2(contour.points, image.pixelSpacing), ucum('mm2', 'square millimeter'))] : []),
  ], '1410');
}

/** DICOM image coordinates put (0, 0) at the top-left corner of the top-left pixel; the reading contract at its centre. */
const graphicData = (points: readonly (readonly [number, number])[]) => points.flatMap(([column, row]) => [column + 0.5, row + 0.5]);

const MEASUREMENT_SHAPE = { length: 'POLYLINE', probe: 'POINT', roi: 'POLYGON' } as const;

/** A length, probe or ROI measurement: its value, inferred from its outline on the source image. */
function measurementGroup(input: ReadExportInput, m: Measurement): Item {
  const image = imageOf(input, m);
  const concept = m.kind === 'length' ? CODES.length : privateCode(m.kind === 'probe' ? 'probe' : 'roi', m.kind === 'probe' ? 'Pixel value at a point' : 'Region of interest value');
  const points = m.kind === 'probe' ? m.points.slice(0, 1) : m.kind === 'roi' ? [...m.points, m.points[0]!] : m.points;
  return container('CONTAINS', CODES.measurementGroup, [
    textEntry('HAS OBS CONTEXT', CODES.trackingIdentifier, `${m.kind} ${m.label ?? m.id}`.slice(0, 64)),
    uidEntry('HAS OBS CONTEXT', CODES.trackingUid, derivedUid(input.readId, `measurement:${m.id}`)),
    {
      ...numEntry(concept, m.value, unitCode(m.unit)),
      ContentSequence: [
        {
          RelationshipType: 'INFERRED FROM',
          ValueType: 'SCOORD',
          GraphicType: MEASUREMENT_SHAPE[m.kind],
          GraphicData: graphicData(points),
          ContentSequence: [imageEntry('SELECTED FROM', image)],
        },
      ],
    },
  ], '1501');
}

function qualitativeEvaluations(input: ReadExportInput): Item[] {
  const items: Item[] = [];
  for (const field of input.form.fields as FormField[]) {
    const value = input.values[field.key];
    if (value === undefined) continue;
    const concept = privateCode(field.key, field.label.en);
    if (field.kind === 'category' && typeof value === 'string') {
      const option = field.options.find((o) => o.value === value);
      const standard = field.key === 'lgePresent' ? ({ yes: CODES.yes, no: CODES.no, indeterminate: CODES.indeterminate } as Record<string, Code>)[value] : undefined;
      items.push(codeEntry('CONTAINS', concept, standard ?? privateCode(value, option?.label.en ?? value)));
    } else if (field.kind === 'segments' && Array.isArray(value)) {
      items.push(textEntry('CONTAINS', concept, value.length === 0 ? 'none' : `AHA segments ${value.join(', ')}`));
    }
  }
  return items;
}

/** The read as Part 10 bytes of a Comprehensive SR (TID 1500), with its UIDs. */
export function buildMeasurementReport(input: ReadExportInput): { bytes: Uint8Array; sopInstanceUID: string; seriesInstanceUID: string } {
  const sopInstanceUID = derivedUid(input.readId, 'sr');
  const seriesInstanceUID = derivedUid(input.readId, 'sr-series');
  const { date, time } = dicomDateTime(input.submittedAt);
  const referenced = [...new Map([...input.contours, ...input.measurements].map((a) => [a.sopInstanceUID, imageOf(input, a)])).values()];
  const bySeries = new Map<string, SourceImage[]>();
  for (const image of referenced) bySeries.set(image.seriesInstanceUID, [...(bySeries.get(image.seriesInstanceUID) ?? []), image]);
  const qualitative = qualitativeEvaluations(input);

  const root = container(undefined, CODES.imagingMeasurementReport, [
    codeEntry('HAS CONCEPT MOD', CODES.languageOfContent, CODES.english),
    codeEntry('HAS OBS CONTEXT', CODES.observerType, CODES.person),
    { RelationshipType: 'HAS OBS CONTEXT', ValueType: 'PNAME', ConceptNameCodeSequence: [codeItem(CODES.personObserverName)], PersonName: `Reader^${input.readerPseudonym}` },
    codeEntry('HAS CONCEPT MOD', CODES.procedureReported, CODES.cardiacMr),
    container('CONTAINS', CODES.imageLibrary, referenced.length === 0 ? [] : [container('CONTAINS', CODES.imageLibraryGroup, referenced.map((image) => imageEntry('CONTAINS', image)))]),
    container('CONTAINS', CODES.imagingMeasurements, [...measurementGroups(input), ...input.contours.map((c) => contourGroup(input, c)), ...input.measurements.map((m) => measurementGroup(input, m))]),
    ...(qualitative.length > 0 ? [container('CONTAINS', CODES.qualitativeEvaluations, qualitative)] : []),
  ], '1500');

  const studyInstanceUID = input.patientStudy.StudyInstanceUID as string;
  const dataset: NaturalDataset = {
    SpecificCharacterSet: 'ISO_IR 192',
    SOPClassUID: COMPREHENSIVE_SR,
    SOPInstanceUID: sopInstanceUID,
    InstanceCreationDate: date,
    InstanceCreationTime: time,
    CodingSchemeIdentificationSequence: [PRIVATE_SCHEME_IDENTIFICATION],
    PatientName: '',
    PatientID: '',
    PatientBirthDate: '',
    PatientSex: '',
    StudyDate: '',
    StudyTime: '',
    ReferringPhysicianName: '',
    StudyID: '',
    AccessionNumber: '',
    ...input.patientStudy,
    Modality: 'SR',
    SeriesInstanceUID: seriesInstanceUID,
    SeriesNumber: input.readKind === 'reread' ? 9902 : 9901,
    SeriesDescription: seriesDescription(input, 'report'),
    ReferencedPerformedProcedureStepSequence: [],
    Manufacturer: 'Corelab',
    SoftwareVersions: 'corelab reading export 1',
    InstanceNumber: 1,
    ContentDate: date,
    ContentTime: time,
    CompletionFlag: 'COMPLETE',
    VerificationFlag: 'UNVERIFIED',
    PerformedProcedureCodeSequence: [],
    ...(referenced.length > 0
      ? {
          CurrentRequestedProcedureEvidenceSequence: [
            {
              StudyInstanceUID: studyInstanceUID,
              ReferencedSeriesSequence: [...bySeries.entries()].map(([series, images]) => ({
                SeriesInstanceUID: series,
                ReferencedSOPSequence: images.map((i) => ({ ReferencedSOPClassUID: i.sopClassUID, ReferencedSOPInstanceUID: i.sopInstanceUID })),
              })),
            },
          ],
        }
      : {}),
    ...root,
  };
  return { bytes: writePart10(dataset), sopInstanceUID, seriesInstanceUID };
}
