"""A stand-in for Ingram's API on loopback, built from the spec and seed 004, never from the client code."""
