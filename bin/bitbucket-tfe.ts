#!/usr/bin/env node
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { CliIo, DiscoverFlags, DoctorFlags, EXIT_USAGE, ExplainFlags, redactorFromEnv, runDiscoverCommand, runDoctorCommand, runExplainCommand } from '../lib/doctor/cli';
import { BITBUCKET_CLOUD_API_URL } from '../lib/domain/bitbucket-cloud';
// Type-only: validate and shards plan the file's shards with RepositorySharding, which loads cdktf; the commands
// load it when they run, so doctor and explain start without it.
import type { FileCommandIo, ShardsFlags } from '../lib/onboarding-file/command';
import type * as FileCommands from '../lib/onboarding-file/command';

const fileCommands = () => require('../lib/onboarding-file/command') as typeof FileCommands;

// `bitbucket-tfe doctor | head -1`: the reader went away, which is not an error of the command. Stop writing
// and end quietly with the status the command decides, instead of dying with an EPIPE stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') {
      stream.write = (() => true) as typeof stream.write;
      return;
    }
    throw err;
  });
}

// Parser messages repeat the offending argument, which may be a URL with credentials in it.
const redactor = redactorFromEnv(process.env);

const io: CliIo = {
  stdout: process.stdout,
  stderr: process.stderr,
  stdinIsTTY: process.stdin.isTTY === true,
  env: process.env,
  readFile: (file) => fs.readFileSync(file, 'utf8'),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) {
      chunks.push(chunk as Buffer);
    }
    return Buffer.concat(chunks).toString('utf8');
  },
};

const fileIo: FileCommandIo = { stdout: process.stdout, stderr: process.stderr, readFile: (file) => fs.readFileSync(file, 'utf8') };

