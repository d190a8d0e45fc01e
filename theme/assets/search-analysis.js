// StaticNews search, text analysis: the Danish Snowball stemmer, the tokenizer's rules and query
// parsing, as src/Search/Analysis/ (DanishStemmer.cs, SearchTokenizer.cs), so a query meets the
// terms the build indexed. No DOM, no fetch: Node runs it in the tests as the browser does.

// --- Danish Snowball stemmer (snowballstem.org/algorithms/danish), as DanishStemmer.cs ---

const VOWELS = 'aeiouyæåø';
const S_ENDING = 'abcdfghjklmnoprtvyzå';
const CONSONANTS = 'bcdfghjklmnpqrstvwxz';
const MAIN_SUFFIXES = [
  'hed', 'ethed', 'ered', 'e', 'erede', 'ende', 'erende', 'ene', 'erne', 'ere', 'en', 'heden', 'eren', 'er',
  'heder', 'erer', 'heds', 'es', 'endes', 'erendes', 'enes', 'ernes', 'eres', 'ens', 'hedens', 'erens', 'ers',
  'ets', 'erets', 'et', 'eret', 's',
].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
const OTHER_SUFFIXES = ['elig', 'løst', 'lig', 'els', 'ig'];

/** Stems one lower-case Danish word. */
export function stem(word) {
  if (word.length < 3) return word;
  const p1 = regionOne(word);
  let w = word;
  const endsInR1 = (s) => w.length - s.length >= p1 && w.endsWith(s);
  const consonantPair = () => {
    if (endsInR1('gd') || endsInR1('dt') || endsInR1('gt') || endsInR1('kt')) w = w.slice(0, -1);
  };
  for (const suffix of MAIN_SUFFIXES) {
    if (!endsInR1(suffix)) continue;
    if (suffix === 's') {
      if (w.length >= 2 && S_ENDING.includes(w[w.length - 2])) w = w.slice(0, -1);
    } else {
      w = w.slice(0, -suffix.length);
    }
    break;
  }
  consonantPair();
  if (w.endsWith('igst')) w = w.slice(0, -2);
  for (const suffix of OTHER_SUFFIXES) {
    if (!endsInR1(suffix)) continue;
    if (suffix === 'løst') {
      w = w.slice(0, -1);
    } else {
      w = w.slice(0, -suffix.length);
      consonantPair();
    }
    break;
  }
  const last = w[w.length - 1];
  if (w.length - 1 >= p1 && w.length >= 2 && CONSONANTS.includes(last) && w[w.length - 2] === last) w = w.slice(0, -1);
  return w;
}

function regionOne(word) {
  let i = 0;
  while (i < word.length && !VOWELS.includes(word[i])) i++;
  while (i < word.length && VOWELS.includes(word[i])) i++;
  if (i >= word.length) return word.length;
  return Math.max(i + 1, 3);
}

// --- Tokenizer, as SearchTokenizer.cs ---

const WORD_CHAR = /[\p{L}\p{Nd}\p{M}]/u;
const DIGIT = /\p{Nd}/u;

function isJoiner(before, c, after) {
  if (c === '-' || c === "'" || c === '’') return WORD_CHAR.test(before) && WORD_CHAR.test(after);
  if (c === '.' || c === ',') return DIGIT.test(before) && DIGIT.test(after);
  return false;
}

/** The words of a text: {text, start, end, joined}. Positions index the NFC text. */
export function words(text) {
  text = text.normalize('NFC');
  const out = [];
  let i = 0;
  while (i < text.length) {
    if (!WORD_CHAR.test(text[i])) { i++; continue; }
    const start = i;
    let joined = false;
    while (i < text.length) {
      if (WORD_CHAR.test(text[i])) { i++; continue; }
      if (i + 1 < text.length && isJoiner(text[i - 1], text[i], text[i + 1])) { joined = true; i++; continue; }
      break;
    }
    out.push({ text: text.slice(start, i), start, end: i, joined });
  }
  return out;
}

export function parts(word) {
  return word.split(/[^\p{L}\p{Nd}\p{M}]+/u).filter((p) => p.length > 0);
}

/** The index terms of a text, as the build makes them (stop words left out). */
export function terms(text, stopWords) {
  const out = [];
  for (const w of words(text)) {
    if (w.joined) {
      out.push(stem(w.text.toLowerCase()));
      for (const part of parts(w.text)) {
        const lower = part.toLowerCase();
        if (!stopWords.has(lower)) out.push(stem(lower));
      }
    } else {
      const lower = w.text.toLowerCase();
      if (!stopWords.has(lower)) out.push(stem(lower));
    }
  }
  return out;
}

// --- Query parsing ---

/**
 * A query: words outside quotes are required terms; a quoted run is a phrase (its terms required,
 * then checked in order in the text); the last word, while the reader is still typing it, also
 * matches every indexed term it begins.
 */
export function parseQuery(query, stopWords) {
  const required = [];
  const phrases = [];
  let prefix = null;
  const segments = query.split('"');
  const typing = query.length > 0 && !/[\s"]$/u.test(query);
  segments.forEach((segment, index) => {
    const quoted = index % 2 === 1 && index < segments.length - 1;
    const ws = words(segment);
    if (quoted && ws.length > 1) phrases.push(ws.map((w) => stem(w.text.toLowerCase())));
    ws.forEach((w, i) => {
      const lower = w.text.toLowerCase();
      const isLast = index === segments.length - 1 && i === ws.length - 1;
      if (isLast && typing && !quoted && !w.joined && lower.length >= 2) {
        prefix = { raw: lower, term: stopWords.has(lower) ? null : stem(lower) };
      } else if (w.joined || !stopWords.has(lower)) {
        required.push(stem(lower));
      }
    });
  });
  return { required: [...new Set(required)], phrases, prefix };
}
