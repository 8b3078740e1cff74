document.documentElement.classList.add('js');
try {
	var chosen = localStorage.getItem('theme');
	if (chosen === 'light' || chosen === 'dark') document.documentElement.dataset.theme = chosen;
} catch (e) {}
