import { EntryPaths, entryPaths } from '../domain/errors';
import { OnboardingFileSpec } from './load';
import { FileEntry } from './shards';
import { FileSource, KeyPath, parsePropPath } from './source';

/** The file's own key for a prop of `RepositoryWorkspaceOptions` that it names otherwise. */
const FILE_KEYS: { readonly [prop: string]: string } = { tfeProjectId: 'project' };
/** The keys an entry takes from the file's `defaults` when it does not set them. */
const DEFAULT_KEYS = new Set(['project', 'branch', 'workingDirectory', 'triggerPatterns', 'tags', 'autoApply', 'queueAllRuns', 'forceDelete']);

/** How the constructs of one connection name their props: by their key path and position in the file. */
export class FileNames {
  constructor(
    private readonly source: FileSource,
    private readonly spec: OnboardingFileSpec,
    /** The connection's position in `connections`. */
    public readonly index: number,
    /** The entries the connection's onboarding is given, in order: those it onboards, then those it hands over. */
    private readonly entries: FileEntry[],
  ) {}

  /** `onboarding.yaml:12:7: connections[1].bitbucketUrl` for a key of the connection. */
  public connection(...path: Array<string | number>): string {
    return this.source.at(['connections', this.index, ...path]);
  }

  /** `onboarding.yaml:3:3: tfe.organization` for a key of the file. */
  public file(...path: Array<string | number>): string {
    return this.source.at(path);
  }

  /**
   * The index-th entry an onboarding is given, named by its position in the file's `repositories`; a prop the
   * entry takes from `defaults` is named there. Entries added later in code (`addRepository`) keep the construct's
   * own names.
   */
  public repositories(list: string): (index: number) => EntryPaths {
    return (index) => {
      const entry = this.entries[index];
      if (!entry) return entryPaths(list, index);
      const written = this.spec.repositories[entry.index] as unknown as Record<string, unknown>;
      const defaults = (this.spec.defaults ?? {}) as Record<string, unknown>;
      const at: KeyPath = ['repositories', entry.index];
      return {
        prop: (prop) => {
          const [head, ...rest] = parsePropPath(prop);
          const key = FILE_KEYS[head] ?? String(head);
          const fromDefaults = written[key] === undefined && DEFAULT_KEYS.has(key) && defaults[key] !== undefined;
          return this.source.at([...(fromDefaults ? ['defaults'] : at), key, ...rest]);
        },
        entry: () => this.source.ref(at),
      };
    };
  }
}
