/** The checked checkbox values inside an element (a form or a group), grouped by checkbox name. */
export function readCheckboxes(form: ParentNode): Record<string, string[]> {
	const selection: Record<string, string[]> = {};
	for (const box of form.querySelectorAll<HTMLInputElement>("input[type=checkbox]:checked")) {
		selection[box.name] = [...(selection[box.name] ?? []), box.value];
	}
	return selection;
}

/** Ticks exactly the boxes whose name and value are in `selection`. */
export function writeCheckboxes(form: ParentNode, selection: Record<string, readonly string[]>): void {
	for (const box of form.querySelectorAll<HTMLInputElement>("input[type=checkbox]")) {
		box.checked = selection[box.name]?.includes(box.value) ?? false;
	}
}
