/**
 * The harness end to end: real Terraform plans, applies, refreshes, imports and destroys against a toy provider
 * served from this process, and validates configuration against the tls schema derived from the bindings.
 */
import { cloneValue, SchemaBlock } from './codec';
import { genericPlan } from './plan';
import { providerSchema } from './schemas';
import { RunningStandIn, startStandIn } from './server';
import { TerraformWorkdir } from './terraform';
import { ProviderError, StandInProvider, TfObject, TfValue, UNKNOWN } from './types';

jest.setTimeout(300_000);

const TOY_BLOCK: SchemaBlock = {
  attributes: {
    id: { type: 'string', computed: true },
    name: { type: 'string', required: true },
    size: { type: 'number', optional: true },
    zone: { type: 'string', optional: true, computed: true },
    labels: { type: ['map', 'string'], optional: true },
    meta: { type: 'dynamic', optional: true },
    revision: { type: 'number', computed: true },
    aliases: { type: ['set', 'string'], optional: true },
    endpoints: {
      nested_type: {
        nesting_mode: 'list',
        attributes: { host: { type: 'string', required: true }, port: { type: 'number', optional: true, computed: true } },
      },
      optional: true,
    },
  },
  block_types: {
    rule: {
      nesting_mode: 'list',
      block: { attributes: { port: { type: 'number', required: true }, note: { type: 'string', optional: true, computed: true } } },
    },
  },
};

/** A toy provider whose remote objects live in `store`. */
function toyProvider(store: Map<string, TfObject>): StandInProvider {
  let next = 0;
  const known = <T extends TfValue>(value: T | typeof UNKNOWN, fallback: T): T => (value === UNKNOWN || value === null ? fallback : (value as T));
  return {
    address: 'registry.terraform.io/example/toy',
    schema: {
      provider: { block: { attributes: { region: { type: 'string', optional: true } } } },
      resource_schemas: { toy_thing: { version: 0, block: TOY_BLOCK } },
      data_source_schemas: {
        toy_lookup: { block: { attributes: { id: { type: 'string', required: true }, name: { type: 'string', computed: true } } } },
      },
    },
    dataSources: {
      toy_lookup: {
        async read(req) {
          const obj = store.get(req.config.id as string);
          if (!obj) throw new ProviderError('No such thing', `No toy_thing with id ${String(req.config.id)}.`);
          return { name: obj.name };
        },
      },
    },
    resources: {
      toy_thing: {
        plan: (req) => genericPlan(TOY_BLOCK, req, { requiresReplace: ['zone'], unknownOnChange: ['revision'] }),
        validate: (config) =>
          typeof config.name === 'string' && config.name.trim() === ''
            ? [{ severity: 'error', summary: 'name must not be empty', attribute: ['name'] }]
            : [],
        async apply(req) {
          if (req.planned === null) {
            store.delete(req.prior!.id as string);
            return { newState: null };
          }
          const planned = req.planned;
          const rules = ((planned.rule as TfObject[] | null) ?? []).map((r) => ({ ...r, note: known(r.note, 'default') }));
          const endpoints = planned.endpoints === null ? null : (planned.endpoints as TfObject[]).map((e) => ({ ...e, port: known(e.port, 443) }));
          const obj: TfObject = req.prior
            ? { ...cloneValue(planned), rule: rules, endpoints, revision: (req.prior.revision as number) + 1 }
            : { ...cloneValue(planned), id: `thing-${++next}`, zone: known(planned.zone, `zone-of-${String(req.providerConfig.region)}`), rule: rules, endpoints, revision: 1 };
          store.set(obj.id as string, cloneValue(obj));
          return { newState: obj };
        },
        async read(req) {
          const obj = store.get(req.current.id as string);
          return { newState: obj ? cloneValue(obj) : null };
        },
        async importState(req) {
          const obj = store.get(req.id);
          if (!obj) throw new ProviderError('Cannot import non-existent remote object', `No toy_thing with id ${req.id}.`);
          return cloneValue(obj);
        },
      },
    },
  };
}

