/** Index of the option to highlight after a key press in a list of `count` options; -1 is the input. */
export function nextActiveIndex(key: string, active: number, count: number): number {
	if (count === 0) return -1;
	switch (key) {
		case "ArrowDown":
			return active >= count - 1 ? 0 : active + 1;
		case "ArrowUp":
			return active <= 0 ? count - 1 : active - 1;
		case "Home":
			return 0;
		case "End":
			return count - 1;
		default:
			return active;
	}
}
