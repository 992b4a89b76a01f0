/**
 * Every match of a global regex, like String.prototype.matchAll but without cloning the regex:
 * matchAll builds a new RegExp on each call, and recompiling the large date patterns per document
 * was half of khabar's time.
 */
export function* execAll(re: RegExp, text: string): Generator<RegExpExecArray> {
  if (!re.global) throw new Error(`execAll needs a global regex: ${re.source.slice(0, 40)}`);
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0] === '') re.lastIndex++;
    yield m;
  }
  re.lastIndex = 0;
}