function packageVersion(): string {
  try {
    return (JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8')) as { version?: string }).version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

const collect = (value: string, previous: string[]) => [...previous, value];

const program = new Command('bitbucket-tfe')
  .description('Checks, explains and adopts the link between Bitbucket and Terraform Enterprise, and reads onboarding files for pipelines.')
  .version(packageVersion())
  .exitOverride()
  .configureOutput({ writeErr: (text) => process.stderr.write(redactor.redact(text)), outputError: (text, write) => write(redactor.redact(text)) })
  .showHelpAfterError('(run with --help for usage)');

program
  .command('doctor')
  .description(
    'Check a live Bitbucket/TFE setup: connectivity and credentials, webhook permission per repository, the TFE OAuth client, and the key pair.\n' +
      'Credentials come from the environment: BITBUCKET_TOKEN (or BITBUCKET_USERNAME with BITBUCKET_PASSWORD), TFE_TOKEN.\n' +
      'Exit status: 0 nothing failed, 1 a check failed, 2 usage error.',
  )
  .addOption(new Option('--flavor <flavor>', 'Bitbucket flavor').choices(['data-center', 'cloud']).default('data-center'))
  .option('--bitbucket-url <url>', 'Data Center base URL, including any context path (https://host/bitbucket)')
  .option('--project <key>', 'Data Center project key of the --repo slugs')
  .option('--workspace <workspace>', 'Cloud workspace of the --repo slugs')
  .option('--repo <slug>', 'repository slug (or PROJECT/slug, workspace/slug); repeat for several', collect, [])
  .option('--repos-file <file>', 'file with one PROJECT/slug (or workspace/slug) a line, - for standard input; # starts a comment')
  .option('--onboarding-file <file>', "check one connection of an onboarding file (YAML or JSON): its flavor, Bitbucket URL, repositories, TFE host and organization")
  .option('--connection <name>', 'the connection of --onboarding-file to check (needed when it has several)')
  .option('--tfe-hostname <host>', 'TFE host name, optionally with :port (https is used)')
  .option('--tfe-organization <org>', 'TFE organization whose Bitbucket OAuth client is checked')
  .option('--oauth-client-id <id>', 'check this TFE OAuth client (oc-...) instead of searching the organization')
  .option('--private-key-file <file>', "PEM private key of the application link; compared with both public keys (Data Center)")
  .option('--json', 'print one JSON object: {"ok", "checks": [{"id", "status", "target", "message", "fix"}]}')
  .option('--concurrency <n>', 'requests in flight at once (1-64)', '8')
  .option('--timeout <seconds>', 'time allowed for each request attempt', '30')
  .option('--deadline <seconds>', 'time allowed for the whole run; what is not checked by then fails', '300')
  .option('--before-deploy', 'with --onboarding-file: a repository permission the deploy grants is "pending", not a failure')
  .option('--shard <name>', 'with --onboarding-file: check only this shard\'s repositories (a stack name from `bitbucket-tfe shards`); repeat for several', collect, [])
  .option('--service-account <name>', 'the credentials must be this account\'s (Data Center user name, Cloud account {uuid}); default from --onboarding-file')
  .option('--allow-insecure-http', 'send credentials over plain http:// to a host other than this machine')
  .option('--tfe-address <url>', 'advanced: full TFE base URL instead of --tfe-hostname')
  .option('--bitbucket-api-url <url>', `advanced: Bitbucket Cloud API base (default ${BITBUCKET_CLOUD_API_URL})`)
  .action(async (flags: DoctorFlags) => {
    process.exitCode = await runDoctorCommand(flags, io);
  });

program
  .command('discover')
  .description(
    'Read a TFE organization and write an onboarding file that adopts every workspace it links through one Bitbucket OAuth client:\n' +
      'each entry carries the workspace id, so the first deploy imports the workspace instead of creating it.\n' +
      'Workspaces linked otherwise, or not linked, are listed in a comment. TFE_TOKEN comes from the environment.\n' +
      'Exit status: 0 file written, 1 TFE\'s answers did not allow it (nothing written), 2 usage error.',
  )
  .option('--tfe-hostname <host>', 'TFE host name, optionally with :port (https is used)')
  .option('--organization <org>', 'TFE organization to read')
  .option('--oauth-client-name <name>', 'the Bitbucket OAuth client whose workspaces to adopt, by its name in TFE')
  .option('--oauth-client-id <id>', 'the same client by id (oc-...)')
  .option('--bitbucket-url <url>', "Data Center URL with its context path for the file (default: the OAuth client's http-url)")
  .option('--service-account <name>', 'the service account for the file: Data Center user name (default: the user who authorized the OAuth token), Cloud account {uuid} (required)')
  .option('--workspace <workspace>', 'Cloud: the Bitbucket workspace that owns the OAuth consumer (default: the one workspace of every adopted repository)')
  .option('--connection <name>', "the connection's name in the file (default datacenter or cloud)")
  .option('--output <file>', 'write the onboarding file (YAML) here instead of standard output')
  .option('--force', 'with --output: replace an existing file')
  .option('--json', 'print one JSON object: {"ok", "organization", "oauthClient", "workspaces", "adopted", "notAdopted", "output", "file"}')
  .option('--timeout <seconds>', 'time allowed for each request attempt', '30')
  .option('--deadline <seconds>', 'time allowed for the whole run', '300')
  .option('--allow-insecure-http', 'send TFE_TOKEN over plain http:// to a host other than this machine')
  .option('--tfe-address <url>', 'advanced: full TFE base URL instead of --tfe-hostname')
  .action(async (flags: DiscoverFlags) => {
    process.exitCode = await runDiscoverCommand(flags, io);
  });

program
  .command('validate')
  .description(
    'Check an onboarding file as synth reads it: its schema, connections, repositories listed once and named their flavour\'s way, no shard over the bucket size.\n' +
      'Exit status: 0 valid, 1 not valid (the problems are printed), 2 usage error.',
  )
  .argument('<file>', 'onboarding file (YAML or JSON)')
  .action((file: string) => {
    process.exitCode = fileCommands().runValidateCommand(file, fileIo);
  });

program
  .command('shards')
  .description(
    'Print the stack names of an onboarding file\'s shards, one a line; with --since, only those whose configuration differs from an earlier revision of the file.\n' +
      'Exit status: 0 done, 1 the file is not valid or a removed shard would leave repositories behind (printed), 2 usage error.',
  )
  .argument('<file>', 'onboarding file (YAML or JSON)')
  .option('--since <file>', 'the same file as of an earlier revision (e.g. git show origin/main:onboarding.yaml > base.yaml)')
  .option('--json', 'print one JSON object: {"shards": [{"name", "connection", "flavor", "project", "bucket", "buckets", "repositories"}], with --since also "changed", "added", "removed", "stranded"}')
  .action((file: string, flags: ShardsFlags) => {
    process.exitCode = fileCommands().runShardsCommand(file, flags, fileIo);
  });

program
  .command('explain')
  .description(
    'Explain TFE log entries: for each known problem, the cause, the evidence and the fix.\n' +
      'Reads FILE, or standard input for "-". Exit status: 0 all error entries explained, 1 an error entry was not recognized, 2 usage error.',
  )
  .argument('[file]', 'TFE log file, or - for standard input')
  .option('--json', 'print one JSON object: {"ok", "findings": [{"id", "line", "lines", "cause", "evidence", "fix"}], "unrecognized": [{"line", "excerpt"}]}')
  .action(async (file: string | undefined, flags: ExplainFlags) => {
    process.exitCode = await runExplainCommand(file, flags, io);
  });

program.parseAsync(process.argv).catch((err: unknown) => {
  if (err instanceof CommanderError) {
    // --help and --version exit 0; every other parser complaint (already printed) is a usage error.
    process.exitCode = err.exitCode === 0 ? 0 : EXIT_USAGE;
    return;
  }
  process.stderr.write(`bitbucket-tfe: unexpected error: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = EXIT_USAGE;
});
