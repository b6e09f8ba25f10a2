import { encode, ExtData } from '@msgpack/msgpack';
import { decodeDynamicValue, decodeMsgpack, encodeMsgpack, fromJson, impliedType, inferType, withType } from './codec';
import { genericPlan, markReplace, valuesEqual } from './plan';
import { TfObject, UNKNOWN } from './types';

describe('msgpack codec', () => {
  test('objects: absent attributes are null, every attribute is on the wire', () => {
    const type = impliedType({ attributes: { a: { type: 'string', optional: true }, b: { type: ['list', 'number'], optional: true } } });
    expect(decodeMsgpack(encodeMsgpack({ a: 'x' }, type), type)).toEqual({ a: 'x', b: null });
  });

  test('unknown values are extension values, refined ones (code 12) included', () => {
    const type: any = ['object', { a: 'string', b: 'string' }];
    expect(decodeMsgpack(encodeMsgpack({ a: UNKNOWN, b: 'y' }, type), type)).toEqual({ a: UNKNOWN, b: 'y' });
    const refined = encode({ a: new ExtData(12, encode({ 1: false })), b: null });
    expect(decodeMsgpack(refined, type)).toEqual({ a: UNKNOWN, b: null });
  });

  test('numbers may come as strings when they do not fit a float64', () => {
    expect(decodeMsgpack(encode('12345678901234567890'), 'number')).toBe(12345678901234567890);
    expect(decodeMsgpack(encode(1.5), 'number')).toBe(1.5);
  });

  test('dynamic values travel as [type JSON, value] and keep their concrete type', () => {
    const wire = encodeMsgpack({ k: [1, 'x'] }, 'dynamic');
    expect(Buffer.from(wire).toString('latin1')).toContain('["object",{"k":["tuple",["number","string"]]}]');
    const map = withType({ a: 'b' }, ['map', 'string']);
    const decoded = decodeMsgpack(encodeMsgpack(map, 'dynamic'), 'dynamic');
    expect(decoded).toEqual({ a: 'b' });
    expect(inferType(decoded)).toEqual(['map', 'string']);
    expect(decodeMsgpack(encodeMsgpack(null, 'dynamic'), 'dynamic')).toBeNull();
  });

  test('JSON state: dynamic values are {value, type}; attributes the schema lost are dropped', () => {
    const type: any = ['object', { d: 'dynamic', s: 'string' }];
    const value = fromJson({ d: { value: ['a'], type: ['list', 'string'] }, s: 'x', gone: 1 }, type) as TfObject;
    expect(value).toEqual({ d: ['a'], s: 'x' });
    expect(inferType(value.d)).toEqual(['list', 'string']);
    expect(decodeDynamicValue({ json: Buffer.from('{"s":"y"}') }, type)).toEqual({ d: null, s: 'y' });
  });

  test('values that do not fit the type are refused with their path', () => {
    const type: any = ['object', { n: 'number' }];
    expect(() => encodeMsgpack({ n: 'many' }, type)).toThrow(/n: expected number/);
    expect(() => encodeMsgpack({ other: 1 }, type)).toThrow(/other: not an attribute of the schema/);
  });
});

describe('generic plan', () => {
  const block = {
    attributes: {
      id: { type: 'string' as const, computed: true },
      name: { type: 'string' as const, required: true },
      zone: { type: 'string' as const, optional: true, computed: true },
      secret: { type: 'string' as const, optional: true, write_only: true },
    },
    block_types: { rule: { nesting_mode: 'list' as const, block: { attributes: { note: { type: 'string' as const, optional: true, computed: true } } } } },
  };
  const base = { typeName: 't', providerConfig: {} };

  test('create: computed attributes the configuration leaves null become unknown, write-only ones null', () => {
    const proposed = { id: null, name: 'a', zone: null, secret: 's', rule: [{ note: null }, { note: 'n' }] };
    const { planned } = genericPlan(block, { ...base, prior: null, proposed, config: proposed });
    expect(planned).toEqual({ id: UNKNOWN, name: 'a', zone: UNKNOWN, secret: null, rule: [{ note: UNKNOWN }, { note: 'n' }] });
  });

  test('update keeps the proposed values; replacement and unknown-on-change are options', () => {
    const prior = { id: 'i', name: 'a', zone: 'eu', secret: null, rule: [] };
    const proposed = { ...prior, name: 'b', zone: 'ap' };
    const result = genericPlan(block, { ...base, prior, proposed, config: { ...proposed, id: null } }, { requiresReplace: ['zone', 'id'], unknownOnChange: ['id'] });
    expect(result.planned).toEqual({ ...proposed, id: UNKNOWN });
    expect(result.requiresReplace).toEqual([['zone'], ['id']]);
    expect(genericPlan(block, { ...base, prior, proposed: null, config: null }).planned).toBeNull();
    expect(markReplace(null, proposed, ['zone'])).toEqual([]);
    expect(valuesEqual({ a: null, b: [1] }, { b: [1] })).toBe(true);
  });
});
