"""Lexicons as data, one module per summary part; each list says where it comes from."""
