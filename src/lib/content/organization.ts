import { distinctAliases } from './aliases';
import { t } from '../../i18n/ui';

/**
 * How the site names a glossary entry: "SIMA: Surgical Instrument Manufacturer's Association", or the name alone;
 * `labelled` sets the colon as the page language does (`t().labelled`).
 */
export function organizationTitle(
	data: { abbreviation?: string; name: string },
	labelled: (label: string) => string = t().labelled,
): string {
	return data.abbreviation && data.abbreviation !== data.name ? `${labelled(data.abbreviation)} ${data.name}` : data.name;
}

/** The other names a glossary entry shows ("Also written"): those its title does not already say, whatever the case. */
export function organizationAliases(data: { abbreviation?: string; name: string; aliases: readonly string[] }): string[] {
	return distinctAliases(organizationTitle(data), data.aliases);
}
