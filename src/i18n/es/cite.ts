/**
 * Las palabras del cuadro «Citar esta página» y de los controles de copia, en
 * español. Un módulo propio, para que el script del cuadro de cita, que se
 * carga al abrirlo, las incluya a ellas y a nada más.
 */

/** The cite box and the copy controls (bundled into the cite box's script). */
export const cite = {
	page: 'Citar esta página',
	paper: 'Citar el documento',
	formats: { apa: 'APA 7', chicago: 'Chicago (autor-fecha)', bibtex: 'BibTeX', ris: 'RIS' },
	copy: 'Copiar',
	copyName: (format: string, what: 'page' | 'paper') =>
		`Copiar la cita ${format} ${what === 'page' ? 'de la página' : 'del documento'}`,
	copied: 'Copiado en el portapapeles',
	linkCopied: 'Enlace copiado en el portapapeles',
	copyFailed: 'No se pudo copiar; seleccione el texto',
	accessedNote: (date: string) =>
		`La fecha de consulta es el día en que se generó esta versión del sitio (${date}): su texto no ha cambiado desde entonces. Cámbiela si su estilo pide el día en que usted lo leyó.`,
	download: (format: string) => `Descargar la ficha del documento (.${format})`,
};
