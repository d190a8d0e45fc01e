// StaticNews search, the page: one dependency-free ES module tree, loaded without a bundler
// (search-analysis.js ← search-client.js ← this). It draws the results, filters and paging.
// Article text is untrusted: results are built from DOM text nodes only, never innerHTML.

import { stem, words, parts, parseQuery } from './search-analysis.js';
import { FILTER_KINDS, PAGE_SIZE, SearchIndex } from './search-client.js';

// --- The page ---

function wordMatches(word, matched) {
  const lower = word.text.toLowerCase();
  if (matched.has(stem(lower))) return true;
  return word.joined && parts(word.text).some((p) => matched.has(stem(p.toLowerCase())));
}

/** Appends an excerpt of text around the first matched word to parent, matches in <mark>. */
function appendExcerpt(parent, text, matched) {
  const ws = words(text);
  const nfc = text.normalize('NFC');
  let first = ws.findIndex((w) => wordMatches(w, matched));
  if (first < 0) first = 0;
  const from = Math.max(0, first - 8);
  const to = Math.min(ws.length, from + 32);
  if (ws.length === 0) return;
  let pos = ws[from].start;
  if (from > 0) parent.append('… ');
  for (let i = from; i < to; i++) {
    const w = ws[i];
    if (w.start > pos) parent.append(nfc.slice(pos, w.start));
    if (wordMatches(w, matched)) {
      const mark = document.createElement('mark');
      mark.textContent = w.text;
      parent.append(mark);
    } else {
      parent.append(w.text);
    }
    pos = w.end;
  }
  if (to < ws.length) parent.append(' …');
}

function format(template, value) {
  return template.replace('{0}', value);
}

