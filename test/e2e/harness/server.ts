/**
 * Serves a StandInProvider over Terraform's plugin protocol 6 from this process, so that a real `terraform` child
 * process can use it through TF_REATTACH_PROVIDERS (go-plugin's "reattach" mode: Terraform connects to an
 * already-running provider instead of starting one).
 */
import * as path from 'node:path';
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import {
  CtyType,
  decodeDynamicValue,
  encodeDynamicValue,
  fromJson,
  impliedType,
  SchemaAttribute,
  SchemaBlock,
  WireDynamicValue,
} from './codec';
import { genericPlan, unknownsToNull } from './plan';
import { Diagnostic, ProviderError, StandInProvider, TfObject, TfValue } from './types';

export interface RecordedCall {
  readonly method: string;
  readonly typeName?: string;
}

export interface RunningStandIn {
  /** The provider's address, the key of `reattach` in TF_REATTACH_PROVIDERS. */
  readonly address: string;
  /** go-plugin's ReattachConfig for this server. */
  readonly reattach: ReattachConfig;
  /** Every RPC received, in order of arrival. */
  readonly calls: RecordedCall[];
  stop(): Promise<void>;
}

export interface ReattachConfig {
  readonly Protocol: 'grpc';
  readonly ProtocolVersion: 6;
  readonly Pid: number;
  /** Test mode: Terraform neither waits for nor kills the process, and trusts ProtocolVersion (no handshake line). */
  readonly Test: true;
  readonly Addr: { readonly Network: 'tcp'; readonly String: string };
}

// ---------------------------------------------------------------------------------------------------------------
// Protocol loading

const LOADER_OPTIONS: protoLoader.Options = { keepCase: true, longs: Number, enums: String, defaults: true, oneofs: true };
let loaded: { provider: grpc.ServiceDefinition; controller: grpc.ServiceDefinition; stdio: grpc.ServiceDefinition; broker: grpc.ServiceDefinition } | undefined;

function services(): NonNullable<typeof loaded> {
  if (!loaded) {
    const definition = protoLoader.loadSync(
      [path.join(__dirname, 'tfplugin6.proto'), path.join(__dirname, 'go-plugin.proto')],
      LOADER_OPTIONS,
    );
    // loadPackageDefinition's result is untyped: its shape is the packages of the .proto files.
    const pkg = grpc.loadPackageDefinition(definition) as unknown as {
      tfplugin6: { Provider: grpc.ServiceClientConstructor };
      plugin: Record<'GRPCController' | 'GRPCStdio' | 'GRPCBroker', grpc.ServiceClientConstructor>;
    };
    loaded = {
      provider: pkg.tfplugin6.Provider.service,
      controller: pkg.plugin.GRPCController.service,
      stdio: pkg.plugin.GRPCStdio.service,
      broker: pkg.plugin.GRPCBroker.service,
    };
  }
  return loaded;
}

// ---------------------------------------------------------------------------------------------------------------
// Schema conversion (`terraform providers schema -json` format -> protocol messages)

interface SchemaEntry {
  readonly version?: number;
  readonly block: unknown;
}

const NESTING: Record<string, string> = { single: 'SINGLE', list: 'LIST', set: 'SET', map: 'MAP', group: 'GROUP' };

function protoSchema(entry: SchemaEntry): object {
  return { version: entry.version ?? 0, block: protoBlock(entry.block as SchemaBlock, entry.version ?? 0) };
}

function protoBlock(block: SchemaBlock, version = 0): object {
  return {
    version,
    description: block.description ?? '',
    description_kind: block.description_kind === 'markdown' ? 'MARKDOWN' : 'PLAIN',
    deprecated: block.deprecated ?? false,
    attributes: Object.keys(block.attributes ?? {})
      .sort()
      .map((name) => protoAttribute(name, block.attributes![name])),
    block_types: Object.keys(block.block_types ?? {})
      .sort()
      .map((name) => {
        const bt = block.block_types![name];
        return {
          type_name: name,
          block: protoBlock(bt.block),
          nesting: NESTING[bt.nesting_mode],
          min_items: bt.min_items ?? 0,
          max_items: bt.max_items ?? 0,
        };
      }),
  };
}

