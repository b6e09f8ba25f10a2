import { LineCounter, parseDocument } from 'yaml';
import { FileSource, jsonSyntaxProblem, parsePropPath, renderKeyPath } from '../../lib/onboarding-file/source';

function yamlSource(text: string): FileSource {
  const lines = new LineCounter();
  return FileSource.fromYaml('f.yaml', parseDocument(text, { lineCounter: lines }), lines);
}

describe('key paths', () => {
  test('rendered the way messages write them', () => {
    expect(renderKeyPath(['repositories', 3, 'tags', 1])).toBe('repositories[3].tags[1]');
    expect(renderKeyPath(['connections', '0', 'projects', 'PLAT', 'buckets'])).toBe('connections[0].projects.PLAT.buckets');
    expect(renderKeyPath([])).toBe('(the top level)');
  });

  test('read from a construct\'s prop path', () => {
    expect(parsePropPath('tags[1]')).toEqual(['tags', 1]);
    expect(parsePropPath('oauthClient.name')).toEqual(['oauthClient', 'name']);
    expect(parsePropPath('branch')).toEqual(['branch']);
  });
});

describe('positions in a YAML file', () => {
  const source = yamlSource([
    'version: 1', //                        1
    'defaults:', //                         2
    '  tags: [onboarded, network]', //      3
    'repositories:', //                     4
    '  - repository: PLAT/network', //      5
    '    branch:', //                       6
    '  - &second', //                       7
    '    repository: PLAT/dns', //          8
    'again: *second', //                    9
  ].join('\n'));

  test('a value, a list item, a key', () => {
    expect(source.at(['version'])).toBe('f.yaml:1:10: version');
    expect(source.at(['defaults', 'tags', 1])).toBe('f.yaml:3:21: defaults.tags[1]');
    expect(source.at(['repositories', 0, 'repository'], 'key')).toBe('f.yaml:5:5: repositories[0].repository');
  });

  test('a key without a value is placed at its key', () => {
    expect(source.at(['repositories', 0, 'branch'])).toBe('f.yaml:6:5: repositories[0].branch');
  });

  test('what the file does not have is placed at its nearest ancestor', () => {
    expect(source.at(['repositories', 0, 'workingDirectory'])).toBe('f.yaml:5:5: repositories[0].workingDirectory');
    expect(source.at(['repositories', 7, 'branch'])).toBe('f.yaml:5:3: repositories[7].branch');
    expect(source.at(['sharding', 'bucketSize'])).toBe('f.yaml:1:1: sharding.bucketSize');
  });

  test('through an alias, at the aliased node', () => {
    expect(source.at(['again', 'repository'])).toBe('f.yaml:8:17: again.repository');
  });

  test('an entry as another entry\'s problem names it, at its first key', () => {
    expect(source.ref(['repositories', 1])).toBe('repositories[1] at f.yaml:8:5');
  });
});

describe('positions in a JSON file', () => {
  const text = [
    '{', //                                                           1
    '  "version": 1,', //                                             2
    '  "tfe": { "organization": "a\\"b\\\\" },', //                     3
    '  "repositories": [', //                                         4
    '    { "repository": "PLAT/network", "tags": ["x", "y"] },', //   5
    '    { "repository": "PLAT/dns" }', //                            6
    '  ],', //                                                        7
    '  "version": 1', //                                              8
    '}', //                                                           9
  ].join('\n');
  const source = FileSource.fromJson('f.json', text);

  test('a value, a list item, a key, past strings with escaped quotes and backslashes', () => {
    expect(source.at(['tfe', 'organization'])).toBe('f.json:3:28: tfe.organization');
    expect(source.at(['repositories', 0, 'tags', 1])).toBe('f.json:5:51: repositories[0].tags[1]');
    expect(source.at(['repositories', 1, 'repository'], 'key')).toBe('f.json:6:7: repositories[1].repository');
  });

  test('of equal keys, the last: the one JSON.parse keeps', () => {
    expect(source.at(['version'])).toBe('f.json:8:14: version');
  });

  test('what the file does not have is placed at its nearest ancestor', () => {
    expect(source.at(['repositories', 2, 'branch'])).toBe('f.json:4:19: repositories[2].branch');
    expect(source.at(['repositories', 1, 'branch'])).toBe('f.json:6:5: repositories[1].branch');
    expect(source.ref(['repositories', 0])).toBe('repositories[0] at f.json:5:5');
  });

  test('a specification without a text names key paths only', () => {
    expect(FileSource.unplaced('x.yaml').at(['repositories', 0, 'branch'])).toBe('x.yaml: repositories[0].branch');
    expect(FileSource.unplaced('x.yaml').ref(['repositories', 0])).toBe('repositories[0]');
  });
});

describe('JSON syntax errors', () => {
  test.each([
    ['{ "version": 1, }', 1, 17, 'expected a property name in double quotes, found "}"'],
    ['[1,\n]', 2, 1, 'expected a value, found "]"'],
    ['{"a" 1}', 1, 6, 'expected ":", found "1"'],
    ['{"a": 1', 1, 8, 'expected "," or "}", found the end of the text'],
    ['{"a": "x\ny"}', 1, 9, 'expected a closing double quote, found "\\n"'],
    ['{"a": "\\q"}', 1, 9, 'expected an escape sequence, found "q"'],
    ['{"a": tru}', 1, 7, 'expected a value, found "t"'],
    ['[1] 2', 1, 5, 'expected the end of the text, found "2"'],
    ['', 1, 1, 'expected a value, found the end of the text'],
  ])('%j', (text, line, column, problem) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(jsonSyntaxProblem(text)).toEqual({ position: { line, column }, problem });
  });

  test('valid JSON has none', () => {
    expect(jsonSyntaxProblem(JSON.stringify({ a: 'x"\\\u0001é😀', b: [1, -2.5e3, true, false, null, {}, []] }, null, 2))).toBeUndefined();
  });
});
