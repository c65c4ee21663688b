"""Issue 5: hostile and broken specs — clear errors, nothing lost, nothing injected, determinism."""
