/**
 * Las palabras de la copia sin conexión en español: el botón de la página para
 * formadores y sus mensajes. Un módulo propio, para que solo el script de esa
 * página las incluya.
 */

/** The offline copy: the button on the trainers' page and its messages (bundled into its script). */
export const offline = {
	footerLink: 'Leer sin conexión',
	save: 'Guardar el sitio para leerlo sin conexión',
	saving: 'Guardando…',
	saved: 'Guardado: todas las páginas, los diagramas y la búsqueda funcionan ahora sin conexión.',
	failed: 'No se pudo guardar; compruebe la conexión e inténtelo de nuevo.',
	unsupported: 'Este navegador no puede conservar el sitio sin conexión.',
	noScript: 'Para guardar el sitio se necesita JavaScript.',
};
