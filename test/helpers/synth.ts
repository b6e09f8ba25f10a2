import { App, TerraformStack, Testing } from 'cdktf';

/** The parts of a synthesized cdk.tf.json the tests read. */
export interface SynthesizedStack {
  resource?: Record<string, Record<string, Record<string, any>>>;
  data?: Record<string, Record<string, Record<string, any>>>;
  provider?: Record<string, Array<Record<string, any>>>;
  output?: Record<string, { value: any; description?: string; sensitive?: boolean }>;
  variable?: Record<string, Record<string, any>>;
  locals?: Record<string, string>;
  moved?: Array<{ from: string; to: string }>;
  removed?: Array<{ from: string; lifecycle: { destroy: boolean } }>;
  terraform?: { required_providers?: Record<string, { source: string; version: string }> };
}

/** A fresh stack to build constructs in. */
export function newStack(id = 'test'): TerraformStack {
  const app: App = Testing.app();
  return new TerraformStack(app, id);
}

/** Synthesizes with validations on (Testing.synth(stack, true)) and parses the JSON. */
export function synthJson(stack: TerraformStack): SynthesizedStack {
  return JSON.parse(Testing.synth(stack, true));
}

/** All resources of one type, by logical id. */
export function resourcesOf(json: SynthesizedStack, type: string): Record<string, Record<string, any>> {
  return json.resource?.[type] ?? {};
}

/** The one resource of a type; fails when there are none or several. */
export function onlyResource(json: SynthesizedStack, type: string): { id: string; config: Record<string, any> } {
  const entries = Object.entries(resourcesOf(json, type));
  if (entries.length !== 1) throw new Error(`expected exactly one ${type}, found ${entries.length}`);
  return { id: entries[0][0], config: entries[0][1] };
}

/** Matches a Terraform reference such as ${tls_private_key.x.private_key_pem} and returns "tls_private_key.x". */
export function referencedAddress(value: string, attribute: string): string | undefined {
  const match = new RegExp(`([a-z_]+\\.[A-Za-z0-9_-]+)\\.${attribute}\\b`).exec(value);
  return match?.[1];
}

/** The message of the error `run` throws; the test fails when it throws none. */
export function errorOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected an error');
}
