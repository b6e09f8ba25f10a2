/**
 * Runs the real `terraform` CLI on a copy of a synthesized configuration, with the stand-in providers attached
 * through TF_REATTACH_PROVIDERS. Every run is an asynchronous child process: the stand-ins answer from this
 * process's event loop, so blocking on the child (spawnSync) would deadlock.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export interface TerraformResult {
  readonly args: readonly string[];
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** A provider served by this process: what TF_REATTACH_PROVIDERS needs of it. */
export interface AttachedProvider {
  readonly address: string;
  readonly reattach: object;
}

export interface WorkdirOptions {
  /** TF_VAR_<name> for every run. */
  readonly vars?: Record<string, string>;
  /** Extra environment for every run. */
  readonly env?: Record<string, string>;
  /** Milliseconds before a run is killed (default 120 000). */
  readonly timeoutMs?: number;
  /** The terraform executable (default `terraform` on PATH). */
  readonly terraformBinary?: string;
  /** Keeps the configured backend instead of the workdir's own local state (default false). */
  readonly keepBackend?: boolean;
}

export interface RunOptions {
  /** TF_VAR_<name> for this run, over the workdir's. */
  readonly vars?: Record<string, string>;
  readonly env?: Record<string, string>;
  readonly timeoutMs?: number;
  /** Throw unless the command fails (a non-success exit code). */
  readonly expectFailure?: boolean;
}

export interface ChangeOptions extends RunOptions {
  /** -parallelism (default 10). */
  readonly parallelism?: number;
  readonly target?: readonly string[];
  readonly replace?: readonly string[];
  readonly refreshOnly?: boolean;
  readonly refresh?: boolean;
  readonly extraArgs?: readonly string[];
}

export interface PlanOptions extends ChangeOptions {
  /** -detailed-exitcode: exit 2 means changes (a success), exit 1 an error. */
  readonly detailedExitCode?: boolean;
  readonly destroy?: boolean;
  /** -out=<file> (relative to the workdir), to apply later with `apply({ planFile })`. */
  readonly out?: string;
}

export interface ApplyOptions extends ChangeOptions {
  /** Applies a saved plan instead of planning again. */
  readonly planFile?: string;
}

export class TerraformError extends Error {
  constructor(public readonly result: TerraformResult, expectation: string) {
    super(
      `terraform ${result.args.join(' ')} ${expectation} (exit ${result.code})\n` +
        `--- stdout ---\n${result.stdout.trimEnd()}\n--- stderr ---\n${result.stderr.trimEnd()}`,
    );
    this.name = 'TerraformError';
  }
}

// Inherited TF_* variables (a developer's TF_CLI_ARGS, TF_WORKSPACE, TF_DATA_DIR, ...) would change what runs;
// only logging passes through, to debug a failing scenario with TF_LOG=trace.
const PASS_THROUGH_TF = new Set(['TF_LOG', 'TF_LOG_PATH', 'TF_LOG_CORE', 'TF_LOG_PROVIDER']);

/** A throwaway directory with a copy of a configuration, in which terraform runs against the stand-ins. */
export class TerraformWorkdir {
  /** Copies `sourceDir` (a synthesized stack directory with cdk.tf.json) into a fresh temporary directory. */
  static fromDirectory(sourceDir: string, providers: readonly AttachedProvider[], options: WorkdirOptions = {}): TerraformWorkdir {
    const wd = new TerraformWorkdir(providers, options);
    fs.cpSync(sourceDir, wd.dir, {
      recursive: true,
      filter: (src) => !/(^|[\\/])(\.terraform|\.terraform\.lock\.hcl|terraform\.tfstate(\.backup)?|[^\\/]*\.tfstate)$/.test(path.relative(sourceDir, src)),
    });
    wd.adjustConfig();
    return wd;
  }

  /** A workdir whose only file is the given JSON configuration (written as cdk.tf.json). */
  static fromConfig(config: object, providers: readonly AttachedProvider[], options: WorkdirOptions = {}): TerraformWorkdir {
    const wd = new TerraformWorkdir(providers, options);
    wd.writeConfig(config);
    return wd;
  }

  /** The working directory terraform runs in. */
  readonly dir: string;
  private readonly root: string;
  private readonly cliConfigFile: string;
  private initialized = false;

