/** JSON safe to put inside `<script type="application/json">`: no `</script>` can end it early. */
export function jsonForScript(value: unknown): string {
	return JSON.stringify(value).replace(/</g, "\\u003c");
}
