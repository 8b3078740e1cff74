/**
 * A glossary entry's full name either comes from the paper or is marked as
 * the site's (`nameInPaper: false`, shown on the entry's page as "not given
 * in the paper"). Names are looked up in the paper's text as words, across
 * its line breaks and whatever the case or the apostrophe's shape.
 */

export interface GlossaryName {
	id: string;
	name: string;
	nameInPaper?: false;
}

/** Text reduced for a lookup: one space between words, one apostrophe, lower case. */
const comparable = (text: string) => text.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').toLowerCase();

/** Entries whose mark disagrees with the paper, each with what to do. */
export function glossaryNameProblems(
	entries: readonly GlossaryName[],
	paperText: string,
): { id: string; problem: string }[] {
	const paper = comparable(paperText);
	return entries.flatMap(({ id, name, nameInPaper }) => {
		const inPaper = paper.includes(comparable(name));
		if (!inPaper && nameInPaper !== false)
			return [
				{
					id,
					problem: `"${name}" is not in the paper: mark it nameInPaper: false (its page then says so), or use the paper's name`,
				},
			];
		if (inPaper && nameInPaper === false)
			return [{ id, problem: `"${name}" is in the paper: remove nameInPaper: false` }];
		return [];
	});
}
