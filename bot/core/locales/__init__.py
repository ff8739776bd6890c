"""Message catalogues, one module per language; keys must agree across languages."""
