/** Vitest global setup: nothing shared yet; each test file builds its own database. */
export function setup(): void {}
