export type Theme = "light" | "dark";

const STORAGE_KEY = "theme";

/** The theme in force: the reader's choice if any, else the system's. */
export function effectiveTheme(stored: string | null, systemPrefersDark: boolean): Theme {
	if (stored === "light" || stored === "dark") return stored;
	return systemPrefersDark ? "dark" : "light";
}

function readStored(): string | null {
	try {
		return localStorage.getItem(STORAGE_KEY);
	} catch {
		return null;
	}
}

/** Wires every `[data-theme-toggle]` button: a click flips the theme and remembers the choice. */
export function initThemeToggle(): void {
	const root = document.documentElement;
	const system = matchMedia("(prefers-color-scheme: dark)");
	const buttons = document.querySelectorAll<HTMLButtonElement>("[data-theme-toggle]");

	const show = () => {
		const theme = effectiveTheme(readStored(), system.matches);
		root.dataset["themeEffective"] = theme;
		for (const button of buttons) {
			button.setAttribute("aria-pressed", String(theme === "dark"));
			button.setAttribute("aria-label", theme === "dark" ? "切换到浅色模式" : "切换到深色模式");
		}
	};

	for (const button of buttons) {
		button.addEventListener("click", () => {
			const next: Theme = effectiveTheme(readStored(), system.matches) === "dark" ? "light" : "dark";
			root.dataset["theme"] = next;
			try {
				localStorage.setItem(STORAGE_KEY, next);
			} catch {}
			show();
		});
	}
	system.addEventListener("change", show);
	show();
}
