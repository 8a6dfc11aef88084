// Bundles the UI with esbuild into the directory given as the first argument (default: dist).
// Maven runs it in generate-resources with ${project.build.directory}/classes/web so the server serves it
// from the classpath. Library code comes from node_modules only; nothing of it is committed.
import { build } from 'esbuild';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const out = resolve(process.argv[2] || 'dist');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

await build({
  entryPoints: { app: 'src/main.js' },
  bundle: true,
  format: 'esm',
  target: ['es2020'],
  minify: true,
  sourcemap: false,
  legalComments: 'linked',
  outdir: out,
  logLevel: 'warning',
});
for (const f of ['index.html', 'favicon.svg']) {
  cpSync(resolve('public', f), resolve(out, f));
}
console.log('web UI built into ' + out);
