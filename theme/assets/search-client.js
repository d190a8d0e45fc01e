// StaticNews search, the client of the index (src/Search/IndexFormat/ writes what it reads): it
// fetches the manifest, only the shards holding the query's terms, and the fragments of the hits
// it draws, and ranks them. No DOM: Node runs it in the tests as the browser does.

import { stem, words, parts, terms } from './search-analysis.js';

/** Levenshtein distance, giving up (returning max + 1) once it must exceed max. */
export function editDistance(a, b, max) {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      rowMin = Math.min(rowMin, cur[j]);
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length];
}

// --- The index: manifest → shards (→ continuations) → blocks → fragments, each fetched once ---

/**
 * A file's JSON. Every file of the index but the manifest is gzipped (.json.gz); a host that sends
 * it with Content-Encoding: gzip has inflated it already, so the bytes are inflated here only when
 * they still start as gzip does.
 */
async function inflateJson(response) {
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return JSON.parse(new TextDecoder().decode(bytes));
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return JSON.parse(await new Response(stream).text());
}

export const FILTER_KINDS = ['location', 'tag', 'year'];
const PREFIX_EXPANSIONS = 40;
const PREFIX_WEIGHT = 0.9;
export const PAGE_SIZE = 10;
export const PHRASE_CHECK_LIMIT = 200;

/** How many documents a shard entry's term is in: a whole list is [Δid, impact, …], a split one says. */
function documentFrequency(entry) {
  return Array.isArray(entry) ? entry.length / 2 : entry.df;
}

export class SearchIndex {
  constructor(manifestUrl) {
    this.manifestUrl = new URL(manifestUrl, globalThis.location?.href);
    this.files = new Map();
    this.whole = new Map();
  }

  fetchJson(file) {
    const url = new URL(file, this.manifestUrl).href;
    if (!this.files.has(url)) {
      this.files.set(url, fetch(url).then((r) => {
        if (!r.ok) throw new Error(`${url}: ${r.status}`);
        return inflateJson(r);
      }));
    }
    return this.files.get(url);
  }

  async manifest() {
    if (!this.m) {
      this.m = this.fetchJson(this.manifestUrl.href).then((m) => ({ ...m, stop: new Set(m.stopWords) }));
    }
    return this.m;
  }

