// Starts the guardrail command line (src/guardrails/cli.ts) in well under a second.
//
//   npm run --silent guardrail -- --jsonl < replies.jsonl
//
// Going through tsx costs ~0.25 s of CPU before the first line of ours runs (its loader hooks
// work in a separate thread, one round trip per module). So the CLI runs from one plain-JS
// bundle of its own sources, built with esbuild into dist/guardrail/ (git-ignored) the first
// time and again whenever a source it was built from changes (checked by content hash, ~2 ms).
// Every module keeps its own import.meta.url, so the classifier still finds its weights beside
// its source. If esbuild is missing or the build fails, the CLI runs through tsx as before.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const ENTRY = 'src/guardrails/cli.ts';
const OUT = join(ROOT, 'dist/guardrail');
const MANIFEST = join(OUT, 'manifest.json');
// Part of the digest, with the folder (the bundle names its sources by absolute URL): a change
// to how the bundle is built, or a moved checkout, rebuilds it.
const RECIPE = 'esm node20 own-url v1';

function digest(inputs) {
  const hash = createHash('sha256').update(RECIPE).update(ROOT);
  for (const file of inputs) hash.update(`\0${file}\0`).update(readFileSync(join(ROOT, file)));
  return hash.digest('hex');
}

/** The bundle built from today's sources, or undefined. */
function current() {
  try {
    const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
    const bundle = join(OUT, manifest.bundle);
    return digest(manifest.inputs) === manifest.digest && existsSync(bundle) ? bundle : undefined;
  } catch {
    return undefined;
  }
}

/** Replaces `import.meta.url` in each source by that source's own URL (paths stay as in src/). */
const ownUrl = {
  name: 'own-url',
  setup(build) {
    build.onLoad({ filter: /\.[cm]?[jt]s$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes('import.meta.url')) return undefined;
      const url = JSON.stringify(pathToFileURL(args.path).href);
      const loader = args.path.endsWith('ts') ? 'ts' : 'js';
      return { contents: source.replaceAll('import.meta.url', url), loader };
    });
  },
};

async function build() {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: [join(ROOT, ENTRY)],
    absWorkingDir: ROOT,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'bundle',
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins: [ownUrl],
  });
  const inputs = Object.keys(result.metafile.inputs).sort();
  const sum = digest(inputs);
  const name = `cli-${sum.slice(0, 16)}.mjs`;
  mkdirSync(OUT, { recursive: true });
  // Written beside, then renamed: a run in parallel never reads half a file.
  const tmp = join(OUT, `.${name}.${process.pid}`);
  writeFileSync(tmp, result.outputFiles[0].contents);
  renameSync(tmp, join(OUT, name));
  writeFileSync(`${MANIFEST}.${process.pid}`, JSON.stringify({ digest: sum, bundle: name, inputs }));
  renameSync(`${MANIFEST}.${process.pid}`, MANIFEST);
  // Older bundles go (a run that already loaded one keeps its copy in memory).
  for (const old of readdirSync(OUT))
    if (old.startsWith('cli-') && old !== name) rmSync(join(OUT, old), { force: true });
  return join(OUT, name);
}

let bundle = current();
if (bundle === undefined) {
  try {
    bundle = await build();
  } catch (err) {
    process.stderr.write(`guardrail: running from source (bundle not built: ${err?.message ?? err})\n`);
  }
}
if (bundle !== undefined) await import(pathToFileURL(bundle).href);
else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(join(ROOT, ENTRY)).href);
}
