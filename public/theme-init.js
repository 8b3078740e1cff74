// See the comment on its <script> in src/layouts/Base.astro. Comments stay there: every first visit downloads this file.
document.documentElement.classList.add('js');
try {
	var chosen = localStorage.getItem('theme');
	if (chosen === 'light' || chosen === 'dark') document.documentElement.dataset.theme = chosen;
} catch (e) {
	// blocked storage: the system preference applies
}
