/** "en" when Latin letters clearly outnumber Arabic-script letters, else "fa". */
export function detectLanguage(text: string): 'fa' | 'en' {
  let latin = 0;
  let arabic = 0;
  const n = Math.min(text.length, 20_000);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
    else if (c >= 0x0600 && c <= 0x06ff) arabic++;
  }
  return latin > arabic * 2 && latin > 20 ? 'en' : 'fa';
}
