import { readAo3, readAo3Listing } from './domain/ao3-import.ts';
import { parsePromptList } from './domain/prompt-list.ts';
import { countWords } from './domain/word-count.ts';

/** The text parsers the parse pool runs, by name; each takes plain data and answers plain data. */
export const PARSE_JOBS = {
  ao3: (text: string) => readAo3(text),
  ao3Listing: (text: string) => readAo3Listing(text),
  words: (text: string, format: 'plain' | 'html') => countWords(text, format),
  promptList: (text: string, year?: number) => parsePromptList(text, year === undefined ? {} : { year }),
};

/** A job's name. */
export type ParseJob = keyof typeof PARSE_JOBS;
