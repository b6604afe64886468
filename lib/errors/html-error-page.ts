/**
 * The text of an HTML error page (nginx, Apache, werkzeug, webob): `<title>` (or the first `<h1>`), then the
 * page's own explanation, without the server signature that nginx and Apache put after an `<hr>`.
 *
 * One pass over at most {@link MAX_HTML_CHARS} characters, each found with `indexOf` from where the last one
 * ended, so a hostile page costs time linear in the prefix (a 1 MiB page of `<` used to block the event loop for
 * minutes with backtracking regular expressions).
 */

/** Only this many characters of a page are read (64 KiB of ASCII): error pages are a few KiB, the message a few hundred characters. */
export const MAX_HTML_CHARS = 64 * 1024;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
// Bounded repetitions: no backtracking past a dozen characters per '&'.
const ENTITY = /&(#[xX][\da-fA-F]{1,6}|#\d{1,7}|[a-zA-Z]{1,10});/g;
// Elements whose content is never text.
const RAW_TEXT = new Set(['script', 'style']);

function decodeEntities(text: string): string {
  return text.replace(ENTITY, (m, e: string) => {
    if (e[0] !== '#') return ENTITIES[e.toLowerCase()] ?? m;
    const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

function textOf(chunks: string[]): string {
  return decodeEntities(chunks.join(' ')).replace(/\s+/g, ' ').trim();
}

/** `<name …>` or `</name …>` at `at`: the lowercased name and whether it closes; undefined for `<` that opens no tag. */
function tagAt(lower: string, at: number): { name: string; closing: boolean } | undefined {
  let i = at + 1;
  const closing = lower.charCodeAt(i) === 0x2f; // '/'
  if (closing) i++;
  const start = i;
  while (i < lower.length && /[a-z0-9]/.test(lower[i]!)) i++;
  if (i === start || !/[a-z]/.test(lower[start]!)) return undefined;
  return { name: lower.slice(start, i), closing };
}

interface Scan {
  title: string[];
  h1: string[];
  /** Text outside head, title and h1 elements, in order. */
  text: string[];
  /** Indexes into `text`: where the first `<body>` starts, where the last `</body>` ends, where the last `<hr>` is. */
  bodyStart: number;
  bodyEnd: number;
  lastHr: number;
}

function scan(page: string): Scan {
  // ASCII-only lowercasing keeps every index the same as in `page` (toLowerCase() can lengthen 'İ').
  const lower = page.replace(/[A-Z]+/g, (m) => m.toLowerCase());
  const s: Scan = { title: [], h1: [], text: [], bodyStart: -1, bodyEnd: -1, lastHr: -1 };
  let inHead = false;
  let capture: 'title' | 'h1' | undefined;
  const done = { title: false, h1: false };
  let i = 0;
  while (i < page.length) {
    const lt = page.indexOf('<', i);
    const textEnd = lt < 0 ? page.length : lt;
    if (textEnd > i) {
      const chunk = page.slice(i, textEnd);
      // A second title or h1 is dropped, as the first one is taken out of the text.
      if (capture) { if (!done[capture]) s[capture].push(chunk); } else if (!inHead) s.text.push(chunk);
    }
    if (lt < 0) break;
    if (lower.startsWith('<!--', lt)) {
      const end = page.indexOf('-->', lt + 4);
      if (end < 0) break;
      i = end + 3;
      continue;
    }
    const tag = tagAt(lower, lt);
    const gt = page.indexOf('>', lt + 1);
    // No '>' after this point: the rest holds no tag and is text, as a browser shows it.
    if (gt < 0) {
      if (!capture && !inHead) s.text.push(page.slice(lt));
      break;
    }
    i = gt + 1;
    if (!tag) continue;
    const { name, closing } = tag;
    if (!closing && RAW_TEXT.has(name)) {
      const end = lower.indexOf(`</${name}`, i);
      if (end < 0) break;
      const close = page.indexOf('>', end);
      i = close < 0 ? page.length : close + 1;
      continue;
    }
    if (name === 'title' || name === 'h1') {
      if (!closing && !capture) capture = name;
      else if (closing && capture === name) { done[name] = true; capture = undefined; }
    } else if (name === 'head') inHead = !closing;
    else if (name === 'body') {
      if (!closing && s.bodyStart < 0) s.bodyStart = s.text.length;
      if (closing) s.bodyEnd = s.text.length;
    } else if (name === 'hr' && !closing && !inHead && !capture) s.lastHr = s.text.length;
  }
  return s;
}

/**
 * `Title: explanation`, or either alone, from an HTML error page; '' when the page has no text.
 * @example htmlErrorText('<title>404 Not Found</title><h1>Not Found</h1><p>No such thing.</p>') // '404 Not Found: No such thing.'
 */
export function htmlErrorText(html: string): string {
  const page = html.length > MAX_HTML_CHARS ? html.slice(0, MAX_HTML_CHARS) : html;
  const s = scan(page);
  const hasBody = s.bodyStart >= 0 && s.bodyEnd >= s.bodyStart;
  const from = hasBody ? s.bodyStart : 0;
  let to = hasBody ? s.bodyEnd : s.text.length;
  if (s.lastHr >= from && s.lastHr <= to) to = s.lastHr;
  const headline = textOf(s.title) || textOf(s.h1);
  const rest = textOf(s.text.slice(from, to));
  return headline && rest ? `${headline}: ${rest}` : headline || rest;
}
