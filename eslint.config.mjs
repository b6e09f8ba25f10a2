// ESLint holds the layering of lib/ (DESIGN.md section 3) and a few cheap correctness rules. It does not judge
// style or formatting. `npm run lint` runs it on the TypeScript sources of lib/ and bin/; CI fails on any error.
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

/**
 * The layers of lib/, lowest first. A folder imports only folders of lower layers; folders of one layer never
 * import each other (Data Center and Cloud stand side by side). lib/index.ts, the package's API, is imported by
 * nothing in lib/; bin/ stands above everything.
 */
export const LAYERS = [
  ['domain'], // the services' facts as plain TypeScript: no cdktf
  ['providers'], // generated bindings
  ['common'], // construct helpers
  ['keys', 'tfe'],
  ['checks'],
  ['onboarding'], // flavour-neutral onboarding and sharding
  ['data-center', 'cloud'],
  ['onboarding-file'],
  ['doctor'],
  ['index.ts'],
];

const path = (name) => `./lib/${name}`;
const lowerLayers = (index) => LAYERS.slice(0, index).flat();

const layerZones = LAYERS.flatMap((layer, index) => layer.map((name) => ({
  target: path(name),
  from: [...LAYERS.slice(index + 1).flat(), ...layer.filter((peer) => peer !== name)].map(path).concat('./bin'),
  message: index === 0
    ? 'lib/domain imports nothing of lib/ outside lib/domain (DESIGN.md section 3).'
    : `lib/${name} may import only ${lowerLayers(index).map((n) => `lib/${n}`).join(', ')} (DESIGN.md section 3: lower layers never import upper ones).`,
})));

/** Prebuilt provider packages, whose roots load every resource (DESIGN.md section 4). */
const PROVIDER_ROOTS = ['@cdktf/provider-tfe', '@cdktf/provider-tls'].map((name) => ({
  name, message: `Import the submodule (${name}/lib/<resource>): the package root loads every resource (DESIGN.md section 4).`,
}));

/** cdktf and the construct packages: the domain module, the doctor and the command line do without them. */
const CONSTRUCT_PACKAGES = ['cdktf', 'cdktf/**', 'constructs', 'constructs/**', '@cdktf/**'];

/** The packages a folder must not import, with why. */
const withoutConstructs = (message) => ['error', { paths: PROVIDER_ROOTS, patterns: [{ group: CONSTRUCT_PACKAGES, message }] }];

export default tseslint.config(
  {
    ignores: ['**/*.js', '**/*.d.ts', '**/cdktf.out/**', 'node_modules/**', 'dist/**', 'examples/**', 'test/**', 'bench/**', 'scripts/**'],
  },
  {
    files: ['lib/**/*.ts', 'bin/**/*.ts'],
    languageOptions: { parser: tseslint.parser, ecmaVersion: 2022, sourceType: 'module' },
    plugins: { 'import-x': importX },
    settings: {
      // Sources first: the jsii build leaves compiled .js beside them.
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js', '.json', '.node'] })],
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      // An import that does not resolve is skipped by no-restricted-paths: every one must resolve.
      'import-x/no-unresolved': ['error', { commonjs: true }],
      'import-x/no-self-import': 'error',
      'import-x/no-duplicates': 'error',
      'no-restricted-imports': ['error', { paths: PROVIDER_ROOTS }],
      'no-control-regex': 'error',
    },
  },
  {
    files: ['lib/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': withoutConstructs('lib/domain is plain TypeScript: no cdktf, constructs or @cdktf packages (DESIGN.md section 3).'),
    },
  },
  {
    files: ['lib/doctor/**/*.ts', 'bin/**/*.ts'],
    rules: {
      'no-restricted-imports': withoutConstructs('The doctor and the command line run without cdktf: take the facts from lib/domain.'),
    },
  },
);
