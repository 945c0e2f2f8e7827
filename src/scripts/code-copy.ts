/** Wires every code block's copy button: copies the code's text and says so for a moment. */
export function initCodeCopy(): void {
	document.addEventListener("click", async (event) => {
		const button = (event.target as Element | null)?.closest<HTMLButtonElement>("button[data-copy]");
		const code = button?.closest("figure")?.querySelector("pre");
		if (!button || !code) return;
		let label = "已复制";
		try {
			await navigator.clipboard.writeText(code.textContent.replace(/\n$/, ""));
		} catch {
			label = "复制失败";
		}
		button.textContent = label;
		button.setAttribute("aria-label", label);
		setTimeout(() => {
			button.textContent = "复制";
			button.setAttribute("aria-label", "复制代码");
		}, 1600);
	});
}
