/**
 * The search page: runs `?q=` on load, keeps the query in the address so a
 * search can be linked, and loads Pagefind only when there is something to
 * search for.
 */
interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string>;
	sub_results?: { title: string; url: string; excerpt: string }[];
}
interface Pagefind {
	search(query: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
	options?(o: Record<string, unknown>): Promise<void>;
}

let pagefind: Promise<Pagefind> | undefined;
export function loadPagefind(): Promise<Pagefind> {
	// The path is built at run time so the bundler leaves Pagefind's own module alone.
	const url = '/pagefind/pagefind.js';
	pagefind ??= import(/* @vite-ignore */ url) as Promise<Pagefind>;
	return pagefind;
}

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

export function initSearchPage(): void {
	const form = document.querySelector<HTMLFormElement>('[data-search-form]');
	const input = document.querySelector<HTMLInputElement>('[data-search-input]');
	const status = document.querySelector<HTMLElement>('[data-search-status]');
	const list = document.querySelector<HTMLOListElement>('[data-search-results]');
	if (!form || !input || !status || !list) return;

	let latest = 0;
	const run = async (query: string) => {
		const ticket = ++latest;
		const url = new URL(location.href);
		if (query) url.searchParams.set('q', query);
		else url.searchParams.delete('q');
		history.replaceState(null, '', url);
		if (!query.trim()) {
			list.innerHTML = '';
			status.textContent = '';
			return;
		}
		status.textContent = 'Searching…';
		const search = await (await loadPagefind()).search(query);
		const data = await Promise.all(search.results.slice(0, 20).map((r) => r.data()));
		if (ticket !== latest) return;
		status.textContent = `${search.results.length} result${search.results.length === 1 ? '' : 's'} for “${query}”`;
		list.innerHTML = data
			.map(
				(d) => `<li class="search-result"><p class="kicker">${escape(d.meta.type ?? 'Page')}</p>
				<a href="${escape(d.url)}">${escape(d.meta.title ?? d.url)}</a>
				<p>${d.excerpt}</p></li>`,
			)
			.join('');
	};

	form.addEventListener('submit', (event) => {
		event.preventDefault();
		void run(input.value);
	});
	const initial = new URLSearchParams(location.search).get('q') ?? '';
	input.value = initial;
	if (initial) void run(initial);
}
