/** True when a key press goes to a form field, where typed characters are text, not shortcuts. */
export function isInFormField(event: KeyboardEvent): boolean {
	return (
		event.target instanceof Element && !!event.target.closest("input, textarea, select, [contenteditable]")
	);
}

/**
 * True when a page's single-key shortcuts (Space, 1/2/3, ←/→) must stay quiet: typing in a field,
 * working inside the open search dialog, or holding a modifier (a browser or system shortcut).
 */
export function isShortcutBlocked(event: KeyboardEvent): boolean {
	const inDialog = event.target instanceof Element && !!event.target.closest("dialog");
	return isInFormField(event) || inDialog || event.ctrlKey || event.metaKey || event.altKey;
}
