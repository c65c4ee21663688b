"""Building the IR: the bundled spec, the model map and the overrides → :class:`codegen.ir.records.Api`."""
