// compromise (+ compromise-dates), loaded on the first English document only: a Persian run never
// pays for it. A synchronous require keeps the per-document function synchronous.
import { createRequire } from 'node:module';

export interface Offset {
  start: number;
  length: number;
}
export interface TermJson {
  text: string;
  pre: string;
  post: string;
  offset: Offset;
}
export interface SentenceJson {
  offset: Offset;
  terms: TermJson[];
}
export interface MatchJson {
  offset: Offset;
  dates?: { start?: string | null; end?: string | null } | null;
}

/** The part of compromise's View that khabar reads: JSON with original offsets. */
export interface NlpView {
  json(options: object): unknown[];
  people(): NlpView;
  dates(options?: object): NlpView;
}
export type Nlp = (text: string) => NlpView;

let loaded: Nlp | null = null;

export function compromise(): Nlp {
  if (!loaded) {
    const require = createRequire(import.meta.url);
    const nlp = require('compromise') as Nlp & { plugin(p: unknown): void };
    nlp.plugin(require('compromise-dates'));
    loaded = nlp;
  }
  return loaded;
}

/** Whether compromise has been loaded in this process (a Persian-only run never loads it). */
export function compromiseLoaded(): boolean {
  return loaded !== null;
}
