// The shipped CLI: dist/cli/main.js (tsc's output) and the packages it uses, bundled by esbuild into
// dist/bundle/smtp-doctor.js, which bin/smtp-doctor.js runs. Code split: what a command imports lazily
// (the wizard, serve, explain, the walk ...) stays in its own chunk and is loaded only by the command
// that uses it. tsc's dist/ stays as it is for the library and the tests that import it.
//
//   node scripts/bundle.mjs      (part of `npm run build`)
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'dist/bundle');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

/** dist/version.js reads ../package.json at run time, a path that holds only next to dist/: fix it at build time. */
const versionInline = {
  name: 'version-inline',
  setup(b) {
    b.onLoad({ filter: /[\\/]dist[\\/]version\.js$/ }, () => ({
      contents: [
        `export const TOOL_NAME = ${JSON.stringify(pkg.name)};`,
        `export const TOOL_VERSION = ${JSON.stringify(pkg.version)};`,
      ].join('\n'),
      loader: 'js',
    }));
  },
};

rmSync(OUT, { recursive: true, force: true });
await build({
  absWorkingDir: ROOT,
  entryPoints: { 'smtp-doctor': 'dist/cli/main.js' },
  outdir: OUT,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Bundled CommonJS packages (commander, nodemailer) call require() for Node's built-ins.
  banner: {
    js: [
      "import { createRequire as __bundleRequire } from 'node:module';",
      'const require = __bundleRequire(import.meta.url);',
    ].join('\n'),
  },
  plugins: [versionInline],
  logLevel: 'warning',
  legalComments: 'none',
});
