"""The threads Bolt runs lazy listeners on, and a way to wait until they are done.

A lazy listener does the slow part of an answer (an export, a document preview) after Slack
has had its acknowledgement; the services put work that may follow an answer here too (a new
calendar feed written ahead). The server never needs to wait for one; the console and the
tests do, to show or check what it posted once it has posted it.
"""

from __future__ import annotations

import threading
from concurrent.futures import Future, ThreadPoolExecutor, wait

# Lazy listeners mostly wait on Slack (an upload, views.update, an import offer) or for one of
# the few file builds at once (Runtime.file_builds): sized for waiting, not for the CPUs.
LISTENER_THREADS = 32


class ListenerPool(ThreadPoolExecutor):
    """A thread pool that knows which of the listeners it was given are still running."""

    def __init__(self, max_workers: int = LISTENER_THREADS) -> None:
        super().__init__(max_workers=max_workers, thread_name_prefix="revisorbot-listener")
        self._running: set[Future] = set()
        self._lock = threading.Lock()

    def submit(self, fn, /, *args, **kwargs) -> Future:
        future = super().submit(fn, *args, **kwargs)
        with self._lock:
            self._running.add(future)
        future.add_done_callback(self._finished)
        return future

    def _finished(self, future: Future) -> None:
        with self._lock:
            self._running.discard(future)

    def join(self, timeout: float | None = None) -> bool:
        """Wait for every listener submitted so far; False if some still run after ``timeout``."""
        with self._lock:
            running = list(self._running)
        _, not_done = wait(running, timeout=timeout)
        return not not_done
