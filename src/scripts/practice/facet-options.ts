import type { Facet, Selection } from "../../practice/facets.ts";

/** One checkbox of a filter group, as `FacetFieldset.astro` renders it. */
function option(facet: Facet, value: string, checked: boolean): HTMLLabelElement {
	const label = document.createElement("label");
	const box = document.createElement("input");
	box.type = "checkbox";
	box.name = facet;
	box.value = value;
	box.checked = checked;
	const count = document.createElement("span");
	count.className = "count";
	count.dataset["countFor"] = `${facet}:${value}`;
	label.append(box, ` ${value} `, count);
	return label;
}

/** Fills an empty filter group with a checkbox per value, ticking the selected ones. */
export function renderOptions(
	fieldset: HTMLFieldSetElement,
	facet: Facet,
	values: readonly string[],
	selection: Selection,
): void {
	const selected = new Set(selection[facet]);
	fieldset.append(...values.map((value) => option(facet, value, selected.has(value))));
}

/**
 * Writes each option's live count, and disables an option that would match nothing (unless ticked,
 * so it can still be unticked).
 */
export function writeCounts(form: ParentNode, counts: Record<Facet, ReadonlyMap<string, number>>): void {
	for (const span of form.querySelectorAll<HTMLElement>("[data-count-for]")) {
		const [facet, value = ""] = (span.dataset["countFor"] ?? "").split(/:(.*)/s) as [Facet, string];
		const count = counts[facet]?.get(value) ?? 0;
		span.textContent = String(count);
		const box = span.parentElement?.querySelector("input");
		if (box) box.disabled = count === 0 && !box.checked;
	}
}