function toyConfig(baseZone: string): any {
  return {
    terraform: { required_providers: { toy: { source: 'example/toy', version: '1.0.0' } } },
    provider: { toy: [{ region: 'north' }] },
    resource: {
      toy_thing: {
        base: {
          name: 'base',
          zone: baseZone,
          labels: { team: 'platform' },
          meta: { ports: [22, 'ssh'], nested: { on: true }, nothing: null },
          rule: [{ port: 22 }, { port: 443, note: 'tls' }],
          aliases: ['b', 'a'],
          endpoints: [{ host: 'one.example' }, { host: 'two.example', port: 8443 }],
        },
        child: {
          name: '${toy_thing.base.id}-child',
          size: 2,
          lifecycle: {
            precondition: [{ condition: '${toy_thing.base.zone != "forbidden"}', error_message: 'The base thing must not be in the forbidden zone.' }],
          },
        },
      },
    },
    data: { toy_lookup: { base: { id: '${toy_thing.base.id}' } } },
    output: {
      child_name: { value: '${toy_thing.child.name}' },
      looked_up: { value: '${data.toy_lookup.base.name}' },
      base_rules: { value: '${toy_thing.base.rule[*].note}' },
    },
  };
}

describe('stand-in providers under real Terraform', () => {
  const store = new Map<string, TfObject>();
  let toy: RunningStandIn;
  let wd: TerraformWorkdir;

  beforeAll(async () => {
    toy = await startStandIn(toyProvider(store));
    wd = TerraformWorkdir.fromConfig(toyConfig('eu'), [toy]);
  });

  afterAll(async () => {
    wd?.cleanup();
    await toy?.stop();
  });

  const things = (): TfObject[] => [...store.values()].sort((a, b) => String(a.name).localeCompare(String(b.name)));

  test('plan, apply, replace, recreate, import, destroy', async () => {
    await wd.init();

    const first = await wd.plan({ detailedExitCode: true });
    expect(first.code).toBe(2);
    expect(first.stdout).toContain('Plan: 2 to add, 0 to change, 0 to destroy.');

    await wd.apply();
    expect(store.size).toBe(2);
    const base = things().find((t) => t.name === 'base')!;
    expect(base).toMatchObject({ zone: 'eu', labels: { team: 'platform' }, revision: 1 });
    expect(base.meta).toEqual({ ports: [22, 'ssh'], nested: { on: true }, nothing: null });
    expect(base.rule).toEqual([{ port: 22, note: 'default' }, { port: 443, note: 'tls' }]);
    expect([...(base.aliases as string[])].sort()).toEqual(['a', 'b']);
    expect(base.endpoints).toEqual([{ host: 'one.example', port: 443 }, { host: 'two.example', port: 8443 }]);
    const child = things().find((t) => t.name === `${String(base.id)}-child`)!;
    expect(child).toMatchObject({ size: 2, zone: 'zone-of-north', revision: 1 });
    expect(await wd.output()).toMatchObject({
      child_name: { value: `${String(base.id)}-child` },
      base_rules: { value: ['default', 'tls'] },
      looked_up: { value: 'base' },
    });

    // Planned values equal to the configuration, the dynamic attribute included: nothing to do.
    const again = await wd.plan({ detailedExitCode: true });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('No changes.');

    // A precondition that fails stops the plan with its message.
    wd.writeConfig(toyConfig('forbidden'));
    const refused = await wd.plan({ expectFailure: true });
    expect(refused.stderr).toContain('The base thing must not be in the forbidden zone.');

    // A change of an attribute that requires replacement.
    wd.writeConfig(toyConfig('ap'));
    const replacing = await wd.plan({ detailedExitCode: true });
    expect(replacing.code).toBe(2);
    expect(replacing.stdout).toContain('toy_thing.base must be replaced');
    expect(replacing.stdout).toMatch(/zone\s+= "eu" -> "ap" # forces replacement/);
    await wd.apply();
    const newBase = things().find((t) => t.name === 'base')!;
    expect(newBase.id).not.toBe(base.id);
    expect(newBase.zone).toBe('ap');
    expect(store.has(base.id as string)).toBe(false);
    const newChild = things().find((t) => t.name === `${String(newBase.id)}-child`)!;
    expect(newChild).toMatchObject({ id: child.id, revision: 2 });

    // -replace forces a replacement without a change.
    const forced = await wd.plan({ replace: ['toy_thing.child'] });
    expect(forced.stdout).toContain('toy_thing.child will be replaced, as requested');

    // The remote object disappears behind Terraform's back: read returns null, the next plan creates it again.
    store.delete(newChild.id as string);
    const refreshOnly = await wd.plan({ refreshOnly: true, detailedExitCode: true });
    expect(refreshOnly.stdout).toContain('toy_thing.child has been deleted');
    const recreate = await wd.plan({ detailedExitCode: true });
    expect(recreate.code).toBe(2);
    expect(recreate.stdout).toContain('toy_thing.child will be created');
    await wd.apply({ target: ['toy_thing.child'] });
    expect(things().filter((t) => t.name === `${String(newBase.id)}-child`)).toHaveLength(1);

    // An object created outside Terraform is adopted with an import block.
    store.set('thing-ext', { id: 'thing-ext', name: 'external', size: 7, zone: 'far', revision: 5, rule: [] });
    wd.updateConfig((config) => {
      config.resource.toy_thing.imported = { name: 'external', size: 7, zone: 'far' };
      config.import = [{ to: 'toy_thing.imported', id: 'thing-ext' }];
    });
    const importing = await wd.plan();
    expect(importing.stdout).toContain('1 to import');
    expect(importing.stdout).toContain('0 to add, 0 to change, 0 to destroy');
    const imported = await wd.apply();
    expect(imported.stdout).toContain('1 imported');
    const resources = await wd.resources();
    expect(resources['toy_thing.imported'].values).toMatchObject({ id: 'thing-ext', revision: 5 });
    expect(store.get('thing-ext')!.revision).toBe(5);

    await wd.destroy();
    expect(store.size).toBe(0);
    expect((await wd.state()).values).toBeUndefined();

    const methods = new Set(toy.calls.map((c) => c.method));
    for (const m of ['GetProviderSchema', 'ConfigureProvider', 'ValidateResourceConfig', 'PlanResourceChange', 'ApplyResourceChange', 'ReadResource', 'ImportResourceState', 'UpgradeResourceState', 'ReadDataSource']) {
      expect(methods).toContain(m);
    }
  });

  test('a validation diagnostic from a behaviour fails validate with its summary', async () => {
    const bad = TerraformWorkdir.fromConfig({ ...toyConfig('eu'), resource: { toy_thing: { empty: { name: ' ' } } } }, [toy]);
    try {
      const result = await bad.validate({ expectFailure: true });
      expect(result.stderr).toContain('name must not be empty');
    } finally {
      bad.cleanup();
    }
  });
});

describe('schemas derived from the installed bindings', () => {
  let tls: RunningStandIn;
  beforeAll(async () => {
    tls = await startStandIn({ address: 'registry.terraform.io/hashicorp/tls', schema: providerSchema('tls'), resources: {}, dataSources: {} });
  });
  afterAll(async () => {
    await tls?.stop();
  });

  const config = (key: object): object => ({
    terraform: { required_providers: { tls: { source: 'hashicorp/tls', version: '4.1.0' } } },
    provider: { tls: [{}] },
    resource: { tls_private_key: { key: key } },
    data: { tls_public_key: { pub: { private_key_pem: '${tls_private_key.key.private_key_pem}' } } },
    output: { pem: { value: '${tls_private_key.key.private_key_pem}', sensitive: true }, fp: { value: '${data.tls_public_key.pub.public_key_fingerprint_sha256}' } },
  });

  test('terraform validate accepts a tls_private_key configuration', async () => {
    const wd = TerraformWorkdir.fromConfig(config({ algorithm: 'RSA', rsa_bits: 4096 }), [tls]);
    try {
      const result = await wd.validate();
      expect(result.stdout).toContain('The configuration is valid.');
    } finally {
      wd.cleanup();
    }
  });

  test('terraform validate rejects an argument the schema does not have', async () => {
    const wd = TerraformWorkdir.fromConfig(config({ algorithm: 'RSA', bits: 4096 }), [tls]);
    try {
      const result = await wd.validate({ expectFailure: true });
      expect(result.stderr).toContain('No argument or block type is named "bits"');
    } finally {
      wd.cleanup();
    }
  });
});
