// Runs before the page is painted (a blocking script in <head>), so a reader
// who chose a theme never sees a flash of the other one, and controls that
// need JavaScript take their place without a jump. A file, not inline code,
// so the Content Security Policy can forbid inline scripts.
document.documentElement.classList.add('js');
try {
	var chosen = localStorage.getItem('theme');
	if (chosen === 'light' || chosen === 'dark') document.documentElement.dataset.theme = chosen;
} catch (e) {
	// Storage can be blocked; the system preference then applies.
}
