/**
 * The version of an English content file a translation records
 * (`translationOf`): a short hash of the file's text. Any change to the
 * English file, words or tags, makes its translations out of date until
 * someone brings them up to date and stamps them again, so no change
 * reaches one edition only unnoticed. A hash, not a commit: it needs no git
 * history (CI clones are shallow) and survives rebases.
 */
import { createHash } from 'node:crypto';

export const sourceVersion = (englishText: string): string =>
	createHash('sha256').update(englishText.replace(/\r\n/g, '\n')).digest('hex').slice(0, 12);