  // The shard whose key range holds key: the last one whose first key is not after it.
  shardIndex(m, key) {
    let lo = 0, hi = m.shards.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (m.shards[mid][0] <= key) lo = mid; else hi = mid - 1;
    }
    return lo;
  }

  async shardOf(key) {
    const m = await this.manifest();
    return this.fetchJson(m.shards[this.shardIndex(m, key)][1]);
  }

  /**
   * A term's postings as far as they are read, or null when it is not indexed: {docs, impacts,
   * df, bound, rest}. For a split list that is its head, the highest-impact postings; bound is the
   * highest impact among the rest (0 once the list is whole) and rest the names of the
   * continuation's parts, in id order, each counting its ids from 0.
   */
  async postings(key) {
    if (this.whole.has(key)) return this.whole.get(key);
    const raw = (await this.shardOf(key))[key];
    if (!raw) return null;
    if (Array.isArray(raw)) return { ...decodePostings(raw), df: raw.length / 2, bound: 0, rest: null };
    return { ...decodePostings(raw.head), df: raw.df, bound: raw.bound, rest: raw.rest };
  }

  /** A term's whole posting list: its head merged with the continuation, its parts fetched now (at once) if need be. */
  async wholePostings(key) {
    const list = await this.postings(key);
    if (!list?.rest) return list;
    const parts = (await Promise.all(list.rest.map((name) => this.fetchJson(`p/${name}.json.gz`)))).map(decodePostings);
    const rest = { docs: new Int32Array(parts.reduce((n, p) => n + p.docs.length, 0)) };
    rest.impacts = new Uint8Array(rest.docs.length);
    for (let p = 0, at = 0; p < parts.length; at += parts[p++].docs.length) {
      rest.docs.set(parts[p].docs, at);
      rest.impacts.set(parts[p].impacts, at);
    }
    const count = list.docs.length + rest.docs.length;
    const docs = new Int32Array(count);
    const impacts = new Uint8Array(count);
    for (let i = 0, a = 0, b = 0; i < count; i++) {
      const fromHead = b >= rest.docs.length || (a < list.docs.length && list.docs[a] < rest.docs[b]);
      docs[i] = fromHead ? list.docs[a] : rest.docs[b];
      impacts[i] = fromHead ? list.impacts[a++] : rest.impacts[b++];
    }
    const whole = { docs, impacts, df: count, bound: 0, rest: null };
    this.whole.set(key, whole);
    return whole;
  }

  /** The documents of a filter ("~location:armenien") and its label, or null. */
  async filter(kind, value) {
    const raw = (await this.shardOf(`~${kind}:${value}`))[`~${kind}:${value}`];
    if (!raw) return null;
    const docs = [];
    let id = 0;
    for (let i = 1; i < raw.length; i++) docs.push(id += raw[i]);
    return { label: raw[0], docs };
  }

  /** Indexed terms beginning with prefix, the most frequent first (at most PREFIX_EXPANSIONS). */
  async expand(prefix) {
    const m = await this.manifest();
    const found = [];
    for (let i = this.shardIndex(m, prefix); i < m.shards.length; i++) {
      if (i > 0 && m.shards[i][0] > prefix && !m.shards[i][0].startsWith(prefix)) break;
      const shard = await this.fetchJson(m.shards[i][1]);
      for (const key in shard) if (key.startsWith(prefix)) found.push([key, documentFrequency(shard[key])]);
    }
    found.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    return found.slice(0, PREFIX_EXPANSIONS).map((f) => f[0]);
  }

  /** The nearest indexed term to one that is missing, from the shard it would be in. */
  async suggest(term) {
    const shard = await this.shardOf(term);
    const max = term.length < 5 ? 1 : 2;
    let best = null;
    for (const key in shard) {
      if (key.startsWith('~')) continue;
      const d = editDistance(term, key, max);
      if (d > max) continue;
      const df = documentFrequency(shard[key]);
      if (!best || d < best.d || (d === best.d && df > best.df)) best = { key, d, df };
    }
    return best?.key ?? null;
  }

  async fragment(doc) {
    const m = await this.manifest();
    const number = Math.floor(doc / m.blockSize);
    const block = await this.fetchJson(`d/${m.blockGroups[Math.floor(number / m.blockGroup)]}-${number % m.blockGroup}.json.gz`);
    return this.fetchJson(`f/${block[doc % m.blockSize]}.json.gz`);
  }

  /**
   * Runs a parsed query with filters ({location: 'armenien'}) far enough to know its first `wanted`
   * hits for certain: BM25 (idf here, impacts from the build), every term required, newest first on
   * equal scores. It reads the heads of long posting lists first and fetches a continuation only
   * when the heads cannot settle those hits (see rank). Returns {hits, count, countExact, complete,
   * matched, labels, suggestion, missing}: hits are document ids, at least `wanted` of them unless
   * complete (then all); count is exact when countExact, otherwise the number of documents known
   * to match so far; matched are the terms to highlight.
   */
  async search(query, filters, wanted = PAGE_SIZE) {
    const m = await this.manifest();
    const n = m.documents;
    const idf = (df) => Math.log(1 + (n - df + 0.5) / (df + 0.5));
    const groups = [];
    const matched = new Set();
    let missing = null;

    const lists = await Promise.all(query.required.map((t) => this.postings(t)));
    query.required.forEach((term, i) => {
      if (!lists[i]) { missing ??= term; return; }
      matched.add(term);
      groups.push([{ key: term, weight: 1 }]);
    });
    if (query.prefix) {
      const keys = await this.expand(query.prefix.raw);
      if (query.prefix.term && !keys.includes(query.prefix.term)) keys.unshift(query.prefix.term);
      const found = (await Promise.all(keys.map((k) => this.postings(k)))).map((p, i) => [keys[i], p]).filter(([, p]) => p);
      for (const [key] of found) matched.add(key);
      if (found.length > 0) groups.push(found.map(([key]) => ({ key, weight: key === query.prefix.term ? 1 : PREFIX_WEIGHT })));
      else if (!query.prefix.term) missing ??= query.prefix.raw;
      else missing ??= query.prefix.term;
    }

    const labels = [];
    const filterSets = [];
    for (const kind of FILTER_KINDS) {
      if (!filters[kind]) continue;
      const f = await this.filter(kind, filters[kind]);
      labels.push({ kind, value: filters[kind], label: f ? f.label : filters[kind] });
      filterSets.push(new Set(f ? f.docs : []));
    }

    let ranked;
    if (missing !== null) {
      ranked = { hits: [], count: 0, countExact: true, complete: true };
    } else if (groups.length > 0) {
      // Heads first; if they cannot settle the wanted hits, every continuation of the query's terms, then it is exact.
      const read = (whole) => Promise.all(groups.map((g) => Promise.all(g.map(async (e) => {
        const list = whole ? await this.wholePostings(e.key) : await this.postings(e.key);
        return { ...e, list, idf: idf(list.df) };
      }))));
      ranked = rank(await read(false), filterSets, wanted) ?? rank(await read(true), filterSets, wanted);
      // One word alone: its document frequency is the count, whether or not its rest was read.
      if (groups.length === 1 && groups[0].length === 1 && filterSets.length === 0) {
        ranked.count = (await this.postings(groups[0][0].key)).df;
        ranked.countExact = true;
      }
    } else if (filterSets.length > 0) {
      const docs = [...filterSets[0]].filter((d) => filterSets.every((s) => s.has(d))).sort((a, b) => b - a);
      ranked = { hits: docs, count: docs.length, countExact: true, complete: true };
    } else {
      ranked = { hits: [], count: 0, countExact: true, complete: true };
    }
    const suggestion = ranked.hits.length === 0 && ranked.complete && missing && missing.length > 2 ? await this.suggest(missing) : null;
    return { ...ranked, matched, labels, suggestion, missing };
  }

  /**
   * search, then, for a query with phrases, the phrase check: the text of each of the first
   * PHRASE_CHECK_LIMIT hits must hold every phrase in order. The result is then complete.
   */
  async find(query, filters, wanted = PAGE_SIZE) {
    if (query.phrases.length === 0) return this.search(query, filters, wanted);
    const result = await this.search(query, filters, PHRASE_CHECK_LIMIT);
    const kept = [];
    for (let i = 0; i < result.hits.length && i < PHRASE_CHECK_LIMIT; i += PAGE_SIZE) {
      const batch = result.hits.slice(i, Math.min(i + PAGE_SIZE, PHRASE_CHECK_LIMIT));
      const fragments = await Promise.all(batch.map((d) => this.fragment(d)));
      batch.forEach((doc, k) => {
        const f = fragments[k];
        if (query.phrases.every((p) => hasPhrase(`${f.title}\n${f.lead}\n${f.body}`, p))) kept.push(doc);
      });
    }
    return { ...result, hits: kept, count: kept.length, countExact: true, complete: true };
  }
}

