"""Two specs → the public API's changelog, with a breaking/non-breaking verdict per entry."""
