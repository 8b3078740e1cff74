/** How the site names a glossary entry: "SIMA: Surgical Instrument Manufacturer's Association", or the name alone. */
export function organizationTitle(data: { abbreviation?: string; name: string }): string {
	return data.abbreviation && data.abbreviation !== data.name ? `${data.abbreviation}: ${data.name}` : data.name;
}
