/**
 * How many to take from each cell of a rows × columns table (say difficulty × category) so that
 * every row gets exactly its quota and the columns are as even as the cells allow. Water-filling:
 * every column may take one more at each step, and each step is a maximum flow (rows → cells →
 * columns) grown from the last, so no column ever gives back what it had. On a tie the column
 * listed first takes the extra one. A row's quota must not exceed its cells' sum.
 */
export function fillEvenly(
	rowQuota: readonly number[],
	capacity: readonly (readonly number[])[],
): number[][] {
	const rows = rowQuota.length;
	const columns = Math.max(0, ...capacity.map((cells) => cells.length));
	const size = rows + columns + 2;
	const source = 0;
	const sink = size - 1;
	const row = (r: number) => 1 + r;
	const column = (c: number) => 1 + rows + c;
	// room[a][b]: how much more can flow from node a to node b.
	const room = Array.from({ length: size }, () => new Array<number>(size).fill(0));
	const get = (from: number, to: number) => room[from]?.[to] ?? 0;
	const add = (from: number, to: number, amount: number) => {
		(room[from] as number[])[to] = get(from, to) + amount;
	};
	rowQuota.forEach((quota, r) => {
		add(source, row(r), quota);
		for (let c = 0; c < columns; c += 1) add(row(r), column(c), capacity[r]?.[c] ?? 0);
	});

	/** Pushes flow along one shortest path with room left (Edmonds–Karp); returns how much. */
	const augment = (): number => {
		const parent = new Array<number>(size).fill(-1);
		parent[source] = source;
		const queue = [source];
		for (let head = 0; head < queue.length && parent[sink] === -1; head += 1) {
			const from = queue[head] as number;
			for (let to = 0; to < size; to += 1) {
				if (parent[to] === -1 && get(from, to) > 0) {
					parent[to] = from;
					queue.push(to);
				}
			}
		}
		if (parent[sink] === -1) return 0;
		const path: [number, number][] = [];
		for (let to = sink; to !== source; to = parent[to] as number) path.push([parent[to] as number, to]);
		const amount = Math.min(...path.map(([from, to]) => get(from, to)));
		for (const [from, to] of path) {
			add(from, to, -amount);
			add(to, from, amount);
		}
		return amount;
	};

	const target = rowQuota.reduce((sum, quota) => sum + quota, 0);
	let flow = 0;
	const fill = () => {
		for (let pushed = augment(); pushed > 0 && flow < target; pushed = augment()) flow += pushed;
	};
	for (let step = 0; flow < target && step < target; step += 1) {
		for (let c = 0; c < columns; c += 1) add(column(c), sink, 1);
		fill();
	}
	return rowQuota.map((_, r) =>
		Array.from({ length: columns }, (_cell, c) => (capacity[r]?.[c] ?? 0) - get(row(r), column(c))),
	);
}