function init(root) {
  const t = root.dataset;
  const index = new SearchIndex(t.manifest);
  const form = root.querySelector('form');
  const input = root.querySelector('input[name=q]');
  const status = root.querySelector('#search-status');
  const list = root.querySelector('#search-results');
  const more = root.querySelector('#search-more');
  const filterBar = root.querySelector('#search-filters');
  const params = new URLSearchParams(location.search);
  const filters = {};
  for (const kind of FILTER_KINDS) if (params.get(kind)) filters[kind] = params.get(kind).trim().toLowerCase();
  for (const [kind, value] of Object.entries(filters)) {
    const hidden = document.createElement('input');
    hidden.type = 'hidden';
    hidden.name = kind;
    hidden.value = value;
    form.append(hidden);
  }
  input.value = params.get('q') ?? '';

  let generation = 0;
  let shown = 0;
  let current = null;

  function urlFor(q, without) {
    const p = new URLSearchParams();
    if (q) p.set('q', q);
    for (const [kind, value] of Object.entries(filters)) if (kind !== without) p.set(kind, value);
    const s = p.toString();
    return location.pathname + (s ? `?${s}` : '');
  }

  function drawFilters(labels) {
    filterBar.replaceChildren();
    for (const f of labels) {
      const a = document.createElement('a');
      a.className = 'search-filter';
      a.href = urlFor(input.value, f.kind);
      a.append(`${t[`kind${f.kind[0].toUpperCase()}${f.kind.slice(1)}`] ?? f.kind}: ${f.label} `);
      const x = document.createElement('span');
      x.setAttribute('aria-hidden', 'true');
      x.textContent = '×';
      a.append(x);
      a.title = t.removeFilter;
      a.setAttribute('aria-label', `${t.removeFilter}: ${f.label}`);
      filterBar.append(a);
    }
  }

  async function drawMore(run) {
    // Past what is settled (the heads of long posting lists answer the first pages): rank deeper.
    if (!run.complete && run.hits.length < shown + PAGE_SIZE) {
      const deeper = await index.find(run.query, filters, shown + PAGE_SIZE);
      if (run.generation !== generation) return;
      const known = run.count !== deeper.count || run.countExact !== deeper.countExact;
      Object.assign(run, deeper);
      if (known && status.textContent !== '') drawStatus(run);
    }
    const slice = run.hits.slice(shown, shown + PAGE_SIZE);
    const fragments = await Promise.all(slice.map((doc) => index.fragment(doc)));
    if (run.generation !== generation) return;
    for (const f of fragments) {
      const li = document.createElement('li');
      li.className = 'search-result';
      const h = document.createElement('h2');
      const a = document.createElement('a');
      a.href = f.url;
      a.textContent = f.title;
      h.append(a);
      const meta = document.createElement('p');
      meta.className = 'meta';
      const time = document.createElement('time');
      time.dateTime = f.date;
      time.textContent = f.dateText;
      meta.append(time);
      if (f.locations.length > 0) meta.append(` · ${f.locations.join(', ')}`);
      const excerpt = document.createElement('p');
      excerpt.className = 'search-excerpt';
      const inBody = words(f.body).some((w) => wordMatches(w, run.matched));
      appendExcerpt(excerpt, inBody || !f.lead ? f.body : f.lead, run.matched);
      li.append(h, meta, excerpt);
      list.append(li);
    }
    shown += slice.length;
    more.hidden = run.complete ? shown >= run.hits.length : run.countExact && shown >= run.count;
  }

  async function run(q) {
    const my = ++generation;
    const m = await index.manifest();
    const query = parseQuery(q, m.stop);
    const empty = query.required.length === 0 && !query.prefix && query.phrases.length === 0;
    if (empty && Object.keys(filters).length === 0) {
      if (my !== generation) return;
      list.replaceChildren();
      filterBar.replaceChildren();
      more.hidden = true;
      status.textContent = '';
      return;
    }
    const result = await index.find(query, filters, PAGE_SIZE);
    if (my !== generation) return;
    current = { ...result, query, q, filterOnly: empty, generation: my };
    shown = 0;
    list.replaceChildren();
    drawFilters(result.labels);
    await drawMore(current);
    if (my !== generation) return;
    drawStatus(current);
  }

  function drawStatus(run) {
    status.replaceChildren();
    const count = run.count.toLocaleString(document.documentElement.lang);
    if (run.filterOnly && run.count > 0) {
      // A filter alone (a "search within" link from a place, tag or year): its articles, newest first.
      status.append(format(run.count === 1 ? t.filterOne : t.filterResults, count));
    } else if (!run.countExact) {
      // The heads of long posting lists settle the best hits, not how many match in all.
      status.append(format(t.resultsAtLeast, count));
    } else {
      status.append(run.count === 1 ? t.oneResult : run.count === 0 ? t.noResults : format(t.results, count));
    }
    if (run.suggestion) {
      status.append(` ${t.didYouMean} `);
      const a = document.createElement('a');
      const suggested = run.q.replace(new RegExp(`${escapeRegExp(run.missing)}\\S*`, 'iu'), run.suggestion);
      a.href = urlFor(suggested === run.q ? run.suggestion : suggested);
      a.textContent = run.suggestion;
      a.className = 'search-suggestion';
      status.append(a, '?');
    }
  }

  function escapeRegExp(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }

  function go(replace) {
    const url = urlFor(input.value.trim());
    if (replace) history.replaceState(null, '', url); else history.pushState(null, '', url);
    run(input.value).catch(fail);
  }

  function fail(error) {
    status.textContent = t.error;
    console.error(error);
  }

  input.addEventListener('input', () => go(true));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    go(false);
  });
  more.addEventListener('click', () => {
    const first = list.children.length;
    drawMore(current).then(() => list.children[first]?.querySelector('a')?.focus()).catch(fail);
  });
  // Arrow keys move between the search box and the result links.
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [input, ...list.querySelectorAll('.search-result h2 a')];
    const at = links.indexOf(document.activeElement);
    if (at < 0) return;
    const next = links[at + (event.key === 'ArrowDown' ? 1 : -1)];
    if (next) {
      event.preventDefault();
      next.focus();
    }
  });
  window.addEventListener('popstate', () => {
    input.value = new URLSearchParams(location.search).get('q') ?? '';
    run(input.value).catch(fail);
  });
  root.classList.add('search-ready');
  if (input.value || Object.keys(filters).length > 0) run(input.value).catch(fail);
}

if (typeof document !== 'undefined') {
  const root = document.getElementById('search');
  if (root) init(root);
}
