"""`aep emulate` as a context manager for the runner's kill tests: started on a
free port, its base URL yielded, and stopped (SIGTERM, then SIGKILL after
10 s) however the block ends, so a failed assertion never leaves an
emulator behind to hold the CI job open."""
import contextlib, signal, subprocess


@contextlib.contextmanager
def emulator(aep, *args):
    proc = subprocess.Popen([aep, "emulate", "--port", "0", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        # The first line the emulator prints ends with its base URL.
        yield proc.stdout.readline().split()[-1]
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
