"""The output folder: manifest, atomic write, and the fingerprint that skips unchanged runs."""
