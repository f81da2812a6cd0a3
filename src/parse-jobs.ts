import { readAo3, readAo3Listing } from './domain/ao3-import.ts';
import { type ParseOptions, parsePromptList } from './domain/prompt-list.ts';
import { applyFix, type ListFix } from './domain/prompt-list-fix.ts';
import { countWords } from './domain/word-count.ts';

/** The text parsers the parse pool runs, by name; each takes plain data and answers plain data. */
export const PARSE_JOBS = {
  ao3: (text: string) => readAo3(text),
  ao3Listing: (text: string) => readAo3Listing(text),
  words: (text: string, format: 'plain' | 'html') => countWords(text, format),
  promptList: (text: string, opts: ParseOptions = {}) => parsePromptList(text, opts),
  // A fix from the preview reads the list again to know where its line goes.
  listFix: (text: string, fix: ListFix, opts: ParseOptions = {}) => applyFix(text, fix, opts),
};

/** A job's name. */
export type ParseJob = keyof typeof PARSE_JOBS;