function protoAttribute(name: string, attr: SchemaAttribute): object {
  return {
    name,
    type: attr.nested_type ? Buffer.alloc(0) : Buffer.from(JSON.stringify(attr.type), 'utf8'),
    nested_type: attr.nested_type
      ? {
        attributes: Object.keys(attr.nested_type.attributes)
          .sort()
          .map((n) => protoAttribute(n, attr.nested_type!.attributes[n])),
        nesting: NESTING[attr.nested_type.nesting_mode],
      }
      : null,
    description: attr.description ?? '',
    description_kind: attr.description_kind === 'markdown' ? 'MARKDOWN' : 'PLAIN',
    required: attr.required ?? false,
    optional: attr.optional ?? false,
    computed: attr.computed ?? false,
    sensitive: attr.sensitive ?? false,
    deprecated: attr.deprecated ?? false,
    write_only: attr.write_only ?? false,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Diagnostics and paths

function protoPath(p: ReadonlyArray<string | number>): object {
  return { steps: p.map((step) => (typeof step === 'number' ? { element_key_int: step } : { attribute_name: step })) };
}

function protoDiagnostic(d: Diagnostic): object {
  return {
    severity: d.severity === 'warning' ? 'WARNING' : 'ERROR',
    summary: d.summary,
    detail: d.detail ?? '',
    attribute: d.attribute ? protoPath(d.attribute) : null,
  };
}

function errorDiagnostic(method: string, err: unknown): object {
  if (err instanceof ProviderError) return protoDiagnostic({ severity: 'error', summary: err.summary, detail: err.detail });
  const e = err instanceof Error ? err : new Error(String(err));
  return protoDiagnostic({ severity: 'error', summary: `Stand-in provider failed in ${method}: ${e.message}`, detail: e.stack ?? '' });
}

// ---------------------------------------------------------------------------------------------------------------
// The server

type Handler = (request: any, peer: string) => Promise<object>;

/** Starts a gRPC server on 127.0.0.1 (a free port) that answers Terraform for `provider`. */
export async function startStandIn(provider: StandInProvider): Promise<RunningStandIn> {
  const calls: RecordedCall[] = [];
  const svc = services();
  const providerType = impliedType(provider.schema.provider.block as SchemaBlock);
  const resourceSchemas = provider.schema.resource_schemas ?? {};
  const dataSourceSchemas = provider.schema.data_source_schemas ?? {};

  // Terraform opens one connection per provider instance (one per provider configuration), so the configuration
  // is kept per peer; requests from a peer that has not configured the provider see the last configuration.
  const configs = new Map<string, TfObject>();
  let lastConfig: TfObject = {};
  const providerConfig = (peer: string): TfObject => configs.get(peer) ?? lastConfig;

  const resource = (typeName: string): { block: SchemaBlock; type: CtyType } => {
    const entry = resourceSchemas[typeName];
    if (!entry) throw new ProviderError(`Unsupported resource type ${typeName}`, `The stand-in for ${provider.address} has no resource type "${typeName}".`);
    return { block: entry.block as SchemaBlock, type: impliedType(entry.block as SchemaBlock) };
  };
  const dataSource = (typeName: string): { block: SchemaBlock; type: CtyType } => {
    const entry = dataSourceSchemas[typeName];
    if (!entry) throw new ProviderError(`Unsupported data source ${typeName}`, `The stand-in for ${provider.address} has no data source "${typeName}".`);
    return { block: entry.block as SchemaBlock, type: impliedType(entry.block as SchemaBlock) };
  };
  const behaviour = (typeName: string) => {
    const b = provider.resources[typeName];
    if (!b) throw new ProviderError(`Unsupported resource type ${typeName}`, `The stand-in for ${provider.address} implements no behaviour for "${typeName}".`);
    return b;
  };
  const decodeObject = (dv: WireDynamicValue | null | undefined, type: CtyType): TfObject | null => decodeDynamicValue(dv, type) as TfObject | null;
  const bytesOrUndefined = (b: Buffer | null | undefined): Buffer | undefined => (b && b.length > 0 ? Buffer.from(b) : undefined);

  let schemaResponse: object | undefined;
  const handlers: Record<string, Handler> = {
    async GetMetadata() {
      return {
        server_capabilities: { plan_destroy: true },
        resources: Object.keys(resourceSchemas).sort().map((type_name) => ({ type_name })),
        data_sources: Object.keys(dataSourceSchemas).sort().map((type_name) => ({ type_name })),
        diagnostics: [],
      };
    },

    async GetProviderSchema() {
      // Every terraform command asks several times; the answer never changes.
      schemaResponse ??= {
        provider: protoSchema(provider.schema.provider),
        resource_schemas: Object.fromEntries(Object.entries(resourceSchemas).map(([k, v]) => [k, protoSchema(v)])),
        data_source_schemas: Object.fromEntries(Object.entries(dataSourceSchemas).map(([k, v]) => [k, protoSchema(v)])),
        // plan_destroy: behaviours see destroy plans (proposed null) and can refuse them with a diagnostic.
        server_capabilities: { plan_destroy: true },
        diagnostics: [],
      };
      return schemaResponse;
    },

    async ValidateProviderConfig(req) {
      decodeDynamicValue(req.config, providerType);
      return { diagnostics: [] };
    },

    async ValidateResourceConfig(req) {
      const { type } = resource(req.type_name);
      const config = decodeObject(req.config, type) ?? {};
      // Validation needs only the schema: a stand-in without behaviours still serves `terraform validate`.
      const diagnostics = provider.resources[req.type_name]?.validate?.(config) ?? [];
      return { diagnostics: diagnostics.map(protoDiagnostic) };
    },

    async ValidateDataResourceConfig(req) {
      decodeDynamicValue(req.config, dataSource(req.type_name).type);
      return { diagnostics: [] };
    },

    async UpgradeResourceState(req) {
      const { type } = resource(req.type_name);
      const raw = req.raw_state?.json as Buffer | undefined;
      if (!raw || raw.length === 0) {
        throw new ProviderError('Unsupported state format', 'The stand-in reads only JSON state (flatmap state predates Terraform 0.12).');
      }
      const state = fromJson(JSON.parse(raw.toString('utf8')), type);
      return { upgraded_state: encodeDynamicValue(state, type), diagnostics: [] };
    },

    async ConfigureProvider(req, peer) {
      const config = (decodeDynamicValue(req.config, providerType) ?? {}) as TfObject;
      configs.set(peer, config);
      lastConfig = config;
      await provider.configure?.(config);
      return { diagnostics: [] };
    },

    async ReadResource(req, peer) {
      const { type } = resource(req.type_name);
      const current = decodeObject(req.current_state, type);
      if (current === null) return { new_state: encodeDynamicValue(null, type), private: req.private, diagnostics: [] };
      const result = await behaviour(req.type_name).read({
        typeName: req.type_name,
        current,
        private: bytesOrUndefined(req.private),
        providerConfig: providerConfig(peer),
      });
      // A null object tells Terraform the remote object is gone: it drops it from state and plans to create it.
      const newState = result.newState === null ? null : unknownsToNull(withDefaults(result.newState, current));
      return {
        new_state: encodeDynamicValue(newState, type),
        private: result.private ?? req.private ?? Buffer.alloc(0),
        diagnostics: [],
      };
    },

    async PlanResourceChange(req, peer) {
      const { block, type } = resource(req.type_name);
      const b = behaviour(req.type_name);
      const planReq = {
        typeName: req.type_name as string,
        prior: decodeObject(req.prior_state, type),
        proposed: decodeObject(req.proposed_new_state, type),
        config: decodeObject(req.config, type),
        priorPrivate: bytesOrUndefined(req.prior_private),
        providerConfig: providerConfig(peer),
      };
      const result = b.plan ? await b.plan(planReq) : genericPlan(block, planReq);
      return {
        planned_state: encodeDynamicValue(result.planned, type),
        requires_replace: (result.requiresReplace ?? []).map(protoPath),
        planned_private: result.private ?? req.prior_private ?? Buffer.alloc(0),
        diagnostics: (result.diagnostics ?? []).map(protoDiagnostic),
        legacy_type_system: false,
      };
    },

    async ApplyResourceChange(req, peer) {
      const { type } = resource(req.type_name);
      const planned = decodeObject(req.planned_state, type);
      const result = await behaviour(req.type_name).apply({
        typeName: req.type_name,
        prior: decodeObject(req.prior_state, type),
        planned,
        config: decodeObject(req.config, type),
        plannedPrivate: bytesOrUndefined(req.planned_private),
        providerConfig: providerConfig(peer),
      });
      // The planned values stand for everything the behaviour did not set; values still unknown after apply become
      // null, as with an SDK provider that never sets them (Terraform rejects unknown values in a new state).
      const newState = planned === null || result.newState === null ? null : unknownsToNull(withDefaults(result.newState, planned));
      return {
        new_state: encodeDynamicValue(newState, type),
        private: result.private ?? req.planned_private ?? Buffer.alloc(0),
        diagnostics: [],
        legacy_type_system: false,
      };
    },

    async ImportResourceState(req, peer) {
      const { type } = resource(req.type_name);
      const b = behaviour(req.type_name);
      if (!b.importState) throw new ProviderError('Resource Import Not Implemented', `The stand-in's ${req.type_name} does not support import.`);
      const state = await b.importState({ typeName: req.type_name, id: req.id, providerConfig: providerConfig(peer) });
      return {
        imported_resources: [{ type_name: req.type_name, state: encodeDynamicValue(state, type), private: Buffer.alloc(0) }],
        diagnostics: [],
      };
    },

    async MoveResourceState() {
      throw new ProviderError('Move Resource State Not Supported', 'The stand-in providers do not move state between resource types.');
    },

    async ReadDataSource(req, peer) {
      const { type } = dataSource(req.type_name);
      const b = provider.dataSources[req.type_name];
      if (!b) throw new ProviderError(`Unsupported data source ${req.type_name}`, `The stand-in for ${provider.address} implements no behaviour for data source "${req.type_name}".`);
      const config = decodeObject(req.config, type) ?? {};
      const state = await b.read({ typeName: req.type_name, config, providerConfig: providerConfig(peer) });
      return { state: encodeDynamicValue(unknownsToNull(withDefaults(state, config)), type), diagnostics: [] };
    },

    async ValidateEphemeralResourceConfig(req) {
      throw new ProviderError('Unsupported ephemeral resource type', `The stand-in for ${provider.address} has no ephemeral resource "${req.type_name}".`);
    },
    async OpenEphemeralResource(req) {
      throw new ProviderError('Unsupported ephemeral resource type', `The stand-in for ${provider.address} has no ephemeral resource "${req.type_name}".`);
    },
    async RenewEphemeralResource() {
      return { diagnostics: [] };
    },
    async CloseEphemeralResource() {
      return { diagnostics: [] };
    },
    async GetFunctions() {
      return { diagnostics: [] };
    },
    async CallFunction(req) {
      return { error: { text: `The stand-in for ${provider.address} has no function "${req.name}".` } };
    },
    async StopProvider() {
      return { Error: '' };
    },
  };

  const implementation: grpc.UntypedServiceImplementation = {};
  for (const [method, handler] of Object.entries(handlers)) {
    implementation[method] = (call: grpc.ServerUnaryCall<any, any>, callback: grpc.sendUnaryData<any>) => {
      const typeName = typeof call.request?.type_name === 'string' && call.request.type_name !== '' ? call.request.type_name : undefined;
      calls.push(typeName ? { method, typeName } : { method });
      let peer = '';
      try {
        peer = call.getPeer();
      } catch {
        // The peer address only separates provider configurations; without it all share one.
      }
      handler(call.request, peer).then(
        (response) => callback(null, response),
        (err: unknown) => {
          // A failing behaviour becomes an error diagnostic, the way a provider reports errors; the server goes on.
          const diagnostic = errorDiagnostic(method, err);
          if (method === 'CallFunction') callback(null, { error: { text: String((err as Error)?.message ?? err) } });
          else if (method === 'StopProvider') callback(null, { Error: String((err as Error)?.message ?? err) });
          else callback(null, { diagnostics: [diagnostic] });
        },
      );
    };
  }

  const server = new grpc.Server({
    'grpc.max_receive_message_length': -1,
    'grpc.max_send_message_length': -1,
  });
  server.addService(svc.provider, implementation);
  server.addService(svc.controller, {
    Shutdown: (_call: grpc.ServerUnaryCall<any, any>, callback: grpc.sendUnaryData<any>) => {
      calls.push({ method: 'plugin.GRPCController/Shutdown' });
      // The server belongs to the test, which stops it; Terraform's request to shut down is acknowledged only.
      callback(null, {});
    },
  });
  server.addService(svc.stdio, {
    StreamStdio: (call: grpc.ServerWritableStream<any, any>) => {
      calls.push({ method: 'plugin.GRPCStdio/StreamStdio' });
      call.end();
    },
  });
  server.addService(svc.broker, {
    StartStream: (call: grpc.ServerDuplexStream<any, any>) => {
      calls.push({ method: 'plugin.GRPCBroker/StartStream' });
      call.on('data', () => undefined);
      call.on('error', () => undefined);
      call.end();
    },
  });

  const port = await new Promise<number>((resolve, reject) => {
    server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (err, p) => (err ? reject(err) : resolve(p)));
  });

  let stopped = false;
  return {
    address: provider.address,
    reattach: {
      Protocol: 'grpc',
      ProtocolVersion: 6,
      Pid: process.pid,
      Test: true,
      Addr: { Network: 'tcp', String: `127.0.0.1:${port}` },
    },
    calls,
    async stop() {
      if (stopped) return;
      stopped = true;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          server.forceShutdown();
          resolve();
        }, 2000);
        server.tryShutdown(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    },
  };
}

/** The value with the attributes it does not set (undefined) taken from `defaults`. */
function withDefaults(value: TfObject, defaults: TfObject): TfObject {
  const out: { [key: string]: TfValue } = { ...defaults };
  for (const [key, v] of Object.entries(value)) if (v !== undefined) out[key] = v;
  return out;
}

/** TF_REATTACH_PROVIDERS for a set of running stand-ins. */
export function reattachEnv(standIns: ReadonlyArray<Pick<RunningStandIn, 'address' | 'reattach'>>): string {
  return JSON.stringify(Object.fromEntries(standIns.map((s) => [s.address, s.reattach])));
}
