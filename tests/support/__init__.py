"""Test support shared by the runtime tests and the functional tests of generated clients."""
