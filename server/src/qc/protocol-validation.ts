// A submitted protocol is checked in full before it becomes a version: its shape, then what a schema
// cannot say (one attribute or measure and one test per condition, min ≤ max, known DICOM keywords,
// safe regular expressions, unique names). Each refusal names the field, as a JSON pointer.
import { lookUpAttribute } from './dicom-attributes.ts';
import { isNumericMeasure, PLANES, PRESENCE_RULE, ProtocolDefinitionSchema, type Condition, type ProtocolDefinition } from './protocol-definition.ts';
import { regexProblem } from './safe-regex.ts';
import { checkShape, fieldError } from './schema-check.ts';

const NUMERIC_VRS = new Set(['DS', 'IS', 'FL', 'FD', 'SL', 'SS', 'UL', 'US', 'SV', 'UV']);
const refuse = (problem: string, field: string, message: string) => fieldError('protocol', problem, field, message);

/** @param base JSON pointer of the definition in the request, prefixed to every field named. */
export function validateProtocol(value: unknown, base = ''): ProtocolDefinition {
  const protocol = checkShape<ProtocolDefinition>('protocol', ProtocolDefinitionSchema, value, base);
  const names = new Set<string>();
  protocol.series.forEach((series, s) => {
    const at = `${base}/series/${s}`;
    if (names.has(series.name)) throw refuse('duplicate-series-name', `${at}/name`, `"${series.name}" names another series of the protocol already`);
    names.add(series.name);
    series.match.forEach((condition, c) => checkCondition(condition, `${at}/match/${c}`));
    const ids = new Set<string>();
    series.rules.forEach((rule, r) => {
      const field = `${at}/rules/${r}`;
      if (rule.id === PRESENCE_RULE) throw refuse('reserved-rule-id', `${field}/id`, `"${PRESENCE_RULE}" is the rule every series gets for its own presence`);
      if (ids.has(rule.id)) throw refuse('duplicate-rule-id', `${field}/id`, `"${rule.id}" names another rule of this series already`);
      ids.add(rule.id);
      checkCondition(rule, field);
    });
  });
  return protocol;
}

type Test = 'range' | 'oneOf' | 'includes' | 'excludes' | 'pattern';

function testsOf(c: Condition): Test[] {
  const tests: Test[] = [];
  if (c.min !== undefined || c.max !== undefined) tests.push('range');
  for (const t of ['oneOf', 'includes', 'excludes', 'pattern'] as const) if (c[t] !== undefined) tests.push(t);
  return tests;
}

function checkCondition(c: Condition, at: string): void {
  if ((c.attribute === undefined) === (c.measure === undefined)) throw refuse('condition-subject', at, 'must name exactly one of attribute and measure');
  const tests = testsOf(c);
  if (tests.length !== 1) {
    throw refuse('condition-test', at, tests.length === 0 ? 'has no test: give min/max, oneOf, includes, excludes or pattern' : `has several tests (${tests.join(', ')}); give one per condition`);
  }
  const test = tests[0]!;
  if (c.min !== undefined && c.max !== undefined && c.min > c.max) throw refuse('range-inverted', `${at}/min`, `${c.min} is above max ${c.max}`);
  if (c.pattern !== undefined) {
    const problem = regexProblem(c.pattern);
    if (problem) throw refuse(problem.problem, `${at}/pattern`, problem.message);
  }
  if (c.measure !== undefined) {
    if (isNumericMeasure(c.measure)) {
      if (test !== 'range') throw refuse('test-not-for-measure', at, `${c.measure} is a number: test it with min and/or max`);
    } else {
      if (test !== 'oneOf') throw refuse('test-not-for-measure', at, `${c.measure} is one of ${PLANES.join(', ')}: test it with oneOf`);
      const unknown = c.oneOf!.find((p) => !(PLANES as readonly string[]).includes(p));
      if (unknown !== undefined) throw refuse('unknown-plane', `${at}/oneOf`, `"${unknown}" is not a plane (${PLANES.join(', ')})`);
    }
    return;
  }
  const found = lookUpAttribute(c.attribute!);
  if (!('tag' in found)) {
    const message = found.problem === 'unknown-attribute' ? `"${c.attribute}" is not a DICOM attribute keyword` : `"${c.attribute}" holds a sequence or binary data, which a rule cannot compare`;
    throw refuse(found.problem, `${at}/attribute`, message);
  }
  if (test === 'range' && !NUMERIC_VRS.has(found.vr)) throw refuse('test-not-for-attribute', at, `${c.attribute} (VR ${found.vr}) is not numeric: min/max do not apply`);
}
