// search-bench.mjs: measures StaticNews search against Pagefind on one built site in headless
// Chromium (Debian's /usr/bin/chromium, driven by playwright-core). Files are answered from disk
// by request routing: no server, no port, no network.
// Usage: node search-bench.mjs <site-output> <pagefind-output> <word>...
import { chromium } from 'playwright-core';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { join, extname } from 'node:path';
import { gzipSync } from 'node:zlib';

const [site, pagefindDir, ...queries] = process.argv.slice(2);
const ORIGIN = 'http://bench.test';
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };
const BLANK = '<!DOCTYPE html><meta charset="utf-8"><title>bench</title>';

function fileFor(path) {
  if (path === '/__blank.html') return null;
  const root = path.startsWith('/pagefind/') ? pagefindDir : site;
  const rel = path.startsWith('/pagefind/') ? path.slice('/pagefind/'.length) : path.slice(1);
  let file = join(root, decodeURIComponent(rel));
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return file;
}

const browser = await chromium.launch({ executablePath: process.env.STATICNEWS_CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });

async function open() {
  const context = await browser.newContext();
  const fetched = [];
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== ORIGIN) return route.abort();
    if (url.pathname === '/__blank.html') return route.fulfill({ status: 200, contentType: TYPES['.html'], body: BLANK });
    const file = fileFor(url.pathname);
    if (!file || !existsSync(file)) return route.fulfill({ status: 404, body: 'missing' });
    const body = readFileSync(file);
    fetched.push({ path: url.pathname, raw: body.length, gzip: Math.min(body.length, gzipSync(body, { level: 9 }).length) });
    return route.fulfill({ status: 200, contentType: TYPES[extname(file)] ?? 'application/octet-stream', body });
  });
  return { page: await context.newPage(), fetched, context };
}

const sum = (list, key) => list.reduce((n, f) => n + f[key], 0);
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;

for (const word of queries) {
  // Ours: the search page with ?q=, until ten results with excerpts are drawn.
  const ours = await open();
  await ours.page.goto(`${ORIGIN}/search/?q=${encodeURIComponent(word)}`);
  await ours.page.waitForFunction(() => document.querySelector('#search-status')?.textContent !== '' && document.querySelectorAll('.search-excerpt').length > 0, null, { timeout: 60000 });
  const ourHits = await ours.page.locator('.search-result').count();
  const ourFiles = ours.fetched.filter((f) => f.path.startsWith('/search/') && /\.json(\.gz)?$/.test(f.path) || f.path.startsWith('/assets/search.js'));

  // Warm keystroke-to-results: the query's files are cached; time from the input event to results drawn (next frame).
  const timings = [];
  for (let i = 0; i < 11; i++) {
    timings.push(await ours.page.evaluate(async (w) => {
      const input = document.querySelector('#search-q');
      const status = document.querySelector('#search-status');
      input.value = '';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((r) => setTimeout(r, 30));
      return new Promise((resolve) => {
        const t0 = performance.now();
        const observer = new MutationObserver(() => {
          if (status.textContent !== '' && document.querySelector('.search-result')) {
            observer.disconnect();
            requestAnimationFrame(() => resolve(performance.now() - t0));
          }
        });
        observer.observe(status, { childList: true, characterData: true, subtree: true });
        input.value = w;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
    }, word));
  }
  timings.sort((a, b) => a - b);
  await ours.context.close();

  console.log(`query "${word}"`);
  console.log(`  StaticNews: ${ourFiles.length} files, ${kb(sum(ourFiles, 'raw'))} raw, ${kb(sum(ourFiles, 'gzip'))} gzipped; ${ourHits} results drawn`);
  console.log(`  StaticNews keystroke to results drawn, warm: median ${timings[5].toFixed(1)} ms, max ${timings[10].toFixed(1)} ms (11 runs)`);
  // Where the bytes go: the script, the manifest, term shards (t/), continuations of long posting lists (p/), id blocks (d/), fragments (f/).
  const kinds = new Map();
  for (const f of ourFiles) {
    const kind = f.path.startsWith('/assets/') ? 'script' : f.path.includes('/manifest.') ? 'manifest' : f.path.split('/').at(-2) + '/';
    const k = kinds.get(kind) ?? { n: 0, raw: 0, gzip: 0 };
    kinds.set(kind, { n: k.n + 1, raw: k.raw + f.raw, gzip: k.gzip + f.gzip });
  }
  console.log(`  StaticNews by kind (files, gzipped): ${[...kinds].map(([kind, k]) => `${kind} ${k.n} ${kb(k.gzip)}`).join(', ')}`);
  if (process.env.BENCH_VERBOSE) for (const f of ourFiles) console.log(`    ${f.path} ${f.raw} ${f.gzip}`);
  if (!existsSync(join(pagefindDir, 'pagefind.js'))) {
    console.log('  Pagefind:   no index (not run, or its indexing failed; see above)');
    continue;
  }

  // Pagefind: its own JS API on a blank page, first ten results with their data (excerpts).
  const pf = await open();
  await pf.page.goto(`${ORIGIN}/__blank.html`);
  const pfResult = await pf.page.evaluate(async (w) => {
    const pagefind = await import('/pagefind/pagefind.js');
    await pagefind.init();
    const search = await pagefind.search(w);
    const data = await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
    const t0 = performance.now();
    const again = await pagefind.search(w);
    await Promise.all(again.results.slice(0, 10).map((r) => r.data()));
    return { count: search.results.length, excerpts: data.filter((d) => d.excerpt).length, warm: performance.now() - t0 };
  }, word);
  const pfFiles = pf.fetched.filter((f) => f.path.startsWith('/pagefind/'));
  await pf.context.close();

  console.log(`  Pagefind:   ${pfFiles.length} files, ${kb(sum(pfFiles, 'raw'))} raw, ${kb(sum(pfFiles, 'gzip'))} gzipped; ${pfResult.count} results, ${pfResult.excerpts} excerpts`);
  console.log(`  ratio (gzipped): ${(sum(ourFiles, 'gzip') / sum(pfFiles, 'gzip') * 100).toFixed(0)} % of Pagefind`);
  console.log(`  Pagefind search + 10 results' data, warm (API only, nothing drawn): ${pfResult.warm.toFixed(1)} ms`);
  if (process.env.BENCH_VERBOSE) for (const f of pfFiles) console.log(`    ${f.path} ${f.raw} ${f.gzip}`);
}
await browser.close();
