/**
 * Reading an author's text file: it must be valid UTF-8 (a byte-order mark is allowed and
 * dropped), and CRLF or CR line ends become LF, so every later stage sees one kind of text and
 * every line number is the one an editor shows. Invalid bytes are an error naming the line and
 * the byte, never a silent U+FFFD.
 */
import { readFile } from 'node:fs/promises';
import { fail, fileSystemError } from '../diagnostics.ts';

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export function decodeText(bytes: Uint8Array, file: string): string {
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    const { offset, line, column } = firstInvalidByte(bytes);
    throw fail(
      'encoding/utf-8',
      `not valid UTF-8: byte 0x${bytes[offset]!.toString(16).padStart(2, '0').toUpperCase()} at line ${line}, column ${column} (byte offset ${offset})`,
      { file, line, column },
      'save the file as UTF-8 (in most editors: "Save with encoding" → UTF-8); Latin-1 and Windows-1252 files must be converted',
    );
  }
  text = text.replace(/\r\n?/g, '\n');
  // Control characters other than tab and line feed are invisible in an editor and in print.
  // eslint-disable-next-line no-control-regex
  const control = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/.exec(text);
  if (control) {
    const before = text.slice(0, control.index);
    const line = before.split('\n').length;
    const column = control.index - before.lastIndexOf('\n');
    const code = control[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    throw fail('encoding/control-character', `control character U+${code} at line ${line}, column ${column}`, { file, line, column }, 'remove it; it is invisible in an editor and cannot be printed (a file saved in another encoding can show this)');
  }
  return text;
}

export async function readText(absolute: string, file: string): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(absolute);
  } catch (error) {
    throw fileSystemError(error, file, 'read');
  }
  return decodeText(bytes, file);
}

/** Where decoding fails: the first byte that does not start or continue a valid sequence. */
function firstInvalidByte(bytes: Uint8Array): { offset: number; line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i]!;
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length || !validSequence(bytes, i, length)) {
      return { offset: i, line, column: characterColumn(bytes, lineStart, i) };
    }
    if (byte === 0x0a) {
      line += 1;
      lineStart = i + 1;
    }
    i += length;
  }
  return { offset: Math.max(0, bytes.length - 1), line, column: 1 };
}

function validSequence(bytes: Uint8Array, at: number, length: number): boolean {
  for (let k = 1; k < length; k++) if ((bytes[at + k]! & 0xc0) !== 0x80) return false;
  const first = bytes[at]!;
  const second = bytes[at + 1] ?? 0;
  // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are invalid too.
  if (first === 0xe0 && second < 0xa0) return false;
  if (first === 0xed && second >= 0xa0) return false;
  if (first === 0xf0 && second < 0x90) return false;
  if (first === 0xf4 && second >= 0x90) return false;
  return true;
}

/** The 1-based column of `offset` in characters, counting only whole UTF-8 sequences before it. */
function characterColumn(bytes: Uint8Array, lineStart: number, offset: number): number {
  let column = 1;
  for (let i = lineStart; i < offset; i++) if ((bytes[i]! & 0xc0) !== 0x80) column += 1;
  return column;
}
