/**
 * Text from the model (its name, above all: any characters) inside a one-line comment of a
 * generated file. Every line terminator of the target languages (LF, CR, and U+2028 /
 * U+2029, which end a `//` comment in JavaScript) and every other control character (YAML
 * comments allow none) becomes a space, so the comment cannot end early and let the rest of
 * a name run as code or data.
 */
export function oneLine(text: string): string {
  return text.replace(/[\p{Cc}\u2028\u2029]/gu, " ");
}
