import { distinctAliases } from './aliases';

/** How the site names a glossary entry: "SIMA: Surgical Instrument Manufacturer's Association", or the name alone. */
export function organizationTitle(data: { abbreviation?: string; name: string }): string {
	return data.abbreviation && data.abbreviation !== data.name ? `${data.abbreviation}: ${data.name}` : data.name;
}

/** The other names a glossary entry shows ("Also written"): those its title does not already say, whatever the case. */
export function organizationAliases(data: { abbreviation?: string; name: string; aliases: readonly string[] }): string[] {
	return distinctAliases(organizationTitle(data), data.aliases);
}
