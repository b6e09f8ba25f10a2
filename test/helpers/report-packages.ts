// Preloaded into a child process (`node -r`) by tests: at exit, names the construct packages it loaded.
const CONSTRUCT_PACKAGES = /[\\/]node_modules[\\/](cdktf|constructs|@cdktf[\\/][^\\/]+)[\\/]/;

process.on('exit', () => {
  const loaded = new Set(Object.keys(require.cache).map((file) => CONSTRUCT_PACKAGES.exec(file)?.[1]).filter((name) => name !== undefined));
  process.stderr.write(`construct packages loaded: ${JSON.stringify([...loaded].sort())}\n`);
});
