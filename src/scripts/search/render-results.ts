import type { SearchHit, SearchOutcome } from "./pagefind-client.ts";

/**
 * Fills a `role="listbox"` element with one option per hit. Each option is the link itself (an
 * `<a role="option">`), so no interactive element sits inside another.
 */
export function renderResults(
	list: HTMLElement,
	hits: readonly SearchHit[],
	idPrefix: string,
): HTMLAnchorElement[] {
	const links = hits.map((hit, index) => {
		const link = document.createElement("a");
		link.id = `${idPrefix}-${index}`;
		link.setAttribute("role", "option");
		link.setAttribute("aria-selected", "false");
		link.href = hit.url;
		link.tabIndex = -1;
		const title = document.createElement("span");
		title.className = "hit-title";
		title.textContent = hit.title;
		const kind = document.createElement("span");
		kind.className = "hit-kind";
		kind.textContent = [hit.type, hit.category, hit.difficulty].filter(Boolean).join(" · ");
		const excerpt = document.createElement("span");
		excerpt.className = "hit-excerpt";
		// Pagefind escapes page text and adds only <mark> elements around matches.
		excerpt.innerHTML = hit.excerpt;
		link.append(title, kind, excerpt);
		return link;
	});
	list.replaceChildren(...links);
	return links;
}

/** Marks option `active` as selected (and scrolls it into view); -1 clears the selection. */
export function highlightOption(input: HTMLInputElement, list: HTMLElement, active: number): void {
	const options = [...list.querySelectorAll<HTMLElement>('[role="option"]')];
	options.forEach((option, index) => {
		option.setAttribute("aria-selected", String(index === active));
	});
	const current = options[active];
	if (current) {
		input.setAttribute("aria-activedescendant", current.id);
		current.scrollIntoView({ block: "nearest" });
	} else {
		input.removeAttribute("aria-activedescendant");
	}
}

/** Tags and popular questions to try when a query found nothing; empties the element otherwise. */
export function renderSuggestions(element: HTMLElement, suggestions: SearchOutcome["suggestions"]): void {
	const groups: HTMLElement[] = [];
	const group = (heading: string, links: { label: string; url: string }[], className: string) => {
		if (links.length === 0) return;
		const section = document.createElement("section");
		const title = document.createElement("h2");
		title.textContent = heading;
		const list = document.createElement("ul");
		list.className = className;
		for (const { label, url } of links) {
			const item = document.createElement("li");
			const link = document.createElement("a");
			link.href = url;
			link.textContent = label;
			if (className === "suggested-tags") link.className = "suggested-tag";
			item.append(link);
			list.append(item);
		}
		section.append(title, list);
		groups.push(section);
	};
	group("试试这些标签", suggestions.tags, "suggested-tags");
	group(
		"常看的题目",
		suggestions.popular.map(({ title, url }) => ({ label: title, url })),
		"suggested-questions",
	);
	element.replaceChildren(...groups);
	element.hidden = groups.length === 0;
}
