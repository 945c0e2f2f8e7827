/**
 * The few service-worker globals the worker uses. TypeScript's `WebWorker` library cannot be loaded
 * beside the `DOM` library the rest of the site compiles with, so they are declared here.
 */
export interface ExtendableEvent extends Event {
	waitUntil: (promise: Promise<unknown>) => void;
}

export interface FetchEvent extends ExtendableEvent {
	readonly request: Request;
	respondWith: (response: Promise<Response> | Response) => void;
}

export interface ExtendableMessageEvent extends ExtendableEvent {
	readonly data: unknown;
}

export interface ServiceWorkerScope {
	readonly registration: ServiceWorkerRegistration;
	readonly clients: {
		claim: () => Promise<void>;
		matchAll: (options: {
			includeUncontrolled: boolean;
			type: "window";
		}) => Promise<{ postMessage: (message: unknown) => void }[]>;
	};
	skipWaiting: () => Promise<void>;
	addEventListener: ((type: "install" | "activate", listener: (event: ExtendableEvent) => void) => void) &
		((type: "fetch", listener: (event: FetchEvent) => void) => void) &
		((type: "message", listener: (event: ExtendableMessageEvent) => void) => void);
}