  private constructor(private readonly providers: readonly AttachedProvider[], private readonly options: WorkdirOptions) {
    this.root = fs.mkdtempSync(path.join(os.tmpdir(), 'cdktf-e2e-'));
    this.dir = path.join(this.root, 'work');
    fs.mkdirSync(this.dir);
    // Reattached providers are "unmanaged": init installs nothing for them and writes no lock entries. The only
    // installation source is an empty local mirror, so a provider that is not attached fails init at once
    // instead of reaching for the registry.
    const mirror = path.join(this.root, 'empty-mirror');
    fs.mkdirSync(mirror);
    this.cliConfigFile = path.join(this.root, 'cli.tfrc');
    fs.writeFileSync(
      this.cliConfigFile,
      [
        'disable_checkpoint = true',
        'provider_installation {',
        '  filesystem_mirror {',
        `    path = ${JSON.stringify(mirror)}`,
        '  }',
        '}',
        '',
      ].join('\n'),
    );
  }

  /** The configuration file terraform reads. */
  get configFile(): string {
    return path.join(this.dir, 'cdk.tf.json');
  }

  /** The JSON configuration as it is now. */
  readConfig(): any {
    return JSON.parse(fs.readFileSync(this.configFile, 'utf8'));
  }

  /** Replaces the configuration (the state is kept), e.g. to change an attribute between applies. */
  writeConfig(config: object): void {
    fs.writeFileSync(this.configFile, JSON.stringify(config, null, 2));
    this.adjustConfig();
  }

  /** Changes the configuration in place. */
  updateConfig(change: (config: any) => void): void {
    const config = this.readConfig();
    change(config);
    this.writeConfig(config);
  }

  // cdktf writes a local backend whose path points back into the project's folder: the copy keeps its state in
  // the workdir instead, so runs never touch the project tree nor each other.
  private adjustConfig(): void {
    if (this.options.keepBackend || !fs.existsSync(this.configFile)) return;
    const config = JSON.parse(fs.readFileSync(this.configFile, 'utf8'));
    const tf = config.terraform;
    if (tf && (tf.backend !== undefined || tf.cloud !== undefined)) {
      delete tf.backend;
      delete tf.cloud;
      fs.writeFileSync(this.configFile, JSON.stringify(config, null, 2));
    }
  }

  /** The environment of every run. */
  environment(extra: RunOptions = {}): NodeJS.ProcessEnv {
    const env: NodeJS.ProcessEnv = {};
    for (const [key, value] of Object.entries(process.env)) {
      if (!key.startsWith('TF_') || PASS_THROUGH_TF.has(key)) env[key] = value;
    }
    delete env.CHECKPOINT_DISABLE;
    Object.assign(env, {
      TF_REATTACH_PROVIDERS: JSON.stringify(Object.fromEntries(this.providers.map((p) => [p.address, p.reattach]))),
      TF_CLI_CONFIG_FILE: this.cliConfigFile,
      CHECKPOINT_DISABLE: '1',
      TF_IN_AUTOMATION: '1',
      TF_INPUT: '0',
    });
    for (const [name, value] of Object.entries({ ...this.options.vars, ...extra.vars })) env[`TF_VAR_${name}`] = value;
    Object.assign(env, this.options.env, extra.env);
    return env;
  }

