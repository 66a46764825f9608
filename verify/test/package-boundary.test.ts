// The verifier is trusted because it stands alone: no runtime dependency, nothing of the server,
// only Node's crypto, fs and readline.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';

const ALLOWED_BUILT_INS = new Set(['node:crypto', 'node:fs', 'node:readline']);
const src = new URL('../src/', import.meta.url);

test('the package source imports only its own modules and node:crypto, node:fs, node:readline', () => {
  const files = fs.readdirSync(src).filter((f) => f.endsWith('.ts'));
  assert.ok(files.length >= 8);
  for (const file of files) {
    const text = fs.readFileSync(new URL(file, src), 'utf8');
    const specifiers = [...text.matchAll(/(?:import|export)\s[^;]*?from\s+'([^']+)'|import\(\s*'([^']+)'\s*\)/g)].map((m) => m[1] ?? m[2]!);
    for (const specifier of specifiers) {
      const own = /^\.\/[a-z-]+\.ts$/.test(specifier);
      assert.ok(own || ALLOWED_BUILT_INS.has(specifier), `${file} imports ${specifier}`);
    }
  }
});

test('the package declares no dependency', () => {
  const pkg = JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as Record<string, unknown>;
  for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies', 'bundleDependencies']) assert.equal(pkg[field], undefined, field);
  assert.equal(pkg.name, 'corelab-verify');
  assert.deepEqual(pkg.bin, { 'corelab-verify': 'dist/cli.js' });
});
