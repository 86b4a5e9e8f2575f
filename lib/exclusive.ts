// The background's one-at-a-time queue for storage changes. The worker can run several passes
// at once (start-up, an alarm, a message, a storage event); every change that reads, decides and
// writes goes through here, so each reads what the change before it wrote. One queue for the
// refresh jobs and the keep-alive alike: the badge, worked out from both, then always reads the
// latest of each. Never await a queued change from inside another: it would wait for itself.
let queue: Promise<unknown> = Promise.resolve();

/** Runs `change` after every change queued before it, one at a time, in this worker. */
export function exclusive<T>(change: () => Promise<T>): Promise<T> {
  const result = queue.then(change);
  queue = result.catch(() => undefined);
  return result;
}
