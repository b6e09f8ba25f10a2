'use strict';
// Where the compiled library is. BENCH_LIB_DIR points the bench at another build of lib/ (e.g. a copy with a
// prototype fix) without touching the working tree; by default it is this repository's lib/.
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const LIB_DIR = process.env.BENCH_LIB_DIR ? path.resolve(process.env.BENCH_LIB_DIR) : path.join(ROOT, 'lib');

module.exports = { ROOT, LIB_DIR };
