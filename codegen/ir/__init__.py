"""The intermediate representation: frozen records, the type tree, and every name (naming rules)."""