/**
 * Ranks what is read of a query's posting lists, or returns null when that cannot settle the first
 * `wanted` hits. groups: one per required word (one list) or the typed prefix (one list per
 * expansion, a document scoring its best); a document must be in every group and every filter set,
 * and scores the sum of its groups' scores, in group order so that the same sums come out whether
 * lists are whole or not.
 *
 * The threshold rule: a document outside a list's head may still be in its rest, with an impact of
 * at most the list's bound. So each candidate has a lower and an upper score (unread parts at their
 * bounds), and a document seen in no head at all can reach at most the sum of the groups' bounds.
 * Documents whose score is certain are final in their order as long as they score strictly more
 * than any uncertain document could (strictly: an unread document might be newer and win a tie).
 */
export function rank(groups, filterSets, wanted) {
  const inFilters = (doc) => filterSets.every((s) => s.has(doc));
  // Per group: the best score each document is known to have, and the bounds of the lists' unread rests.
  const known = groups.map((g) => {
    const map = new Map();
    for (const e of g) {
      const { docs, impacts } = e.list;
      for (let i = 0; i < docs.length; i++) {
        const score = e.idf * impacts[i] * e.weight;
        if (!(map.get(docs[i]) >= score)) map.set(docs[i], score);
      }
    }
    return map;
  });
  const open = groups.map((g) => g.filter((e) => e.list.rest)
    .map((e) => ({ bound: e.idf * e.list.bound * e.weight, inHead: new Set(e.list.docs) }))
    .sort((a, b) => b.bound - a.bound));
  // The most an unread posting in this group could add for doc: the best bound of a rest it may be in.
  const unread = (g, doc) => {
    for (const o of open[g]) if (!o.inHead.has(doc)) return o.bound;
    return -Infinity;
  };

  const certain = [];
  let members = 0;
  let ceiling = -Infinity;
  let uncertain = 0;
  const candidates = new Set();
  for (const map of known) for (const doc of map.keys()) candidates.add(doc);
  for (const doc of candidates) {
    if (!inFilters(doc)) continue;
    let low = 0, high = 0, sure = true, exact = true, possible = true;
    for (let g = 0; g < groups.length && possible; g++) {
      const score = known[g].get(doc);
      const more = unread(g, doc);
      if (score === undefined && more === -Infinity) possible = false;
      else if (score === undefined) { sure = false; high += more; }
      else {
        low += score;
        high += Math.max(score, more);
        if (more > score) exact = false;
      }
    }
    if (!possible) continue;
    if (sure) members++;
    if (sure && exact) certain.push([doc, low]);
    else { uncertain++; ceiling = Math.max(ceiling, high); }
  }
  // A document in no head can still match if every group has an unread rest (and the filters allow one).
  if (open.every((o) => o.length > 0)) {
    const smallest = filterSets.reduce((a, s) => (a === null || s.size < a.size ? s : a), null);
    const unseenPossible = smallest === null || [...smallest].some((d) => !candidates.has(d) && inFilters(d));
    if (unseenPossible) {
      uncertain++;
      ceiling = Math.max(ceiling, open.reduce((sum, o) => sum + o[0].bound, 0));
    }
  }
  certain.sort((a, b) => b[1] - a[1] || b[0] - a[0]);
  if (uncertain === 0) return { hits: certain.map(([doc]) => doc), count: certain.length, countExact: true, complete: true };
  let settled = 0;
  while (settled < certain.length && certain[settled][1] > ceiling) settled++;
  if (settled < wanted) return null;
  return { hits: certain.slice(0, settled).map(([doc]) => doc), count: members, countExact: false, complete: false };
}

function decodePostings(raw) {
  const count = raw.length / 2;
  const docs = new Int32Array(count);
  const impacts = new Uint8Array(count);
  let id = 0;
  for (let i = 0; i < count; i++) {
    id += raw[2 * i];
    docs[i] = id;
    impacts[i] = raw[2 * i + 1];
  }
  return { docs, impacts };
}

/** True when the text holds the phrase's stems in order (stop words count here). */
export function hasPhrase(text, phrase) {
  const stems = words(text).map((w) => stem(w.text.toLowerCase()));
  outer: for (let i = 0; i + phrase.length <= stems.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (stems[i + j] !== phrase[j]) continue outer;
    return true;
  }
  return false;
}
