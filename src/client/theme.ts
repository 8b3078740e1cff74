/** The effective theme: the reader's stored choice, else the system preference. */
export type Theme = 'light' | 'dark';

const storageKey = 'theme';
const systemDark = () => window.matchMedia('(prefers-color-scheme: dark)').matches;

export function currentTheme(): Theme {
	const chosen = document.documentElement.dataset.theme;
	if (chosen === 'light' || chosen === 'dark') return chosen;
	return systemDark() ? 'dark' : 'light';
}

export function setTheme(theme: Theme): void {
	document.documentElement.dataset.theme = theme;
	try {
		localStorage.setItem(storageKey, theme);
	} catch {
		// Storage blocked: the choice lasts for this page only.
	}
}

/** Wires every toggle button: a "Dark theme" switch whose pressed state is the theme in force. */
export function initThemeToggle(): void {
	for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
		const sync = () => button.setAttribute('aria-pressed', String(currentTheme() === 'dark'));
		button.addEventListener('click', () => {
			setTheme(currentTheme() === 'dark' ? 'light' : 'dark');
			sync();
		});
		window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', sync);
		button.hidden = false;
		sync();
	}
}