  /**
   * Runs `terraform <args>`. Exit codes in `okCodes` (default [0]) are success; unless `expectFailure`, anything
   * else throws a TerraformError with both outputs, and with `expectFailure` a success throws.
   */
  async run(args: readonly string[], options: RunOptions & { okCodes?: readonly number[] } = {}): Promise<TerraformResult> {
    const okCodes = options.okCodes ?? [0];
    const timeoutMs = options.timeoutMs ?? this.options.timeoutMs ?? 120_000;
    const result = await new Promise<TerraformResult>((resolve, reject) => {
      const child = spawn(this.options.terraformBinary ?? 'terraform', args, {
        cwd: this.dir,
        env: this.environment(options),
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
      child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 5000).unref();
      }, timeoutMs);
      child.on('error', (e) => {
        clearTimeout(timer);
        reject(e);
      });
      child.on('close', (code, signal) => {
        clearTimeout(timer);
        const res: TerraformResult = {
          args,
          code: code ?? -1,
          stdout: Buffer.concat(out).toString('utf8'),
          stderr: Buffer.concat(err).toString('utf8'),
        };
        if (timedOut) reject(new TerraformError(res, `timed out after ${timeoutMs} ms (${signal ?? 'killed'})`));
        else resolve(res);
      });
    });
    const ok = okCodes.includes(result.code);
    if (options.expectFailure && ok) throw new TerraformError(result, 'succeeded but was expected to fail');
    if (!options.expectFailure && !ok) throw new TerraformError(result, 'failed');
    return result;
  }

  /** `terraform init`, once per workdir (later calls return immediately unless forced). */
  async init(options: RunOptions & { force?: boolean } = {}): Promise<TerraformResult | undefined> {
    if (this.initialized && !options.force) return undefined;
    const result = await this.run(['init', '-input=false', '-no-color'], options);
    this.initialized = !options.expectFailure;
    return result;
  }

  async validate(options: RunOptions = {}): Promise<TerraformResult> {
    await this.init();
    return this.run(['validate', '-no-color'], options);
  }

  /** `terraform plan`; with `detailedExitCode`, exit 2 (changes) is a success too. */
  async plan(options: PlanOptions = {}): Promise<TerraformResult & { changes: boolean }> {
    await this.init();
    const args = ['plan', '-input=false', '-no-color', '-lock=false', ...changeArgs(options)];
    if (options.detailedExitCode) args.push('-detailed-exitcode');
    if (options.destroy) args.push('-destroy');
    if (options.out) args.push(`-out=${options.out}`);
    const result = await this.run(args, { ...options, okCodes: options.detailedExitCode ? [0, 2] : [0] });
    const changes = options.detailedExitCode ? result.code === 2 : !/No changes\./.test(result.stdout);
    return { ...result, changes };
  }

  async apply(options: ApplyOptions = {}): Promise<TerraformResult> {
    await this.init();
    const args = ['apply', '-input=false', '-no-color', '-lock=false', '-auto-approve'];
    if (options.planFile) args.push(`-parallelism=${options.parallelism ?? 10}`, options.planFile);
    else args.push(...changeArgs(options));
    return this.run(args, options);
  }

  async destroy(options: ChangeOptions = {}): Promise<TerraformResult> {
    await this.init();
    return this.run(['destroy', '-input=false', '-no-color', '-lock=false', '-auto-approve', ...changeArgs(options)], options);
  }

  /** `terraform show` (human-readable state). */
  async show(options: RunOptions = {}): Promise<string> {
    await this.init();
    return (await this.run(['show', '-no-color'], options)).stdout;
  }

  /** The parsed `terraform show -json` of the state. */
  async state(options: RunOptions = {}): Promise<any> {
    await this.init();
    return JSON.parse((await this.run(['show', '-json'], options)).stdout);
  }

  /** Every resource instance in the state (root and child modules), by address. */
  async resources(options: RunOptions = {}): Promise<Record<string, { type: string; values: any; sensitive_values?: any }>> {
    const state = await this.state(options);
    const out: Record<string, any> = {};
    const walk = (module: any): void => {
      for (const r of module?.resources ?? []) out[r.address] = r;
      for (const child of module?.child_modules ?? []) walk(child);
    };
    walk(state.values?.root_module);
    return out;
  }

  /** The parsed `terraform output -json`: name -> { value, type, sensitive }. */
  async output(options: RunOptions = {}): Promise<Record<string, { value: any; type: any; sensitive: boolean }>> {
    await this.init();
    return JSON.parse((await this.run(['output', '-json', '-no-color'], options)).stdout);
  }

  /** Deletes the workdir. */
  cleanup(): void {
    fs.rmSync(this.root, { recursive: true, force: true });
  }
}

function changeArgs(options: ChangeOptions): string[] {
  const args = [`-parallelism=${options.parallelism ?? 10}`];
  for (const t of options.target ?? []) args.push(`-target=${t}`);
  for (const r of options.replace ?? []) args.push(`-replace=${r}`);
  if (options.refreshOnly) args.push('-refresh-only');
  if (options.refresh === false) args.push('-refresh=false');
  args.push(...(options.extraArgs ?? []));
  return args;
}
