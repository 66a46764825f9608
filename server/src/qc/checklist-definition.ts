// The QC checklist as data: the QC reviewer grades each series of the exam's protocol on a fixed
// scale, ticks the artefacts seen (the list is the checklist's) and comments. Versioned like the
// protocol; validated in full, each refusal naming the field.
import { Type, type Static } from 'typebox';
import { NAME_PATTERN } from './protocol-definition.ts';
import { checkShape, fieldError } from './schema-check.ts';

export const GRADES = ['good', 'acceptable', 'poor', 'non-diagnostic'] as const;
export type Grade = (typeof GRADES)[number];

export const ArtefactSchema = Type.Object(
  {
    code: Type.String({ pattern: NAME_PATTERN, description: 'Unique within the checklist, e.g. respiratory-motion' }),
    label: Type.String({ minLength: 1, maxLength: 120 }),
    appliesTo: Type.Optional(
      Type.Array(Type.String({ pattern: NAME_PATTERN }), { minItems: 1, maxItems: 32, uniqueItems: true, description: "Names of the protocol's series this artefact can be ticked on (default: all)" }),
    ),
  },
  { additionalProperties: false },
);

export const ChecklistDefinitionSchema = Type.Object(
  {
    title: Type.String({ minLength: 1, maxLength: 200 }),
    description: Type.Optional(Type.String({ maxLength: 2000 })),
    artefacts: Type.Array(ArtefactSchema, { minItems: 1, maxItems: 64 }),
    commentRequiredFor: Type.Optional(
      Type.Array(Type.Unsafe<Grade>({ type: 'string', enum: [...GRADES] }), { maxItems: GRADES.length, uniqueItems: true, description: 'Grades that need a comment from the QC reviewer' }),
    ),
    commentMaxLength: Type.Optional(Type.Integer({ minimum: 1, maximum: 5000, description: 'Longest comment per series (default 2000)' })),
  },
  { additionalProperties: false, description: `A QC checklist: per series a grade (${GRADES.join(' / ')}), the artefacts seen and a comment` },
);

export type ChecklistDefinition = Static<typeof ChecklistDefinitionSchema>;

/**
 * @param protocolSeries the names of the series of the project's current protocol, which an
 * artefact's appliesTo may name; null when the project has no protocol yet.
 * @param base JSON pointer of the definition in the request, prefixed to every field named.
 */
export function validateChecklist(value: unknown, protocolSeries: ReadonlySet<string> | null, base = ''): ChecklistDefinition {
  const checklist = checkShape<ChecklistDefinition>('checklist', ChecklistDefinitionSchema, value, base);
  const codes = new Set<string>();
  checklist.artefacts.forEach((artefact, a) => {
    const at = `${base}/artefacts/${a}`;
    if (codes.has(artefact.code)) throw fieldError('checklist', 'duplicate-artefact-code', `${at}/code`, `"${artefact.code}" names another artefact of the checklist already`);
    codes.add(artefact.code);
    artefact.appliesTo?.forEach((name, n) => {
      if (!protocolSeries?.has(name)) {
        const known = protocolSeries ? `the current protocol's series are ${[...protocolSeries].join(', ')}` : 'the project has no imaging protocol yet';
        throw fieldError('checklist', 'unknown-series', `${at}/appliesTo/${n}`, `"${name}" is not a series of the protocol (${known})`);
      }
    });
  });
  return checklist;
}
