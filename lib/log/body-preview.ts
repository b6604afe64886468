import { isUtf8 } from 'node:buffer';
import { redactBody, type RedactJsonOptions } from './redact.js';

/** Content types whose bodies are text worth logging; everything else is described, not printed. */
export function isTextualType(contentType: string): boolean {
  return /^text\//.test(contentType)
    || /[/+-]json$/.test(contentType)
    || /[/+]xml$/.test(contentType)
    || contentType === 'application/x-www-form-urlencoded';
}

/** The media type of a Content-Type value, lowercased, without parameters. */
export function mediaType(value: string | string[] | undefined): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  const type = v?.split(';')[0]?.trim().toLowerCase();
  return type ? type : undefined;
}

/** True when a buffer is UTF-8 text a shell argument or a log line can hold (no NUL). */
export function isPrintableText(raw: Buffer): boolean {
  return isUtf8(raw) && !raw.includes(0);
}

/** Cut text to at most `maxBytes` UTF-8 bytes without splitting a character. */
export function cutUtf8(text: string, maxBytes: number, totalBytes: number): string {
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.length <= maxBytes) return text;
  let end = Math.max(0, maxBytes);
  // Step back over continuation bytes (10xxxxxx) to the start of a character.
  while (end > 0 && ((bytes[end] ?? 0) & 0xc0) === 0x80) end--;
  return `${bytes.subarray(0, end).toString('utf8')}… (${totalBytes} bytes total)`;
}

const CONTROLS = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/g;
const CONTROLS_AND_CR = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;

/**
 * Show control characters as `\xHH`, so server text cannot drive the terminal: C0 other than newline and tab
 * (ESC starts ANSI and OSC sequences), DEL, and C1 (U+0080–U+009F; U+009B is a one-character CSI on some terminals).
 * CR is kept unless `keepCarriageReturn` is false: log bodies keep their CRLF line ends; an error message, where a
 * bare CR would let the text after it overwrite the line, escapes it. The one escape for logs, errors and the CLI.
 */
export function escapeControls(text: string, options: { keepCarriageReturn?: boolean } = {}): string {
  const re = options.keepCarriageReturn === false ? CONTROLS_AND_CR : CONTROLS;
  return text.replace(re, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

export interface BodyPreviewOptions extends RedactJsonOptions {
  /** @default 4096 */
  maxBodyBytes?: number;
  /** More redaction of the text before it is cut, e.g. the session's known secrets. */
  redactText?: (text: string) => string;
}

/**
 * How a response body appears in the log: redacted JSON or text cut at a bound,
 * `omitted, N bytes of <type>` for binary and other content types, `(empty)`.
 */
export function previewBody(raw: Buffer, contentType: string | undefined, options: BodyPreviewOptions = {}): string {
  if (raw.length === 0) return '(empty)';
  const textual = contentType ? isTextualType(contentType) : true;
  if (!textual || !isPrintableText(raw)) {
    return `omitted, ${raw.length} bytes of ${contentType ?? 'unknown content type'}`;
  }
  // Redact before cutting, so a cut can never expose half a secret that the parser would have caught.
  const redacted = redactBody(raw.toString('utf8'), contentType, options) ?? '';
  const text = options.redactText ? options.redactText(redacted) : redacted;
  return escapeControls(cutUtf8(text, options.maxBodyBytes ?? 4096, raw.length));
}
