import { readCheckboxes as readSelection, writeCheckboxes } from "../form-selection.ts";
import { createSearchBox } from "./search-box.ts";

/** The /search/ page: query and filters live in the URL (`?q=…&type=…`), so results can be shared. */
export function initSearchPage(): void {
	const form = document.querySelector<HTMLFormElement>("[data-search-page]");
	const input = form?.querySelector<HTMLInputElement>("input[type=search]");
	const list = document.querySelector<HTMLElement>("#search-page-results");
	const status = document.querySelector<HTMLElement>("[data-search-status]");
	const suggestions = document.querySelector<HTMLElement>("[data-search-suggestions]");
	if (!form || !input || !list || !status) return;

	const params = new URLSearchParams(location.search);
	input.value = params.get("q") ?? "";
	writeCheckboxes(
		form,
		Object.fromEntries([...new Set(params.keys())].map((name) => [name, params.getAll(name)])),
	);

	const keepInUrl = () => {
		const next = new URLSearchParams();
		const query = input.value.trim();
		if (query) next.set("q", query);
		for (const [name, values] of Object.entries(readSelection(form)))
			for (const value of values) next.append(name, value);
		const search = next.toString();
		history.replaceState(null, "", search ? `?${search}` : location.pathname);
	};

	const box = createSearchBox(
		{ input, list, status, suggestions },
		// Ten hits: each one loads its page's fragment, and a first search should stay small.
		{ filters: () => readSelection(form), onSearched: keepInUrl, limit: 10 },
	);
	form.addEventListener("submit", (event) => event.preventDefault());
	form.addEventListener("change", (event) => {
		if ((event.target as HTMLInputElement).type === "checkbox") void box.run();
	});
	if (input.value) void box.run();
	input.focus();
}
