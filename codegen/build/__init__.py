"""The bundled spec plus the model map → :class:`codegen.ir.records.Api`."""
