import fc from 'fast-check';
import {
  GraphQLArgument,
  GraphQLField,
  GraphQLInputType,
  GraphQLNamedType,
  GraphQLSchema,
  getNamedType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import { anyFloat, anyInt, anyString, wrongShape } from './hostile-values';
import { DemoIds } from './demo-ids';

export interface MutationUnderTest {
  name: string;
  /** The operation text: every argument a variable, the result reduced to `__typename`. */
  query: string;
  /** Variables for one call: plausible values mixed with hostile ones, sometimes the wrong shape. */
  variables: fc.Arbitrary<Record<string, unknown>>;
  hasArguments: boolean;
}

const DAY = 86_400_000;
const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY).toISOString().slice(0, 10);

/** Plausible strings by field name, so some calls get past validation into services and SQL. */
function plausibleString(field: string): fc.Arbitrary<string> {
  const name = field.toLowerCase();
  if (name.includes('email')) return fc.constantFrom('head1@demo.test', 'new.person@demo.test', 'a@b.co', 'x'.repeat(250) + '@demo.test');
  if (/(on|date|from|until|since|birth|day|start|end|due)$/.test(name)) {
    return fc.oneof(fc.integer({ min: -4000, max: 400 }).map(isoDay), fc.constantFrom('2024-02-29', '2025-09-01', '1900-01-01', '2099-12-31'));
  }
  if (name.includes('postcode')) return fc.constantFrom('B8 1AA', 'BD1 1AA', 'SW1A 1AA', 'ZZ99 9ZZ');
  if (name.includes('schoolyear') || name === 'year') return fc.constantFrom('2025/26', '2024/25', '2025-26');
  if (name.includes('token') || name.includes('password')) return fc.constantFrom('correct-horse-battery-staple', 'a'.repeat(64), 'short');
  if (name.includes('csv')) return fc.constantFrom('name,role\nAda,Chair\n', 'a,b,c\n"unterminated', '\u0000,\u0000\n');
  return fc.oneof(fc.lorem({ maxCount: 6 }), fc.string({ minLength: 1, maxLength: 30 }));
}

function dateTimeValue(): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.date({ min: new Date('1900-01-01'), max: new Date('2200-01-01'), noInvalidDate: true }).map((d) => d.toISOString()),
    fc.constantFrom('2025-13-45T99:99:99Z', 'yesterday', '', '2025-01-01', '+275760-09-13T00:00:00.000Z', 0, -1e20),
    anyString,
  );
}

/** A value of one GraphQL input type, for the input field or argument called `field`. */
function valueOf(type: GraphQLInputType, field: string, ids: DemoIds, depth: number): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return valueOf(type.ofType, field, ids, depth);
  if (isListType(type)) {
    const element = valueOf(type.ofType, field, ids, depth + 1);
    return fc.oneof(
      { weight: 8, arbitrary: fc.array(element, { maxLength: 4 }) },
      { weight: 1, arbitrary: fc.array(element, { minLength: 200, maxLength: 300 }) },
    );
  }
  const named: GraphQLNamedType = getNamedType(type);
  if (isEnumType(named)) return fc.constantFrom(...named.getValues().map((v) => v.name));
  if (isInputObjectType(named)) {
    if (depth > 4) return fc.constant({});
    const fields = Object.values(named.getFields());
    const record: Record<string, fc.Arbitrary<unknown>> = {};
    const required: string[] = [];
    for (const inner of fields) {
      record[inner.name] = isNonNullType(inner.type)
        ? valueOf(inner.type, inner.name, ids, depth + 1)
        : fc.oneof({ weight: 3, arbitrary: valueOf(inner.type, inner.name, ids, depth + 1) }, { weight: 1, arbitrary: fc.constant(null) });
      if (isNonNullType(inner.type)) required.push(inner.name);
    }
    return fc.record(record, { requiredKeys: required });
  }
  if (isScalarType(named)) {
    switch (named.name) {
      case 'ID':
        return ids.arbitraryFor(field);
      case 'String':
        if (/ids?$/i.test(field)) return ids.arbitraryFor(field);
        return fc.oneof(plausibleString(field), anyString);
      case 'Int':
        if (field.toLowerCase().includes('urn')) return fc.oneof(fc.constantFrom(990001, 990002, 990101, 100000), anyInt);
        return anyInt;
      case 'Float':
        return anyFloat;
      case 'Boolean':
        return fc.boolean();
      case 'DateTime':
        return dateTimeValue();
      case 'JSONObject':
        return fc.oneof(fc.object({ maxDepth: 2 }), fc.constant({ ['\u0000']: '\u0000' }), fc.dictionary(anyString, anyString, { maxKeys: 3 }));
      default:
        return fc.oneof(anyString, wrongShape);
    }
  }
  return wrongShape;
}

function argumentsOf(args: readonly GraphQLArgument[], ids: DemoIds): fc.Arbitrary<Record<string, unknown>> {
  const record: Record<string, fc.Arbitrary<unknown>> = {};
  for (const arg of args) {
    const value = isNonNullType(arg.type) ? valueOf(arg.type, arg.name, ids, 0) : fc.option(valueOf(arg.type, arg.name, ids, 0), { freq: 4 });
    // One call in twelve sends the wrong JSON shape for an argument: GraphQL itself must refuse it.
    record[arg.name] = fc.oneof({ weight: 11, arbitrary: value }, { weight: 1, arbitrary: wrongShape });
  }
  return fc.record(record);
}

function operationText(field: GraphQLField<unknown, unknown>): string {
  const declared = field.args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
  const passed = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
  return `mutation${declared ? `(${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''}${selection} }`;
}

/** Every mutation of the live schema, so a new one is fuzzed without touching the test. */
export function mutationsOf(schema: GraphQLSchema, ids: DemoIds): MutationUnderTest[] {
  const fields = Object.values(schema.getMutationType()?.getFields() ?? {});
  return fields
    .map((field) => ({
      name: field.name,
      query: operationText(field),
      variables: argumentsOf(field.args, ids),
      hasArguments: field.args.length > 0,
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
