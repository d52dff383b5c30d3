"""Cleaners: small pure `Doc -> Doc` functions, one job each, grouped by family."""
